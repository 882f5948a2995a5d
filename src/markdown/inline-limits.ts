/**
 * A guard before parsing, for time: CommonMark's emphasis, link and code-span rules pair
 * delimiters by looking back over the open ones, so a paragraph of thousands of `*`, `_`, `[`
 * or backticks takes time that grows with the square of their number (40 KB took a minute),
 * and a long run of them nests deep enough to overflow the stack. Bounding the marks of one
 * paragraph keeps parsing linear in the text (and inline nesting under 100 levels); no report
 * needs more. A whole field is not bounded: a 1 MiB fragment of ordinary prose is allowed.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { msg, type Message } from "../messages/index.js";
import type { MarkdownSource } from "./source.js";

/** Marks (`*` `_` `~` `[` `]` and backticks) in one paragraph, list item or table row. */
export const MAX_MARKS_PER_PARAGRAPH = 200;

const MARK = /[*_~[\]`]/g;
/** A line that starts a new inline unit: list item, quote, table row, heading, footnote or link definition. */
const STARTS_UNIT = /^[ \t>]*(?:[-+*][ \t]|\d{1,9}[.)][ \t]|\||#|\[)/;

function tooMany(src: MarkdownSource, line: number, message: Message): Diagnostic {
  const at = src.map(line, 1);
  return diagnostic({
    file: src.file,
    at,
    rule: "markdown-too-complex",
    message,
    hint: msg("markdown.too-many-marks.hint"),
  });
}

/** The first paragraph with more marks than a report needs, as a diagnostic. */
export function inlineMarksProblem(src: MarkdownSource): Diagnostic | undefined {
  const lines = src.text.split("\n");
  let unitStart = 0;
  let unitMarks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || STARTS_UNIT.test(line)) {
      unitStart = line.trim() === "" ? i + 1 : i;
      unitMarks = 0;
    }
    const marks = line.match(MARK)?.length ?? 0;
    unitMarks += marks;
    if (unitMarks > MAX_MARKS_PER_PARAGRAPH) {
      return tooMany(src, unitStart + 1, msg("markdown.too-many-marks", { max: MAX_MARKS_PER_PARAGRAPH }));
    }
  }
  return undefined;
}
