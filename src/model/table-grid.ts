/**
 * Where each cell of a table sits on the grid, for writers and width estimates: a row lists only
 * the cells that start in it, so the grid positions covered by spans have to be worked out.
 */
import type { Table, TableCell } from "./report.js";

export interface PlacedCell {
  cell: TableCell;
  row: number;
  col: number;
  colspan: number;
  rowspan: number;
}

/** One row of the grid: each column holds the cell that starts there, or what covers it. */
export type GridSlot = { start: PlacedCell } | { covered: PlacedCell } | { empty: true };

/**
 * The cells of each row with their grid column. Positions no cell fills are `empty`; a cell
 * that would run past the last column or row is cut to fit (input checks report that earlier).
 */
export function placeCells(table: Pick<Table, "rows" | "widths">): { placed: PlacedCell[][]; grid: GridSlot[][] } {
  const columns = Math.max(table.widths.length, ...table.rows.map((r) => r.reduce((n, c) => n + (c.colspan ?? 1), 0)));
  const grid: GridSlot[][] = table.rows.map(() => Array.from({ length: columns }, (): GridSlot => ({ empty: true })));
  const placed: PlacedCell[][] = table.rows.map((row, r) => {
    const out: PlacedCell[] = [];
    let c = 0;
    for (const cell of row) {
      while (c < columns && !("empty" in grid[r]![c]!)) c++;
      if (c >= columns) break;
      const colspan = Math.max(1, Math.min(cell.colspan ?? 1, columns - c));
      const rowspan = Math.max(1, Math.min(cell.rowspan ?? 1, table.rows.length - r));
      const p: PlacedCell = { cell, row: r, col: c, colspan, rowspan };
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++)
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? { start: p } : { covered: p };
      }
      out.push(p);
      c += colspan;
    }
    return out;
  });
  return { placed, grid };
}

/** Whether any cell of the table spans more than one column or row. */
export function hasSpans(table: Pick<Table, "rows">): boolean {
  return table.rows.some((row) => row.some((c) => (c.colspan ?? 1) > 1 || (c.rowspan ?? 1) > 1));
}

/**
 * Whether a table has anything the plain GFM table writers do not draw (spans, a cell's own
 * alignment, a title or unit line, total rows); writers keep the plain path for the others, so
 * their outputs stay as they were.
 */
export function needsMergedTable(table: Table): boolean {
  return (
    table.caption !== undefined ||
    table.unitLine !== undefined ||
    (table.totalRows ?? 0) > 0 ||
    table.rows.some((r) => r.some((c) => (c.colspan ?? 1) > 1 || (c.rowspan ?? 1) > 1 || c.align !== undefined))
  );
}
