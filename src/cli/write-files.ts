/**
 * Write outputs atomically: each file goes to a temporary name beside its target and is
 * renamed over it, so a build killed mid-write leaves the previous outputs intact.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
import type { OutputFile } from "../compile-api.js";

export function writeFiles(root: string, outputs: OutputFile[]): { written: string[]; error?: string } {
  const written: string[] = [];
  for (const o of outputs) {
    const target = isAbsolute(o.path) ? o.path : join(root, o.path);
    const tmp = join(dirname(target), `.${target.split(/[\\/]/).pop()}.${process.pid}.tmp`);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(tmp, o.data);
      renameSync(tmp, target);
      written.push(relative(root, target) || target);
    } catch (e) {
      rmSync(tmp, { force: true });
      return { written, error: `cannot write \`${target}\`: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { written };
}
