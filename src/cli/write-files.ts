/**
 * Write outputs atomically: each file goes to a temporary name beside its target and is
 * renamed over it, so a build killed mid-write leaves the previous outputs intact. Temporary
 * names start with "." (`.monthly.docx.<pid>.tmp`); ones left by a killed build are removed
 * the next time the same target is written.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import type { OutputFile } from "../compile-api.js";
import { msg, type Message, type Param } from "../messages/index.js";
import { errorReason } from "../world-unreadable.js";

/** Why a file could not be written: in words when the catalogue knows the code, with the code for searching. */
export function whyNotWritten(e: unknown): Param {
  const why = errorReason(e);
  const code = (e as NodeJS.ErrnoException).code;
  return typeof why === "string" || !code ? why : msg("files.why", { why, code });
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Remove a file if it is there; a path that cannot exist (its folder is a file: ENOTDIR) is not an error either. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there
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
    if (m && Number(m[1]) !== process.pid && !running(Number(m[1]))) removeQuietly(join(dirname(target), name));
  }
}

/**
 * All outputs of one build are replaced together: every file is first written to its temporary
 * name, and only when all are written are they renamed over their targets. A build that fails
 * (disk full) or is killed while writing leaves the previous set; one that gets as far as
 * renaming leaves the new set (renames do not fail for want of space). `write` is there for the
 * test that injects a failure.
 */
export function writeFiles(
  root: string,
  outputs: OutputFile[],
  write: (path: string, data: Uint8Array) => void = writeFileSync,
): { written: string[]; error?: Message } {
  const planned = outputs.map((o) => {
    const target = isAbsolute(o.path) ? o.path : join(root, o.path);
    return { target, tmp: join(dirname(target), `.${basename(target)}.${process.pid}.tmp`), data: o.data };
  });
  const done: string[] = [];
  for (const p of planned) {
    try {
      mkdirSync(dirname(p.target), { recursive: true });
      removeStaleTemps(p.target);
      done.push(p.tmp);
      write(p.tmp, p.data);
    } catch (e) {
      done.forEach(removeQuietly);
      return { written: [], error: msg("cli.cannot-write", { file: p.target, detail: whyNotWritten(e) }) };
    }
  }
  const written: string[] = [];
  for (const p of planned) {
    try {
      renameSync(p.tmp, p.target);
      written.push(relative(root, p.target) || p.target);
    } catch (e) {
      planned.forEach((q) => removeQuietly(q.tmp));
      return { written, error: msg("cli.cannot-write", { file: p.target, detail: whyNotWritten(e) }) };
    }
  }
  return { written };
}
