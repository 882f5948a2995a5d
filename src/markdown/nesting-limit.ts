/**
 * A guard before parsing: Markdown nested absurdly deep (lists of lists of lists …, or `>`
 * quotes) would overflow the stack of the parser and the converter. Report it as an input error.
 */
import { msg } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { MarkdownSource } from "./source.js";

export const MAX_NESTING = 32;

const MARKERS = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)]|>)(?=[ \t]|$))+/;

/** The first line whose nesting goes past MAX_NESTING, as a diagnostic; undefined when none does. */
export function nestingProblem(src: MarkdownSource): Diagnostic | undefined {
  const lines = src.text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const markers = MARKERS.exec(line)?.[0] ?? "";
    const count = (markers.match(/[-+*>]|\d{1,9}[.)]/g) ?? []).length;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
    const depth = count + Math.floor(indent / 2);
    if (depth > MAX_NESTING) {
      return diagnostic({
        file: src.file,
        at: src.map(i + 1, 1),
        rule: "markdown-too-deep",
        message: msg("markdown.too-deep", { max: MAX_NESTING, depth }),
        hint: msg("markdown.too-deep.hint"),
      });
    }
  }
  return undefined;
}
