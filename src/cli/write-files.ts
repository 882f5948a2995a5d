/**
 * Write outputs atomically: each file goes to a temporary name beside its target and is
 * renamed over it, so a build killed mid-write leaves the previous outputs intact. Temporary
 * names start with "." (`.monthly.docx.<pid>.tmp`); ones left by a killed build are removed
 * the next time the same target is written.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import type { OutputFile } from "../compile-api.js";

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Remove `.<name>.<pid>.tmp` beside `target` when that process is gone. */
function removeStaleTemps(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (m && Number(m[1]) !== process.pid && !running(Number(m[1]))) rmSync(join(dirname(target), name), { force: true });
  }
}

export function writeFiles(root: string, outputs: OutputFile[]): { written: string[]; error?: string } {
  const written: string[] = [];
  for (const o of outputs) {
    const target = isAbsolute(o.path) ? o.path : join(root, o.path);
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      mkdirSync(dirname(target), { recursive: true });
      removeStaleTemps(target);
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
