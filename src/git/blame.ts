/**
 * `git blame --porcelain` of one file at a revision: for each line, its text and the commit that
 * last changed it (author and commit time). Used to say who inserted a given piece of text.
 */
import { git } from "./git.js";

export interface BlamedLine {
  commit: string;
  author: string;
  /** Commit time, seconds since the epoch. */
  time: number;
  text: string;
}

export function blameFile(root: string, rev: string, file: string): BlamedLine[] {
  const out: BlamedLine[] = [];
  const commits = new Map<string, { author: string; time: number }>();
  let current = "";
  for (const line of git(root, ["blame", "--porcelain", rev, "--", file]).split("\n")) {
    const header = /^([0-9a-f]{40}) \d+ \d+/.exec(line);
    if (header) {
      current = header[1]!;
      if (!commits.has(current)) commits.set(current, { author: "", time: 0 });
    } else if (line.startsWith("author ")) commits.get(current)!.author = line.slice(7);
    else if (line.startsWith("committer-time ")) commits.get(current)!.time = Number(line.slice(15));
    else if (line.startsWith("\t"))
      out.push({ commit: current, ...commits.get(current)!, text: line.slice(1).normalize("NFC") });
  }
  return out;
}
