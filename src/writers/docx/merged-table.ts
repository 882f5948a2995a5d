/**
 * Tables with merged cells, a title line, a unit line or total rows: cells placed on the grid
 * (model/table-grid.ts) with `w:gridSpan` across and `w:vMerge` down, every header row marked
 * `w:tblHeader` so Word repeats it on each page, total rows bold.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from "docx";
import type { Table as ModelTable } from "../../model/report.js";
import { placeCells } from "../../model/table-grid.js";
import { inlineChildren } from "./inlines.js";
import { paragraphMark, rowMark } from "./revisions.js";
import { STYLE } from "./styles.js";

const revision = (t: ModelTable) => (t.revision ? { revision: t.revision } : {});
import { ALIGN, columnTwips, gridOptions, type TableContext } from "./table.js";

export function mergedTable(table: ModelTable, ctx: TableContext): Table {
  const { placed } = placeCells(table);
  const columnCount = Math.max(table.widths.length, 1);
  const columns = columnTwips(
    table.widths.length === columnCount ? table.widths : Array.from({ length: columnCount }, () => 1),
    ctx.textTwips,
  );
  const totalFrom = table.rows.length - (table.totalRows ?? 0);
  return new Table({
    ...gridOptions(columns, ctx.textTwips),
    rows: placed.map((cells, r) => {
      const header = r < table.headerRows;
      const bold = header || r >= totalFrom;
      return new TableRow({
        ...(header ? { tableHeader: true } : {}),
        ...rowMark(table.rowRevisions?.[r]),
        cantSplit: true,
        children: cells.map((p) => {
          const align = p.cell.align ?? table.align[p.col];
          const width = columns.slice(p.col, p.col + p.colspan).reduce((a, b) => a + b, 0);
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(p.colspan > 1 ? { columnSpan: p.colspan } : {}),
            ...(p.rowspan > 1 ? { rowSpan: p.rowspan } : {}),
            verticalAlign: VerticalAlign.CENTER,
            children: [
              new Paragraph({
                style: STYLE.table,
                ...(align ? { alignment: ALIGN[align] } : {}),
                ...(header ? { keepNext: true } : {}),
                children: inlineChildren(p.cell.content, ctx, bold ? { bold: true } : {}),
              }),
            ],
          });
        }),
      });
    }),
  });
}

/** "Biểu số 01: …" centred and bold, then "Đơn vị tính: …" at the right in italics; both kept with the table. */
export function tableCaption(table: ModelTable, ctx: TableContext): Paragraph[] {
  const out: Paragraph[] = [];
  if (table.caption) {
    out.push(
      new Paragraph({
        style: STYLE.table,
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 120 },
        ...paragraphMark(table.revision),
        children: inlineChildren(table.caption, ctx, { bold: true }),
      }),
    );
  }
  if (table.unitLine) {
    out.push(
      new Paragraph({
        style: STYLE.table,
        alignment: AlignmentType.RIGHT,
        keepNext: true,
        ...paragraphMark(table.revision),
        children: inlineChildren([{ type: "text", text: table.unitLine, ...revision(table) }], ctx, { italics: true }),
      }),
    );
  }
  return out;
}
