/**
 * `joined-lines`: two lines with no blank line between them are one paragraph in Markdown, so a
 * line that was meant to start a new paragraph or item is printed run on after the one above —
 * "… đạt kết quả tốt. Bổ nhiệm 02 công chức …", "… theo kế hoạch. b) Công tác …". Flagged when the
 * line looks like a new start: an item marker Markdown does not read as a list here (`2.`, `a)`,
 * `b.`), or a capital letter or digit after a line that ends a sentence. A line wrapped in the
 * middle of a sentence (text pasted from a PDF) is left alone, and so are lists, tables, headings,
 * fenced blocks and lines ended by a hard break (`\` or two spaces).
 */
import { msg } from "../messages/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LintRule, TextField } from "./lint-input.js";
import { warning } from "./lint-input.js";

/** An item marker as civil servants type it: 2. 1.2. a) b. đ) – and bullets. */
const MARKER = /^\s*(?:(\d{1,3}(?:\.\d{1,3})*)([.)])|([a-zđ])([.)])|([-+*]))\s+\S/u;
const ORDERED_ITEM = /^\s*\d{1,9}[.)]\s/;
const SENTENCE_END = /[.;:!?…]["”’)]?$/u;
const NEW_START = /^\s*["“(]?[\p{Lu}\d]/u;
const FENCE = /^\s*(```|~~~)/;
const NOT_PROSE = /^\s*(\||#|<|>|\[\^)/;

/** Why `line` (after `prev`) is flagged, or undefined when Markdown keeps it apart or it continues a sentence. */
export function joinedStart(prev: string, line: string): string | undefined {
  if (prev.trim() === "" || line.trim() === "") return undefined;
  if (/(\\|\s{2})$/.test(prev) || NOT_PROSE.test(prev) || NOT_PROSE.test(line)) return undefined;
  const m = MARKER.exec(line);
  if (m) {
    if (m[5]) return undefined; // a bullet starts a list even right after a paragraph
    if (m[1] !== undefined && m[2] !== undefined) {
      // "1." or "1)" starts a list after a paragraph; "2." after an ordered item continues it.
      if (/^1$/.test(m[1]) || ORDERED_ITEM.test(prev)) return undefined;
    }
    return line.trim();
  }
  return SENTENCE_END.test(prev.trimEnd()) && NEW_START.test(line) ? line.trim() : undefined;
}

function linesOf(field: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = field.text.split("\n");
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced || i === 0 || FENCE.test(line)) continue;
    const start = joinedStart(lines[i - 1]!, line);
    if (start === undefined) continue;
    const column = line.length - line.trimStart().length + 1;
    const words = start.split(/\s+/).slice(0, 4).join(" ");
    out.push(
      warning(
        field.file,
        field.map(i + 1, column),
        "joined-lines",
        msg("lint.joined-lines", { start: words }),
        msg("lint.joined-lines.hint"),
      ),
    );
  }
  return out;
}

export const joinedLines: LintRule = {
  id: "joined-lines",
  description: "a line meant to start a new paragraph or item, joined to the line above (no blank line between)",
  run: (input) => input.fields.flatMap(linesOf),
};
