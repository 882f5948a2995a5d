/**
 * Estimated table widths, made to fit the words: a column is never narrower than its longest
 * word (measured in the table's font and size, bold in header rows) plus the cell padding, and
 * a number or short code ("1.234,5", "713/QĐ-UBND", "15/12/2023") counts as one word so it stays
 * on one line. Widths a person set (delimiter row, `widths:`) are kept as written.
 */
import { textWidthMm } from "../fonts/measure.js";
import { landscapePage, textAreaMm } from "../model/landscape-page.js";
import { tableWidths } from "../markdown/index.js";
import { sharesWithFloors } from "../markdown/table-widths.js";
import type { Block, Inline, Layout, Table } from "../model/report.js";
import { placeCells } from "../model/table-grid.js";

/** Left + right cell padding and a little slack, mm (Word's default cell margins are 1.9 mm a side). */
export const CELL_PADDING_MM = 4.5;

/** A cell this short with a digit in it is kept on one line. */
const SHORT_CODE = 16;

const plain = (content: readonly Inline[]): string =>
  content.map((r) => (r.type === "text" ? r.text : r.type === "footnote" ? "9" : " ")).join("");

/** The pieces of a cell's text that must not be broken across lines. */
export function unbreakable(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  if ([...trimmed].length <= SHORT_CODE && /\d/.test(trimmed)) return [trimmed];
  return trimmed.split(/\s+/);
}

/** Text width of the table's lines, mm. */
export function textWidthOf(layout: Layout, landscape = false): number {
  return textAreaMm(landscape ? landscapePage(layout.page) : layout.page);
}

/** Each column's narrowest width as a share of the text width. Cells spanning columns are left out. */
export function wordFloors(table: Table, layout: Layout, textMm: number): number[] {
  const columns = table.widths.length;
  const floors = Array.from({ length: columns }, () => 0);
  const totalFrom = table.rows.length - (table.totalRows ?? 0);
  for (const p of placeCells(table).placed.flat()) {
    if (p.colspan !== 1 || p.col >= columns) continue;
    const bold =
      p.row < table.headerRows || p.row >= totalFrom || p.cell.content.some((x) => x.type === "text" && x.bold);
    for (const word of unbreakable(plain(p.cell.content))) {
      const mm = textWidthMm(word, layout.size.table, { bold }) + CELL_PADDING_MM;
      floors[p.col] = Math.max(floors[p.col]!, mm / textMm);
    }
  }
  return floors;
}

export function fitTable(table: Table, layout: Layout, landscape = false): Table {
  if (table.widths.length === 0) return table;
  const floors = wordFloors(table, layout, textWidthOf(layout, landscape));
  if (table.widthsFrom !== undefined) {
    // Widths a person set are kept unless a column is too narrow for one of its words: that column
    // gets what the word needs, taken from the others in proportion to what they were given.
    if (table.widths.every((w, c) => w >= floors[c]! - 1e-9)) return table;
    return { ...table, widths: sharesWithFloors(table.widths, floors) };
  }
  // Weights come from the cells in their grid columns (a spanning cell weighs nothing).
  const gridRows = placeCells(table).grid.map((row) =>
    row.map((slot) => ("start" in slot && slot.start.colspan === 1 ? slot.start.cell : { content: [] })),
  );
  return { ...table, widths: tableWidths(gridRows, table.widths.length, floors) };
}

/** Tables fitted to the text width of their pages: landscape when `landscape` is set or the table is placed so. */
export function fitTableWidths(blocks: readonly Block[], layout: Layout, landscape = false): Block[] {
  return blocks.map((b) => (b.type === "table" ? fitTable(b, layout, landscape || b.landscape === true) : b));
}
