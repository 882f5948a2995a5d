/**
 * The department repository a command works on, found like git finds its repository: the `-C`
 * folder (default: the current one) or the nearest folder above it that has a `bcreport.yaml`.
 * The search stops at the root of a git repository, so a bcreport.yaml outside it is never
 * picked up; when none is found the start folder is used (and the command says what is missing).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export function findRepo(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "bcreport.yaml"))) return dir;
    if (existsSync(join(dir, ".git")) || dirname(dir) === dir) return start;
  }
}

/** Whether `dir` is inside a git work tree (it or a folder above it has `.git`, as git looks for it). */
export function inGitRepo(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return true;
    if (dirname(d) === d) return false;
  }
}
