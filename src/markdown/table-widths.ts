import type { TableCell } from "../model/report.js";
import { plainLength } from "./runs.js";

/** No column is narrower than this share of the table width. */
export const MIN_COLUMN_WIDTH = 0.08;

/**
 * Relative column widths (sum 1) estimated from content: each column's weight is the length
 * of its longest cell in characters (at least 1), widths are proportional to the weights, and
 * any column that would fall below its floor is raised to it, the others sharing the rest in
 * proportion. The floor of a column is MIN_COLUMN_WIDTH, or `floors[c]` when larger (the width
 * its longest word needs: see merge/fit-table-widths.ts). When the floors add up to more than
 * the line, the columns get their floors scaled down to fit (and equal widths without floors).
 */
export function tableWidths(rows: readonly TableCell[][], columns: number, floors: readonly number[] = []): number[] {
  if (columns <= 0) return [];
  const weights = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...rows.map((row) => plainLength(row[c]?.content ?? []))),
  );
  const floor = Array.from({ length: columns }, (_, c) => Math.max(MIN_COLUMN_WIDTH, floors[c] ?? 0));
  if (floors.length === 0 && columns * MIN_COLUMN_WIDTH >= 1) return weights.map(() => 1 / columns);
  return sharesWithFloors(weights, floor);
}

/**
 * Shares (sum 1) proportional to `weights`, with every column raised to at least its floor and the
 * others sharing the rest in proportion; floors adding up to the whole line or more are scaled to fit.
 */
export function sharesWithFloors(weights: readonly number[], floor: readonly number[]): number[] {
  const floorSum = floor.reduce((sum, f) => sum + f, 0);
  if (floorSum >= 1) return floor.map((f) => f / floorSum);
  const atFloor = new Set<number>();
  for (;;) {
    const fixed = [...atFloor].reduce((sum, c) => sum + floor[c]!, 0);
    const free = 1 - fixed;
    const total = weights.reduce((sum, w, c) => (atFloor.has(c) ? sum : sum + w), 0);
    const widths = weights.map((w, c) => (atFloor.has(c) ? floor[c]! : (w / total) * free));
    const tooNarrow = widths.flatMap((w, c) => (!atFloor.has(c) && w < floor[c]! ? [c] : []));
    if (tooNarrow.length === 0) return widths;
    for (const c of tooNarrow) atFloor.add(c);
  }
}

/**
 * Widths from the dashes of a GFM delimiter row, pandoc's rule: when a line of the table's
 * source is longer than 72 characters, each column gets its share of the dashes. Only dashes
 * that vary say something: a row typed the usual way (`|---|---|`, every column the same number
 * of dashes, or 3 or fewer each as in `|:--|---|--:|`) sets no widths. Returns undefined when the
 * dashes set none or every line is short (the widths are then estimated from the content).
 */
export function delimiterWidths(source: string, columns: number): number[] | undefined {
  const lines = source.split("\n");
  if (!lines.some((l) => [...l].length > 72)) return undefined;
  const delimiter = lines[1];
  if (delimiter === undefined) return undefined;
  const cells = delimiter.trim().replace(/^\|/, "").replace(/\|$/, "").split("|");
  const dashes = cells.slice(0, columns).map((c) => Math.max(1, (c.match(/-/g) ?? []).length));
  while (dashes.length < columns) dashes.push(1);
  if (dashes.every((d) => d === dashes[0]) || dashes.every((d) => d <= 3)) return undefined;
  const total = dashes.reduce((sum, d) => sum + d, 0);
  return dashes.map((d) => d / total);
}
