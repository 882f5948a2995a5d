/**
 * Body blocks (headings, paragraphs, list items, tables) → Typst source, one block per entry.
 */
import { printedBlocks, type PrintedBlock, type PrintedParagraph } from "../../model/printed-blocks.js";
import type { Block, Heading, Layout, Table } from "../../model/report.js";
import { len, typstText } from "./typst-escape.js";
import { type FootnoteTracker, inlineContent } from "./typst-inline.js";
import { mergedTableSource } from "./typst-table.js";
import { figureSource } from "./typst-figure.js";
import { needsMergedTable } from "../../model/table-grid.js";

export function paragraphSource(p: PrintedParagraph, layout: Layout, fn: FootnoteTracker): string {
  const runs = p.marker === "" ? p.content : [{ type: "text" as const, text: p.marker }, ...p.content];
  const par = `par(${inlineContent(runs, fn)})`;
  // sticky: a lead-in stays on the page of the table or figure it introduces.
  const sticky = p.keepWithNext ? "sticky: true, " : "";
  if (p.depth <= 0) return p.keepWithNext ? `#block(${sticky}${par})` : `#${par}`;
  const indent = len(p.depth * layout.body.firstLineIndent, "cm");
  return `#block(${sticky}inset: (left: ${indent}), ${par})`;
}

export function headingSource(h: Heading, fn: FootnoteTracker): string {
  const sets: string[] = [];
  if (h.style.bold) sets.push(`set text(weight: "bold")`);
  if (h.style.italic) sets.push(`set text(style: "italic")`);
  if (h.style.align === "center") sets.push(`set par(first-line-indent: 0pt, justify: false)`, `set align(center)`);
  const runs = h.number === "" ? h.text : [{ type: "text" as const, text: `${h.number} ` }, ...h.text];
  // sticky: the heading stays on the page of the block that follows it.
  return `#block(sticky: true, { ${[...sets, `par(${inlineContent(runs, fn)})`].join("; ")} })`;
}

const ALIGN = { left: "left", center: "center", right: "right" } as const;

export function tableSource(t: Table, layout: Layout, fn: FootnoteTracker): string {
  const cols = Math.max(1, t.widths.length, ...t.rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, i) => {
    const w = t.widths[i];
    return w !== undefined && w > 0 ? `${Number(w.toFixed(4))}fr` : "1fr";
  });
  const aligns = Array.from({ length: cols }, (_, i) => ALIGN[t.align[i] ?? "left"]);
  const cell = (row: number, col: number, header: boolean): string => {
    const content = inlineContent(t.rows[row]?.[col]?.content ?? [], fn);
    return header ? `text(weight: "bold", ${content})` : content;
  };
  const rowsOf = (from: number, to: number, header: boolean): string[] => {
    const out: string[] = [];
    for (let r = from; r < to; r++) for (let c = 0; c < cols; c++) out.push(cell(r, c, header));
    return out;
  };
  const headerRows = Math.min(Math.max(0, t.headerRows), t.rows.length);
  const notes = fn.beforeRepeatedHeader(t.rows.slice(0, headerRows).flatMap((row) => row.flatMap((c) => c.content)));
  const args = [
    `columns: (${widths.join(", ")},)`,
    `align: (${aligns.join(", ")},)`,
    `stroke: 0.5pt + black`,
    `inset: (x: 4pt, y: 3pt)`,
  ];
  if (headerRows > 0) args.push(`table.header(repeat: true, ${rowsOf(0, headerRows, true).join(", ")})`);
  args.push(...rowsOf(headerRows, t.rows.length, false));
  const size = len(layout.size.table, "pt");
  const table = [...notes, `table(\n  ${args.join(",\n  ")}\n)`].join("; ");
  return `#block({ set text(size: ${size}); set par(first-line-indent: 0pt, justify: false, spacing: 3pt); ${table} })`;
}

/** Each block's source; a list gives one entry per item. */
export function blocksSource(blocks: readonly Block[], layout: Layout, fn: FootnoteTracker): string[] {
  return printedBlocks(blocks).map((b) => blockSource(b, layout, fn));
}

function blockSource(b: PrintedBlock, layout: Layout, fn: FootnoteTracker): string {
  if (b.type === "heading") return headingSource(b, fn);
  if (b.type === "figure") return figureSource(b, fn);
  if (b.type === "table") return needsMergedTable(b) ? mergedTableSource(b, layout, fn) : tableSource(b, layout, fn);
  return paragraphSource(b, layout, fn);
}

/** Plain lines of model text joined by line breaks, as one content block. */
export function linesContent(lines: string[]): string {
  return `[${lines.map((l) => `#${typstText(l)}`).join("#linebreak()")}]`;
}
