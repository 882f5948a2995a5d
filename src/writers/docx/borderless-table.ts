/**
 * The borderless two-column tables of the frame (header and signature):
 * fixed layout, widths in mm from the layout, small side padding.
 */
import { Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { Paragraph } from "docx";
import { mmToTwips } from "./units.js";

/** Left/right padding inside frame cells, twips (1 mm). */
export const FRAME_CELL_PADDING = 57;

/** Column widths in twips from widths in mm. */
export function frameColumns(widthsMm: readonly [number, number]): [number, number] {
  return [mmToTwips(widthsMm[0]), mmToTwips(widthsMm[1])];
}

/** Usable text width inside a frame cell of `columnTwips`. */
export function cellTextWidth(columnTwips: number): number {
  return columnTwips - 2 * FRAME_CELL_PADDING;
}

export function borderlessTable(
  columns: readonly [number, number],
  rows: ReadonlyArray<readonly [Paragraph[], Paragraph[]]>,
): Table {
  return new Table({
    width: { size: columns[0] + columns[1], type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: FRAME_CELL_PADDING, right: FRAME_CELL_PADDING, marginUnitType: WidthType.DXA },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columns[i] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                children,
              }),
          ),
        }),
    ),
  });
}
