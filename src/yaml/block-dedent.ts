/**
 * Lines of a block text (`body: |`) written less indented than the text's first line — a `- item`
 * at the key's column, a paragraph two spaces short. YAML ends the text there and reads the line
 * as a key or a list, with two or three errors in its own words; bcreport says instead which lines
 * to indent, and by how much. Found from the text alone: the caller keeps only the runs the parser
 * stumbled on.
 */

/** `<indent><"- "?>key: |` — a block text's header line. */
const HEADER = /^( *)((?:- +)?)([A-Za-z_][\w-]*):\s+[|>][-+]?\d?\s*(#.*)?$/;
/** A line that may end a block text: `key:` of this or an outer mapping. */
const KEY = /^( *)([A-Za-z_][\w-]*):(\s|$)/;
/** An item of an outer list: `- key: …` or `- …` less indented than the header's key. */
const ITEM = /^( *)- /;

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const blank = (line: string) => line.trim() === "";

export interface DedentedRun {
  /** The header's key and its line (1-based). */
  key: string;
  keyLine: number;
  /** Spaces before the text's first line: the indentation every line of the text needs. */
  indent: number;
  /** First line (1-based) after the text's last well-indented line: where the parser's errors may start. */
  from: number;
  /** The lines (1-based) written less indented, and each one as it should be. */
  bad: Array<{ line: number; fixed: string }>;
  /** Last line (1-based) of the run: the mistaken lines and the text lines between them. */
  to: number;
}

/**
 * Whether `line` rightly ends a text whose key is at column `keyIndent`: a comment, a key at most
 * that far in, or the next item of a list the header is in (one that has an item above, at that column).
 */
function endsText(line: string, keyIndent: number, itemIndents: ReadonlySet<number>): boolean {
  const own = indentOf(line);
  if (line.trim().startsWith("#")) return true;
  if (KEY.test(line) && own <= keyIndent) return true;
  return ITEM.test(line) && own < keyIndent && itemIndents.has(own);
}

/** Every block text of `lines` followed by lines less indented than its first line. */
export function dedentedRuns(lines: readonly string[]): DedentedRun[] {
  const runs: DedentedRun[] = [];
  // The columns of the list items above the header being looked at (an outer list's next item ends a text).
  const itemIndents = new Set<number>();
  let seen = 0;
  for (let h = 0; h < lines.length; h++) {
    const m = HEADER.exec(lines[h]!);
    if (!m) continue;
    for (; seen < h; seen++) if (ITEM.test(lines[seen]!)) itemIndents.add(indentOf(lines[seen]!));
    const keyIndent = m[1]!.length + m[2]!.length;
    let i = h + 1;
    while (i < lines.length && blank(lines[i]!)) i++;
    if (i >= lines.length || indentOf(lines[i]!) <= keyIndent) continue; // empty or not indented at all
    const indent = indentOf(lines[i]!);
    let last = i;
    for (i++; i < lines.length && (blank(lines[i]!) || indentOf(lines[i]!) >= indent); i++)
      if (!blank(lines[i]!)) last = i;
    const bad: DedentedRun["bad"] = [];
    let to = last;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      if (blank(line)) continue;
      if (indentOf(line) >= indent) {
        if (bad.length) to = i;
        continue;
      }
      if (endsText(line, keyIndent, itemIndents)) break;
      bad.push({ line: i + 1, fixed: `${" ".repeat(indent)}${line.trimStart()}` });
      to = i;
    }
    if (bad.length) runs.push({ key: m[3]!, keyLine: h + 1, indent, from: last + 2, bad, to: to + 1 });
    h = Math.max(h, to);
  }
  return runs;
}
