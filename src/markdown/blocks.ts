import type { List as MdList, RootContent, Table as MdTable } from "mdast";
import { msg } from "../messages/index.js";
import type { Block, Inline, List, ListItem, Table, TableCell } from "../model/report.js";
import { type Context, report, sourceAt } from "./context.js";
import { figure } from "./figure.js";
import { gridTable } from "./grid-table.js";
import { convertInlines } from "./inlines.js";
import { readCheckbox, readMarker } from "./list-markers.js";
import { textRun, mergeRuns } from "./runs.js";
import { delimiterWidths, tableWidths } from "./table-widths.js";
import { reportUnsupported } from "./unsupported.js";

export type BlockRole = "body" | "preamble" | "closing";

/**
 * Convert flow content to blocks. A list becomes a List block whose items keep their markers as
 * typed. Definitions are skipped here (they were collected before the walk); anything else is
 * reported and left out.
 */
export function convertBlocks(nodes: readonly RootContent[], ctx: Context, role: BlockRole): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "paragraph": {
        const only = node.children.length === 1 ? node.children[0] : undefined;
        if (only?.type === "image") {
          const f = figure(only, ctx);
          if (f) out.push(f);
          break;
        }
        // A paragraph left empty (it held only an image or HTML, already reported) is dropped.
        const content = convertInlines(node.children, ctx);
        if (content.length > 0) out.push({ type: "paragraph", role, content, source: sourceAt(ctx, node) });
        break;
      }
      case "list":
        out.push(list(node, ctx, role));
        break;
      case "table":
        out.push(table(node, ctx));
        break;
      case "code":
        if (node.lang === "table") {
          const t = gridTable(node, ctx);
          if (t) out.push(t);
        } else reportUnsupported(node, ctx);
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

function list(node: MdList, ctx: Context, role: BlockRole): List {
  const items: ListItem[] = node.children.map((item) => {
    const { marker, end } = readMarker(ctx.text, item, node);
    const checkbox = readCheckbox(ctx.text, item, end);
    const [first, ...rest] = item.children;
    let content: Inline[];
    if (first?.type === "paragraph") {
      const text = convertInlines(first.children, ctx);
      content = checkbox === undefined ? text : mergeRuns([textRun(`${checkbox} `, {}), ...text]);
    } else {
      if (first === undefined || first.type === "list") {
        report(
          ctx,
          item,
          "warning",
          "empty-list-item",
          msg("markdown.empty-list-item", { marker: marker.trim() }),
          msg("markdown.empty-list-item.hint"),
        );
      }
      content = checkbox === undefined ? [] : [textRun(checkbox, {})];
      if (first !== undefined) rest.unshift(first);
    }
    return { marker, content, blocks: convertBlocks(rest, ctx, role) };
  });
  return { type: "list", role, items, source: sourceAt(ctx, node) };
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
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const declared =
    start === undefined || end === undefined ? undefined : delimiterWidths(ctx.text.slice(start, end), columns);
  const widths = declared ?? tableWidths(rows, columns);
  return {
    type: "table",
    align,
    headerRows: 1,
    rows,
    widths,
    ...(declared ? { widthsFrom: "delimiter" as const } : {}),
    source: sourceAt(ctx, node),
  };
}
