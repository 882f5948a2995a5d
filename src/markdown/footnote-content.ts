import type { FootnoteDefinition } from "mdast";
import { msg } from "../messages/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { printedBlocks } from "../model/printed-blocks.js";
import type { Inline } from "../model/report.js";
import { convertBlocks } from "./blocks.js";
import { type Context, report } from "./context.js";
import { mergeRuns, textRun } from "./runs.js";

/**
 * A footnote is one run of inline content in the model. Its paragraphs (and list items, with
 * their markers) are joined by line breaks; a table (pipe or ```table) cannot go into a footnote.
 */
export function renderFootnote(definition: FootnoteDefinition, fieldCtx: Context, diagnostics: Diagnostic[]): Inline[] {
  const ctx: Context = {
    ...fieldCtx,
    diagnostics,
    inFootnote: { identifier: definition.identifier, label: definition.label ?? definition.identifier },
  };
  const out: Inline[] = [];
  for (const child of definition.children) {
    if (child.type === "table" || (child.type === "code" && child.lang === "table")) {
      report(
        ctx,
        child,
        "error",
        "unsupported-markdown",
        msg("markdown.table-in-footnote", { label: definition.label ?? definition.identifier }),
        msg("markdown.table-in-footnote.hint"),
      );
      continue;
    }
    for (const block of printedBlocks(convertBlocks([child], ctx, "body"))) {
      if (block.type !== "paragraph") continue;
      if (out.length > 0) out.push({ type: "break" });
      if (block.marker !== "") out.push(textRun(block.marker, {}));
      out.push(...block.content);
    }
  }
  return mergeRuns(out);
}
