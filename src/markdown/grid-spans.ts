/**
 * Check that the rows of one part of a table (header, body or total) fill the grid exactly:
 * every row covers each column once, counting cells spanning down from rows above, and no span
 * runs past the last column or out of its part.
 */
import { msg, type Message } from "../messages/index.js";

/** A cell's text as written (markdown/cells-as-written.ts), or the text with spans and alignment. */
export type RawCell =
  string | { text: string; colspan?: number; rowspan?: number; align?: "left" | "center" | "right" };
export type RawRow = RawCell[];

export interface SpanProblem {
  row: number;
  /** Index of the cell in its row, when one cell is to blame. */
  cell?: number;
  rule: "span-overflow" | "ragged-row";
  message: Message;
  hint?: Message;
}

const PARTS = ["header", "rows", "total"];

export function checkSpans(rows: readonly RawRow[], columns: number, part: string): SpanProblem[] {
  const problems: SpanProblem[] = [];
  const name = msg(`tables.part.${PARTS.includes(part) ? part : "rows"}`);
  // How many more rows each column stays covered by a cell from above.
  const down = Array.from({ length: columns }, () => 0);
  rows.forEach((row, r) => {
    const covered = down.map((n) => n > 0);
    let c = 0;
    let bad = false;
    row.forEach((raw, i) => {
      if (bad) return;
      while (c < columns && covered[c]) c++;
      const colspan = typeof raw === "object" ? (raw.colspan ?? 1) : 1;
      const rowspan = typeof raw === "object" ? (raw.rowspan ?? 1) : 1;
      if (c + colspan > columns || [...Array(colspan).keys()].some((k) => covered[c + k])) {
        const where = { part: name, row: r + 1, cell: i + 1 };
        problems.push({
          row: r,
          cell: i,
          rule: "span-overflow",
          message:
            c >= columns
              ? msg("tables.too-many-cells", where)
              : msg("tables.colspan-overflow", { ...where, colspan, column: c + 1, columns }),
          hint: msg("tables.colspan-overflow.hint"),
        });
        bad = true;
        return;
      }
      if (r + rowspan > rows.length) {
        problems.push({
          row: r,
          cell: i,
          rule: "span-overflow",
          message: msg("tables.rowspan-overflow", { part: name, row: r + 1, cell: i + 1, rowspan, rows: rows.length }),
          hint: msg("tables.rowspan-overflow.hint", { key: part }),
        });
        bad = true;
        return;
      }
      for (let k = 0; k < colspan; k++) {
        covered[c + k] = true;
        down[c + k] = Math.max(down[c + k]!, rowspan);
      }
      c += colspan;
    });
    if (!bad && covered.some((x) => !x)) {
      const filled = covered.filter((x) => x).length;
      problems.push({
        row: r,
        rule: "ragged-row",
        message: msg("tables.ragged-row", { part: name, row: r + 1, columns, filled }),
        hint: msg("tables.ragged-row.hint"),
      });
    }
    for (let k = 0; k < columns; k++) down[k] = Math.max(0, down[k]! - 1);
  });
  return problems;
}
