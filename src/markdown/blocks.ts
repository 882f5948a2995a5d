import type { List, RootContent, Table as MdTable } from "mdast";
import type { Block, Paragraph, Table, TableCell } from "../model/report.js";
import { type Context, report } from "./context.js";
import { convertInlines } from "./inlines.js";
import { readCheckbox, readMarker } from "./list-markers.js";
import { textRun, mergeRuns } from "./runs.js";
import { tableWidths } from "./table-widths.js";
import { reportUnsupported } from "./unsupported.js";

export type BlockRole = "body" | "preamble" | "closing";

/**
 * Convert flow content to blocks. Every item paragraph becomes a paragraph of its own with
 * the marker as typed; nested lists go one level deeper. Definitions are skipped here (they
 * were collected before the walk); anything else is reported and left out.
 */
export function convertBlocks(nodes: readonly RootContent[], ctx: Context, role: BlockRole, depth: number): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "paragraph": {
        // A paragraph left empty (it held only an image or HTML, already reported) is dropped.
        const content = convertInlines(node.children, ctx);
        if (content.length > 0) out.push(paragraph(role, "", depth, content, ctx));
        break;
      }
      case "list":
        out.push(...list(node, ctx, role, depth));
        break;
      case "table":
        out.push(table(node, ctx));
        break;
      case "definition":
      case "footnoteDefinition":
        break;
      default:
        reportUnsupported(node, ctx);
    }
  }
  return out;
}

function paragraph(role: BlockRole, marker: string, depth: number, content: Paragraph["content"], ctx: Context): Paragraph {
  return { type: "paragraph", role, marker, depth, content, source: { ...ctx.source } };
}

function list(node: List, ctx: Context, role: BlockRole, depth: number): Block[] {
  const out: Block[] = [];
  for (const item of node.children) {
    const { marker, end } = readMarker(ctx.text, item, node);
    const checkbox = readCheckbox(ctx.text, item, end);
    const [first, ...rest] = item.children;
    if (first?.type === "paragraph") {
      const content = convertInlines(first.children, ctx);
      const withBox = checkbox === undefined ? content : mergeRuns([textRun(`${checkbox} `, {}), ...content]);
      out.push(paragraph(role, marker, depth, withBox, ctx));
    } else {
      if (first === undefined || first.type === "list") {
        report(ctx, item, "warning", "empty-list-item",
          `expected text after the list marker \`${marker.trim()}\` — found nothing`,
          "write the item's text on the marker's line, or delete the marker");
      }
      out.push(paragraph(role, marker, depth, checkbox === undefined ? [] : [textRun(checkbox, {})], ctx));
      if (first !== undefined) rest.unshift(first);
    }
    for (const child of rest) {
      out.push(...convertBlocks([child], ctx, role, child.type === "list" ? depth + 1 : depth));
    }
  }
  return out;
}

function table(node: MdTable, ctx: Context): Table {
  const align = (node.align ?? []).map((a) => a ?? null);
  const columns = Math.max(align.length, 1);
  while (align.length < columns) align.push(null);
  const rows: TableCell[][] = node.children.map((row) => {
    const cells = row.children.slice(0, columns).map((cell) => ({ content: convertInlines(cell.children, ctx) }));
    while (cells.length < columns) cells.push({ content: [] });
    return cells;
  });
  return { type: "table", align, headerRows: 1, rows, widths: tableWidths(rows, columns), source: { ...ctx.source } };
}
