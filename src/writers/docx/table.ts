/**
 * Body tables: single black borders, fixed column widths from `widths` × the
 * text width, header rows bold and repeated on each new page (`w:tblHeader`).
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import type { Table as ModelTable } from "../../model/report.js";
import { inlineChildren } from "./inlines.js";
import type { InlineContext } from "./inlines.js";
import { rowMark } from "./revisions.js";
import { BLACK, STYLE } from "./styles.js";

export interface TableContext extends InlineContext {
  /** Width of the text area, twips. */
  textTwips: number;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
export const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Column widths in twips that add up to the text width exactly. */
export function columnTwips(widths: readonly number[], textTwips: number): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0) || 1;
  const out = widths.map((w) => Math.floor((w / total) * textTwips));
  const last = out.length - 1;
  if (last >= 0) out[last] = (out[last] ?? 0) + textTwips - out.reduce((sum, w) => sum + w, 0);
  return out;
}

/** What every data table shares: the full text width, fixed column widths, single black borders. */
export function gridOptions(columns: number[], textTwips: number) {
  const all = {
    top: BORDER,
    bottom: BORDER,
    left: BORDER,
    right: BORDER,
    insideHorizontal: BORDER,
    insideVertical: BORDER,
  };
  return {
    width: { size: textTwips, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: all,
  };
}

export function dataTable(table: ModelTable, ctx: TableContext): Table {
  const columnCount = Math.max(table.widths.length, ...table.rows.map((row) => row.length));
  const widths = table.widths.length === columnCount ? table.widths : Array.from({ length: columnCount }, () => 1);
  const columns = columnTwips(widths, ctx.textTwips);
  return new Table({
    ...gridOptions(columns, ctx.textTwips),
    rows: table.rows.map((row, r) => {
      const header = r < table.headerRows;
      return new TableRow({
        ...(header ? { tableHeader: true } : {}),
        ...rowMark(table.rowRevisions?.[r]),
        cantSplit: true,
        children: Array.from({ length: columnCount }, (_, c) => {
          const align = table.align[c];
          return new TableCell({
            width: { size: columns[c] ?? 0, type: WidthType.DXA },
            children: [
              new Paragraph({
                style: STYLE.table,
                ...(align ? { alignment: ALIGN[align] } : {}),
                ...(header ? { keepNext: true } : {}),
                children: inlineChildren(row[c]?.content ?? [], ctx, header ? { bold: true } : {}),
              }),
            ],
          });
        }),
      });
    }),
  });
}
