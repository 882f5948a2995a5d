/**
 * A table with merged cells as review text a person can read in a diff: the title and unit lines,
 * then a pipe table showing every grid position, `<<` where a cell is covered by the cell to its
 * left and `^^` where it is covered by the cell above (MultiMarkdown's marks). All header rows
 * come before the delimiter row; total rows are bold.
 */
import type { Inline, Table } from "../../model/report.js";
import { placeCells } from "../../model/table-grid.js";

export function mergedTableMarkdown(
  t: Table,
  inlines: (content: Inline[]) => string,
  escape: (s: string) => string,
): string {
  const { grid } = placeCells(t);
  const totalFrom = t.rows.length - (t.totalRows ?? 0);
  const line = (r: number) => {
    const cells = (grid[r] ?? []).map((slot) => {
      if ("empty" in slot) return "";
      if ("covered" in slot) return slot.covered.row === r ? "<<" : "^^";
      const text = inlines(slot.start.cell.content).replace(/\|/g, "\\|");
      return r >= totalFrom && text.trim() ? `**${text}**` : text;
    });
    return `| ${cells.join(" | ")} |`;
  };
  const columns = grid[0]?.length ?? t.widths.length;
  const delim = `| ${Array.from({ length: columns }, (_, c) => t.align[c])
    .map((a) => (a === "center" ? ":---:" : a === "right" ? "---:" : a === "left" ? ":---" : "---"))
    .join(" | ")} |`;
  const head =
    t.headerRows > 0
      ? Array.from({ length: t.headerRows }, (_, r) => line(r))
      : [`| ${Array(columns).fill("").join(" | ")} |`];
  const body = Array.from({ length: t.rows.length - t.headerRows }, (_, i) => line(t.headerRows + i));
  const parts: string[] = [];
  if (t.caption) parts.push(`**${inlines(t.caption)}**`);
  if (t.unitLine) parts.push(`*${escape(t.unitLine)}*`);
  parts.push([...head, delim, ...body].join("\n"));
  return parts.join("\n\n");
}
