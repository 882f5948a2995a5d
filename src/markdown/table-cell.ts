/**
 * The text of a ```table block's cell → inline runs. A cell is one paragraph of inline Markdown,
 * as a GFM pipe table's cell is: marks, `^sup^`/`~sub~`, links, code and footnote references
 * (`[^1]`, defined in the fragment's `body` like any footnote, numbered with the report's). Block
 * syntax is off (parse.ts): `1.`, `- `, `#` and `>` print as typed. Problems point into the cell.
 */
import type { Position } from "../diagnostics/diagnostic.js";
import { msg } from "../messages/index.js";
import type { Inline } from "../model/report.js";
import { type Context, report } from "./context.js";
import { inlineMarksProblem } from "./inline-limits.js";
import { convertInlines } from "./inlines.js";
import { parseCellMarkdown } from "./parse.js";
import type { MarkdownSource } from "./source.js";
import { stripField } from "./strip-field.js";
import { reportUnsupported } from "./unsupported.js";

/** `map`: a 1-based line and column inside `text` → the position in the fragment file. */
export function cellInlines(text: string, map: (line: number, column: number) => Position, ctx: Context): Inline[] {
  const src: MarkdownSource = { ...ctx.src, text, map };
  const tooMany = inlineMarksProblem(src);
  if (tooMany) {
    ctx.diagnostics.push(tooMany);
    return [];
  }
  const stripped = stripField(src);
  ctx.diagnostics.push(...stripped.diagnostics);
  const cell: Context = { ...ctx, src, text: stripped.text, locator: stripped.locator, links: new Map() };
  const root = parseCellMarkdown(stripped.text);
  const paragraphs = root.children.flatMap((node) => {
    if (node.type === "paragraph") return [node];
    if (node.type === "footnoteDefinition") {
      const label = node.label ?? node.identifier;
      report(
        cell,
        node,
        "error",
        "table-cell",
        msg("tables.cell-footnote-definition", { label }),
        msg("tables.cell-footnote-definition.hint", { label }),
      );
    } else reportUnsupported(node, cell);
    return [];
  });
  if (paragraphs.length > 1) {
    const count = paragraphs.length;
    report(
      cell,
      paragraphs[1]!,
      "error",
      "table-cell",
      msg("tables.cell-paragraphs", { count }),
      msg("tables.cell-paragraphs.hint"),
    );
  }
  return paragraphs.length === 1 ? convertInlines(paragraphs[0]!.children, cell) : [];
}
