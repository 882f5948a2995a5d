/**
 * Two versions of a table with the same columns → one table whose rows are aligned by their text:
 * a pair of rows is compared cell by cell, word by word; a row only one side has is marked whole.
 */
import type { Inline, Table, TableCell } from "../model/report.js";
import { align, similarity } from "./align.js";
import { countAll, diffInlines, markAll, type TrackContext } from "./inline-diff.js";
import { plainText } from "./plain-text.js";

type Row = { cells: TableCell[]; header: boolean };

const rowText = (row: Row) => row.cells.map((c) => plainText(c.content)).join(" ");

/** The shape of a table's merged cells: equal for two tables whose cells span the same grid positions. */
export const spanShape = (t: Table): string =>
  t.rows.map((r) => r.map((c) => `${c.colspan ?? 1}x${c.rowspan ?? 1}`).join(",")).join(";");

export const hasSpans = (t: Table): boolean =>
  t.rows.some((r) => r.some((c) => (c.colspan ?? 1) > 1 || (c.rowspan ?? 1) > 1));

export function trackTable(a: Table, b: Table, ctx: TrackContext): Table {
  const where = { ...(a.source ? { a: a.source } : {}), ...(b.source ? { b: b.source } : {}) };
  const caption = b.caption ? { caption: diffInlines(a.caption ?? [], b.caption, where, ctx) } : {};
  // Merged cells (the caller pairs such tables only when their spans are the same): row by row, each
  // cell keeping its span, so the grid stays whole; otherwise rows are aligned by their text.
  if (hasSpans(a) || hasSpans(b)) {
    const rows = b.rows.map((row, r) =>
      row.map((c, i) => ({ ...c, content: diffInlines(a.rows[r]?.[i]?.content ?? [], c.content, where, ctx) })),
    );
    return { ...b, ...caption, rows };
  }
  return { ...trackRows(a, b, ctx, where), ...caption };
}

function trackRows(a: Table, b: Table, ctx: TrackContext, where: { a?: Table["source"]; b?: Table["source"] }): Table {
  const rowsOf = (t: Table): Row[] => t.rows.map((cells, i) => ({ cells, header: i < t.headerRows }));
  const steps = align(
    rowsOf(a),
    rowsOf(b),
    (r) => `${r.header}\u0000${r.cells.map((c) => plainText(c.content)).join("\u0001")}`,
    (x, y) => x.header === y.header && similarity(rowText(x), rowText(y)) >= 0.2,
  );
  const rows: TableCell[][] = [];
  const rowRevisions: Table["rowRevisions"] = [];
  let headerRows = 0;
  for (const step of steps) {
    const width = Math.max(step.a?.cells.length ?? 0, step.b?.cells.length ?? 0);
    const cell = (r: Row | undefined, c: number): Inline[] => r?.cells[c]?.content ?? [];
    if (step.a && step.b) {
      rows.push(
        Array.from({ length: width }, (_, c) => ({
          content: diffInlines(cell(step.a, c), cell(step.b, c), where, ctx),
        })),
      );
      rowRevisions.push(undefined);
    } else {
      const type = step.b ? "ins" : "del";
      const row = (step.b ?? step.a)!;
      const source = step.b ? b.source : a.source;
      row.cells.forEach((c) => countAll(c.content, type, source, ctx));
      rows.push(row.cells.map((c) => ({ content: markAll(c.content, type, source, ctx) })));
      rowRevisions.push(
        ctx.attribute(type, source, row.cells.map((c) => plainText(c.content)).find((t) => t.trim() !== "") ?? ""),
      );
    }
    if ((step.b ?? step.a)!.header && headerRows === rows.length - 1) headerRows++;
  }
  return { ...b, rows, headerRows, rowRevisions };
}
