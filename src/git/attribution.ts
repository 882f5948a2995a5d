/**
 * Who made a change between two revisions, and when: the author and commit date of the latest
 * commit in `a..b` that touched the file the changed text came from (its fragment, or — for the
 * frame, the outline and built-in text — the report file, bcreport.yaml and the templates).
 * When no such commit exists (the revisions are not in that order), the unit that wrote the text,
 * else the author of `b`, dated with the commit `b`.
 */
import type { Revision, SourceRef } from "../model/report.js";
import { git } from "./git.js";

export interface Who {
  author: string;
  date: string;
}

/** Commit time (seconds) → "2023-11-20T08:00:00Z". */
const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");

function lastCommit(root: string, range: string, paths: string[]): Who | undefined {
  const out = git(root, ["log", "-1", "--format=%an%x00%ct", range, "--", ...paths]).trim();
  if (!out) return undefined;
  const [author, seconds] = out.split("\0") as [string, string];
  return { author, date: iso(Number(seconds)) };
}

export function gitAttribution(root: string, a: string, b: string, framePaths: string[]): (type: Revision["type"], source: SourceRef | undefined) => Revision {
  const cache = new Map<string, Who | undefined>();
  const lookup = (paths: string[]): Who | undefined => {
    const key = paths.join("\0");
    if (!cache.has(key)) cache.set(key, lastCommit(root, `${a}..${b}`, paths));
    return cache.get(key);
  };
  const tip = lastCommit(root, b, []) ?? { author: "bcreport", date: iso(0) };
  return (type, source) => {
    const file = source?.file && !source.file.startsWith("(") ? source.file : undefined;
    const who = (file ? lookup([file]) : undefined) ?? lookup(framePaths) ?? (source?.unit ? { ...tip, author: source.unit } : tip);
    return { type, author: who.author, date: who.date };
  };
}
