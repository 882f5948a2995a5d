import { expect, test } from "vitest";
import { FootnoteScope, markdownToBlocks, MIN_COLUMN_WIDTH, tableWidths } from "../src/markdown/index.js";
import { counter, md } from "./markdown-support.js";
import type { TableCell } from "../src/model/report.js";

const row = (...texts: string[]): TableCell[] =>
  texts.map((text) => ({ content: text === "" ? [] : [{ type: "text", text }] }));

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

import { delimiterWidths } from "../src/markdown/table-widths.js";
import { fitTable, unbreakable, wordFloors, CELL_PADDING_MM, textWidthOf } from "../src/merge/fit-table-widths.js";
import { textWidthMm } from "../src/fonts/measure.js";
import { DEFAULT_LAYOUT } from "../src/model/default-layout.js";
import type { Table } from "../src/model/report.js";

test("floors raise a column to the width its longest word needs", () => {
  const widths = tableWidths([row("a", "b".repeat(90))], 2, [0.3, 0]);
  expect(widths[0]).toBeCloseTo(0.3, 12);
  expect(widths[1]).toBeCloseTo(0.7, 12);
});

test("floors adding up to more than the line are scaled to fit", () => {
  const widths = tableWidths([row("a", "b")], 2, [0.9, 0.6]);
  expect(widths[0]).toBeCloseTo(0.6, 12);
  expect(widths[1]).toBeCloseTo(0.4, 12);
});

test("pandoc's rule: a source line over 72 characters makes the dashes count", () => {
  const long = `| ${"x".repeat(80)} | y |\n|---|------|\n| a | b |`;
  expect(delimiterWidths(long, 2)).toEqual([3 / 9, 6 / 9]);
  expect(delimiterWidths("| a | b |\n|---|------|", 2)).toBeUndefined();
});

test("dashes typed the usual way set no widths, even with a long line: equal counts, or 3 or fewer each", () => {
  const long = (delimiter: string) => `| STT | Chỉ tiêu | ${"x".repeat(80)} |\n${delimiter}\n| 1 | a | b |`;
  expect(delimiterWidths(long("|---|---|---|"), 3)).toBeUndefined();
  expect(delimiterWidths(long("| ----- | ----- | ----- |"), 3)).toBeUndefined();
  expect(delimiterWidths(long("|:--|:-:|--:|"), 3)).toBeUndefined();
  expect(delimiterWidths(long("|-|--|---|"), 3)).toBeUndefined();
  // Varied dashes (one column over 3) keep pandoc's rule, colons or not.
  expect(delimiterWidths(long("|---|----|---|"), 3)).toEqual([3 / 10, 4 / 10, 3 / 10]);
  expect(delimiterWidths(long("|:-:|-----|----:|"), 3)).toEqual([1 / 10, 5 / 10, 4 / 10]);
});

test("a pipe table typed `|---|---|---|` with a long row: widths from the content, STT narrower than Chỉ tiêu", () => {
  const tableOf = (delimiter: string) => {
    const text = [
      "| STT | Chỉ tiêu | Kết quả |",
      delimiter,
      `| 1 | Số nhiệm vụ khoa học và công nghệ cấp tỉnh được nghiệm thu trong năm 2023 | 12 |`,
    ].join("\n");
    const r = markdownToBlocks(md(text), new FootnoteScope(counter()), "body");
    expect(r.diagnostics).toEqual([]);
    return r.blocks[0] as Table;
  };
  const equal = tableOf("|---|---|---|");
  expect(equal.widthsFrom).toBeUndefined();
  expect(equal.widths[0]).toBeLessThan(equal.widths[1]!);
  expect(equal.widths).toEqual(tableWidths(equal.rows, 3));
  const varied = tableOf("|--|------------|----|");
  expect([varied.widthsFrom, varied.widths]).toEqual(["delimiter", [2 / 18, 12 / 18, 4 / 18]]);
});

test("numbers and short codes are one unbreakable piece; other text splits at spaces", () => {
  expect(unbreakable("713/QĐ-UBND")).toEqual(["713/QĐ-UBND"]);
  expect(unbreakable("1.234,5 tỷ")).toEqual(["1.234,5 tỷ"]);
  expect(unbreakable("Tiến độ theo kế hoạch")).toEqual(["Tiến", "độ", "theo", "kế", "hoạch"]);
});

test("the estimate never makes a column narrower than its longest (bold header) word", () => {
  const layout = structuredClone(DEFAULT_LAYOUT);
  const cells = (...texts: string[]) => texts.map((text) => ({ content: [{ type: "text" as const, text }] }));
  const table: Table = {
    type: "table",
    align: [null, null, null, null],
    headerRows: 1,
    rows: [
      cells("STT", "Nội dung công việc được giao trong kỳ báo cáo và kết quả", "Tiến độ theo kế hoạch", "Số văn bản"),
      cells(
        "1",
        "Xây dựng kế hoạch ứng dụng tiến bộ khoa học kỹ thuật vào sản xuất nông nghiệp",
        "Tháng",
        "713/QĐ-UBND",
      ),
    ],
    widths: [0.25, 0.25, 0.25, 0.25],
  };
  const fitted = fitTable(table, layout);
  const textMm = textWidthOf(layout);
  const need = (word: string, bold: boolean) =>
    (textWidthMm(word, layout.size.table, { bold }) + CELL_PADDING_MM) / textMm;
  expect(fitted.widths[2]).toBeGreaterThanOrEqual(need("Tiến", true) - 1e-12);
  expect(fitted.widths[3]).toBeGreaterThanOrEqual(need("713/QĐ-UBND", false) - 1e-12);
  expect(fitted.widths[0]).toBeGreaterThanOrEqual(need("STT", true) - 1e-12);
  expect(fitted.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  expect(wordFloors(table, layout, textMm)[3]).toBeCloseTo(need("713/QĐ-UBND", false), 12);
  // Widths a person set are kept.
  expect(fitTable({ ...table, widthsFrom: "declared" }, layout).widths).toEqual(table.widths);
});

test("declared widths too narrow for a word are widened to it, the others giving way in proportion", () => {
  const layout = structuredClone(DEFAULT_LAYOUT);
  const cell = (text: string) => ({ content: [{ type: "text" as const, text }] });
  const table: Table = {
    type: "table",
    align: [null, null, null],
    headerRows: 1,
    rows: [
      [cell("STT"), cell("Nội dung"), cell("Số hiệu")],
      [cell("1"), cell("Kế hoạch"), cell("1524/QĐ-UBND")],
    ],
    widths: [0.1, 0.8, 0.1],
    widthsFrom: "delimiter",
  };
  const fitted = fitTable(table, layout);
  const need = (textWidthMm("1524/QĐ-UBND", layout.size.table) + CELL_PADDING_MM) / textWidthOf(layout);
  expect(fitted.widths[2]).toBeCloseTo(need, 12);
  expect(fitted.widths[0]! / fitted.widths[1]!).toBeCloseTo(0.1 / 0.8, 12);
  expect(fitted.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  expect(fitTable({ ...table, widths: [0.1, 0.6, 0.3] }, layout).widths).toEqual([0.1, 0.6, 0.3]);
});
