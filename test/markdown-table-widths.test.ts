import { expect, test } from "vitest";
import { MIN_COLUMN_WIDTH, tableWidths } from "../src/markdown/index.js";
import type { TableCell } from "../src/model/report.js";

const row = (...texts: string[]): TableCell[] => texts.map((text) => ({ content: text === "" ? [] : [{ type: "text", text }] }));

test("widths are proportional to the longest cell of each column", () => {
  expect(tableWidths([row("aaaa", "bbbbbbbbbbbb"), row("a", "b")], 2)).toEqual([0.25, 0.75]);
});

test("an empty column counts as one character and is raised to the minimum", () => {
  const widths = tableWidths([row("", "x".repeat(50), "y".repeat(50))], 3);
  expect(widths[0]).toBe(MIN_COLUMN_WIDTH);
  expect(widths[1]).toBeCloseTo(0.46, 12);
  expect(widths[2]).toBeCloseTo(0.46, 12);
});

test("raising one column can push another below the minimum: both end at the minimum", () => {
  // 1 : 8 : 91 → 0.01 is raised first; then 8/99 × 0.92 ≈ 0.074 is below the minimum too.
  const widths = tableWidths([row("a", "b".repeat(8), "c".repeat(91))], 3);
  expect(widths[0]).toBe(MIN_COLUMN_WIDTH);
  expect(widths[1]).toBe(MIN_COLUMN_WIDTH);
  expect(widths[2]).toBeCloseTo(1 - 2 * MIN_COLUMN_WIDTH, 12);
});

test("too many columns for the minimum: equal widths", () => {
  expect(tableWidths([row(..."abcdefghijklm".split(""))], 13)).toEqual(Array(13).fill(1 / 13));
});

test("no columns", () => {
  expect(tableWidths([], 0)).toEqual([]);
});
