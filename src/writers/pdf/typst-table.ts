/**
 * Tables with merged cells, a title line, a unit line or total rows → Typst: `table.cell(colspan:,
 * rowspan:)` for spans (Typst skips covered positions as the model does), the header rows in
 * `table.header(repeat: true)` so they come back on every page, total rows bold.
 */
import type { Layout, Table } from "../../model/report.js";
import { placeCells } from "../../model/table-grid.js";
import { len, typstText } from "./typst-escape.js";
import type { FootnoteTracker } from "./typst-inline.js";
import { inlineContent } from "./typst-inline.js";

export function mergedTableSource(t: Table, layout: Layout, fn: FootnoteTracker): string {
  const cols = Math.max(1, t.widths.length);
  const widths = Array.from({ length: cols }, (_, i) => {
    const w = t.widths[i];
    return w !== undefined && w > 0 ? `${Number(w.toFixed(4))}fr` : "1fr";
  });
  const totalFrom = t.rows.length - (t.totalRows ?? 0);
  const headerRows = Math.min(Math.max(0, t.headerRows), t.rows.length);
  const notes = fn.beforeRepeatedHeader(t.rows.slice(0, headerRows).flatMap((row) => row.flatMap((c) => c.content)));
  const { placed } = placeCells(t);
  const cellSource = (r: number) =>
    (placed[r] ?? []).map((p) => {
      const bold = r < t.headerRows || r >= totalFrom;
      const content = inlineContent(p.cell.content, fn);
      const body = bold ? `text(weight: "bold", ${content})` : content;
      const args: string[] = [];
      if (p.colspan > 1) args.push(`colspan: ${p.colspan}`);
      if (p.rowspan > 1) args.push(`rowspan: ${p.rowspan}`);
      const align = p.cell.align ?? t.align[p.col];
      if (align) args.push(`align: ${align} + horizon`);
      return args.length ? `table.cell(${args.join(", ")}, ${body})` : body;
    });
  const rows = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => cellSource(from + i)).flat();
  const args = [
    `columns: (${widths.join(", ")},)`,
    `align: left + horizon`,
    `stroke: 0.5pt + black`,
    `inset: (x: 4pt, y: 3pt)`,
  ];
  if (headerRows > 0) args.push(`table.header(repeat: true, ${rows(0, headerRows).join(", ")})`);
  args.push(...rows(headerRows, t.rows.length));
  const size = len(layout.size.table, "pt");
  const lines: string[] = [];
  if (t.caption)
    lines.push(
      `block(sticky: true, width: 100%, above: 9pt, below: 3pt, align(center, text(weight: "bold", ${inlineContent(t.caption, fn)})))`,
    );
  if (t.unitLine)
    lines.push(
      `block(sticky: true, width: 100%, above: 3pt, below: 3pt, align(right, text(style: "italic", ${typstText(t.unitLine)})))`,
    );
  lines.push(...notes, `table(\n  ${args.join(",\n  ")}\n)`);
  return `#block({ set text(size: ${size}); set par(first-line-indent: 0pt, justify: false, spacing: 3pt); ${lines.join("; ")} })`;
}
