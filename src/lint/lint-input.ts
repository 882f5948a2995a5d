/**
 * What the lint rules look at: the Markdown/text fields of a report (with the way back to file
 * positions), the raw text of each file as written (before NFC normalisation), and the Nơi nhận
 * lists.
 */
import type { Message } from "../messages/index.js";
import { diagnostic, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import type { RawRecipient } from "../input/config-types.js";

/** One prose field: a fragment's body, a task, a carried note, a report's closing … */
export interface TextField {
  file: string;
  text: string;
  /** 1-based line and column inside `text` → position in the file. */
  map(line: number, column: number): Position;
}

/** A file's text as written: UTF-8 decoded, BOM dropped, CRLF → LF, but *not* NFC-normalised. */
export interface RawText {
  file: string;
  text: string;
}

/** A Nơi nhận list as written, with the position of each item. */
export interface RecipientList {
  file: string;
  items: RawRecipient[];
  /** Position of item `i` (and of `items[j]` inside a group). */
  at(i: number, j?: number): Position;
  /** True when the recipients template prints the "Lưu: VT, …" line itself. */
  templateAddsArchive: boolean;
}

/** A flagged text a fragment accepts for one lint rule (`accept: { repeated-word: [Báo cáo báo cáo] }`). */
export interface Acceptance {
  file: string;
  rule: string;
  text: string;
  /** Where the accepted text is written in `accept:`. */
  at: Position;
  /** The file's lines (as parsed), to find the text on a warning's line. */
  lines: readonly string[];
}

export interface LintInput {
  fields: TextField[];
  /** Texts the fragments accept, per rule: a warning of that rule on a line holding the text is dropped. */
  accepted: Acceptance[];
  raw: RawText[];
  recipients: RecipientList[];
}

export interface LintRule {
  id: string;
  /** One line for the README and `did you mean` hints. */
  description: string;
  run(input: LintInput): Diagnostic[];
}

export function warning(file: string, at: Position, rule: string, message: Message, hint?: Message): Diagnostic {
  return diagnostic({ severity: "warning", file, at, rule, message, hint });
}

/** 1-based line and column of a string offset. */
export function lineColumn(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) (line++, (start = i + 1));
  return { line, column: offset - start + 1 };
}

/** Every match of a global regex in a field, mapped to file positions. */
export function matchesIn(field: TextField, re: RegExp): Array<{ match: RegExpExecArray; at: Position }> {
  const out: Array<{ match: RegExpExecArray; at: Position }> = [];
  for (const match of field.text.matchAll(re)) {
    const p = lineColumn(field.text, match.index);
    out.push({ match, at: field.map(p.line, p.column) });
  }
  return out;
}
