/**
 * Markdown prose of a fragment → blocks and inline runs of the report model.
 *
 * parse (remark + GFM) → collect definitions → walk blocks → walk inlines; footnote numbers
 * come from the fragment's FootnoteScope. Every problem is a Diagnostic with a position in
 * the YAML file (through `MarkdownSource.map`); nothing is thrown for bad input.
 */
import { msg } from "../messages/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Block, Inline } from "../model/report.js";
import { type BlockRole, convertBlocks } from "./blocks.js";
import { report } from "./context.js";
import { emptyDiagnostic, prepareField } from "./convert-field.js";
import { reportUnusedLinks } from "./definitions.js";
import type { FootnoteScope } from "./footnote-scope.js";
import { convertInlines } from "./inlines.js";
import type { MarkdownSource } from "./source.js";
import { reportUnsupported } from "./unsupported.js";
import { nestingProblem } from "./nesting-limit.js";
import { inlineMarksProblem } from "./inline-limits.js";

export { FootnoteScope } from "./footnote-scope.js";
export type { MarkdownSource } from "./source.js";
export { MIN_COLUMN_WIDTH, tableWidths } from "./table-widths.js";

/** Whole prose fields (fragment `body`, preamble, closing): paragraphs, lists, tables. */
export function markdownToBlocks(
  src: MarkdownSource,
  scope: FootnoteScope,
  role: BlockRole,
): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const tooDeep = nestingProblem(src) ?? inlineMarksProblem(src);
  if (tooDeep) return { blocks: [], diagnostics: [tooDeep] };
  const { ctx, content, definitions } = prepareField(src, scope);
  if (content.length === 0) {
    ctx.diagnostics.push(emptyDiagnostic(ctx, msg("markdown.expected-text-in", { role }), definitions));
    return { blocks: [], diagnostics: ctx.diagnostics };
  }
  const blocks = convertBlocks(content, ctx, role);
  reportUnusedLinks(ctx);
  return { blocks, diagnostics: ctx.diagnostics };
}

/** One-paragraph fields (a planned task, a title): inline content only. */
export function markdownToInlines(
  src: MarkdownSource,
  scope: FootnoteScope,
): { content: Inline[]; diagnostics: Diagnostic[] } {
  const tooDeep = nestingProblem(src) ?? inlineMarksProblem(src);
  if (tooDeep) return { content: [], diagnostics: [tooDeep] };
  const { ctx, content: nodes, definitions } = prepareField(src, scope);
  let content: Inline[] = [];
  let seenParagraph = false;
  for (const node of nodes) {
    if (node.type === "paragraph" && !seenParagraph) {
      content = convertInlines(node.children, ctx);
      seenParagraph = true;
    } else if (node.type === "paragraph" || node.type === "list" || node.type === "table") {
      const found = msg(
        node.type === "paragraph"
          ? "markdown.found-paragraph"
          : node.type === "list"
            ? "markdown.found-list"
            : "markdown.found-table",
      );
      report(
        ctx,
        node,
        "error",
        "single-paragraph",
        msg("markdown.single-paragraph", { found }),
        msg(node.type === "list" ? "markdown.single-paragraph.list-hint" : "markdown.single-paragraph.hint"),
      );
    } else {
      reportUnsupported(node, ctx);
    }
  }
  if (nodes.length === 0) ctx.diagnostics.push(emptyDiagnostic(ctx, msg("markdown.expected-paragraph"), definitions));
  reportUnusedLinks(ctx);
  return { content, diagnostics: ctx.diagnostics };
}
