/**
 * Check that the rows of one part of a table (header, body or total) fill the grid exactly:
 * every row covers each column once, counting cells spanning down from rows above, and no span
 * runs past the last column or out of its part.
 */
export type RawCell =
  string | number | { text: string | number; colspan?: number; rowspan?: number; align?: "left" | "center" | "right" };
export type RawRow = RawCell[];

export interface SpanProblem {
  row: number;
  /** Index of the cell in its row, when one cell is to blame. */
  cell?: number;
  rule: "span-overflow" | "ragged-row";
  message: string;
  hint?: string;
}

const PART = { header: "header row", rows: "row", total: "total row" } as Record<string, string>;

export function checkSpans(rows: readonly RawRow[], columns: number, part: string): SpanProblem[] {
  const problems: SpanProblem[] = [];
  const name = PART[part] ?? "row";
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
        const what =
          c >= columns
            ? "has more cells than the table has columns"
            : `spans ${colspan} columns from column ${c + 1}, past the ${columns} columns of the table`;
        problems.push({
          row: r,
          cell: i,
          rule: "span-overflow",
          message: `${name} ${r + 1}: cell ${i + 1} ${what}`,
          hint: "a row lists only the cells that start in it: leave out positions covered by a `colspan` or a `rowspan` from above",
        });
        bad = true;
        return;
      }
      if (r + rowspan > rows.length) {
        problems.push({
          row: r,
          cell: i,
          rule: "span-overflow",
          message: `${name} ${r + 1}: cell ${i + 1} spans ${rowspan} rows, past the last ${name} (${rows.length})`,
          hint: `a \`rowspan\` stays inside its part (\`${part}\`)`,
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
        message: `${name} ${r + 1}: expected cells for ${columns} columns — found ${filled}`,
        hint: 'add the missing cells ("" for an empty one), or give a cell a `colspan`',
      });
    }
    for (let k = 0; k < columns; k++) down[k] = Math.max(0, down[k]! - 1);
  });
  return problems;
}
