import type { TableCell } from "../model/report.js";
import { plainLength } from "./runs.js";

/** No column is narrower than this share of the table width. */
export const MIN_COLUMN_WIDTH = 0.08;

/**
 * Relative column widths (sum 1) estimated from content: each column's weight is the length
 * of its longest cell in characters (at least 1), widths are proportional to the weights, and
 * any column that would fall below MIN_COLUMN_WIDTH is raised to it, the others sharing the
 * rest in proportion. With too many columns for the minimum, all columns are equal.
 */
export function tableWidths(rows: readonly TableCell[][], columns: number): number[] {
  if (columns <= 0) return [];
  const weights = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...rows.map((row) => plainLength(row[c]?.content ?? []))),
  );
  if (columns * MIN_COLUMN_WIDTH >= 1) return weights.map(() => 1 / columns);
  const atMinimum = new Set<number>();
  for (;;) {
    const free = 1 - atMinimum.size * MIN_COLUMN_WIDTH;
    const total = weights.reduce((sum, w, c) => (atMinimum.has(c) ? sum : sum + w), 0);
    const widths = weights.map((w, c) => (atMinimum.has(c) ? MIN_COLUMN_WIDTH : (w / total) * free));
    const tooNarrow = widths.flatMap((w, c) => (!atMinimum.has(c) && w < MIN_COLUMN_WIDTH ? [c] : []));
    if (tooNarrow.length === 0) return widths;
    for (const c of tooNarrow) atMinimum.add(c);
  }
}
