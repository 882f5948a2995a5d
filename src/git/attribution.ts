/**
 * Who made a change between two revisions, and when. Inserted text: the commit in `a..b` that
 * `git blame` gives for the line of its fragment that holds it. Otherwise (deleted text, text not
 * found on one line): the author and commit date of the latest commit in `a..b` that touched the
 * file the text came from (its fragment, or — for the frame, the outline and built-in text — the
 * report file, bcreport.yaml and the templates).
 * When no such commit exists (the revisions are not in that order), the unit that wrote the text,
 * else the author of `b`, dated with the commit `b`.
 */
import type { Revision, SourceRef } from "../model/report.js";
import { blameFile, type BlamedLine } from "./blame.js";
import { git, GitError } from "./git.js";

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

/** Pieces of `text` to look for in a source line, longest first: its first words, then one long word. */
function needles(text: string): string[] {
  const words = text.normalize("NFC").split(/\s+/).filter(Boolean);
  const long = [...words].sort((x, y) => y.length - x.length)[0];
  return [
    words.slice(0, 6).join(" "),
    words.slice(0, 4).join(" "),
    words.slice(0, 2).join(" "),
    ...(long && long.length >= 4 ? [long] : []),
  ].filter(Boolean);
}

export function gitAttribution(
  root: string,
  a: string,
  b: string,
  framePaths: string[],
): (type: Revision["type"], source: SourceRef | undefined, text?: string) => Revision {
  const cache = new Map<string, Who | undefined>();
  const lookup = (paths: string[]): Who | undefined => {
    const key = paths.join("\0");
    if (!cache.has(key)) cache.set(key, lastCommit(root, `${a}..${b}`, paths));
    return cache.get(key);
  };
  const inRange = new Set(
    git(root, ["rev-list", `${a}..${b}`])
      .split("\n")
      .filter(Boolean),
  );
  const blames = new Map<string, BlamedLine[]>();
  const blamed = (file: string, text: string): Who | undefined => {
    if (!blames.has(file)) {
      try {
        blames.set(file, blameFile(root, b, file));
      } catch (e) {
        if (!(e instanceof GitError)) throw e;
        blames.set(file, []);
      }
    }
    for (const needle of needles(text)) {
      const line = blames.get(file)!.find((l) => l.text.includes(needle));
      if (line) return inRange.has(line.commit) ? { author: line.author, date: iso(line.time) } : undefined;
    }
    return undefined;
  };
  const tip = lastCommit(root, b, []) ?? { author: "bcreport", date: iso(0) };
  return (type, source, text) => {
    const file = source?.file && !source.file.startsWith("(") ? source.file : undefined;
    const who =
      (file && type === "ins" && text ? blamed(file, text) : undefined) ??
      (file ? lookup([file]) : undefined) ??
      lookup(framePaths) ??
      (source?.unit ? { ...tip, author: source.unit } : tip);
    return { type, author: who.author, date: who.date };
  };
}
