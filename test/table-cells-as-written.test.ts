/** Cells of ```table blocks print as typed (markdown/cells-as-written.ts), not as YAML reads them: `8.200` stays 8.200. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { FootnoteScope, markdownToBlocks } from "../src/markdown/index.js";
import type { Inline, Table } from "../src/model/report.js";
import { memoryWorld } from "../src/world.js";
import { counter, md } from "./markdown-support.js";

function convert(lines: string[]) {
  const body = ["```table", ...lines, "```"].join("\n");
  const r = markdownToBlocks(
    { ...md(body), resources: { world: memoryWorld({}), baseDir: "r" } },
    new FootnoteScope(counter()),
    "body",
  );
  const table = r.blocks.find((b): b is Table => b.type === "table");
  const texts = table?.rows.map((row) => row.map((c) => textOf(c.content)));
  return { texts, diagnostics: r.diagnostics };
}

const textOf = (content: readonly Inline[]) => content.map((i) => (i.type === "text" ? i.text : "?")).join("");

test("unquoted numbers, outline numbers, booleans and nulls print exactly as written, in every part", () => {
  const r = convert([
    "header:",
    "  - [STT, Nội dung, Kế hoạch, Thực hiện]",
    "  - [1., 2.1., 0012, 1e3]",
    "rows:",
    "  - [1., Kinh phí, 8.200, 8.050]",
    "  - [true, null, ~, -.5]",
    "  - [0x1F, .inf, +12, 1_000]",
    "  - - 2.",
    "    - &n 12.450",
    "    - *n",
    "    - {text: 8.100}",
    "total:",
    "  - [{text: 16.300, colspan: 2}, 8.200, 8.050]",
  ]);
  expect(r.diagnostics).toEqual([]);
  expect(r.texts).toEqual([
    ["STT", "Nội dung", "Kế hoạch", "Thực hiện"],
    ["1.", "2.1.", "0012", "1e3"],
    ["1.", "Kinh phí", "8.200", "8.050"],
    ["true", "null", "~", "-.5"],
    ["0x1F", ".inf", "+12", "1_000"],
    ["2.", "12.450", "12.450", "8.100"],
    ["16.300", "8.200", "8.050"],
  ]);
});

test("a quoted cell keeps its value without the quotes; a block scalar its text; an empty entry is an empty cell", () => {
  const r = convert([
    "rows:",
    `  - ["1.", '8.200', "a\\tb", "**Tổng**"]`,
    "  - - |-",
    "      1.500",
    "    - >-",
    "      2.",
    "    -",
    "    - x",
  ]);
  expect(r.diagnostics).toEqual([]);
  expect(r.texts).toEqual([
    ["1.", "8.200", "a\tb", "Tổng"],
    ["1.500", "2.", "", "x"],
  ]);
});

test("a cell that is not a scalar is still a positioned error", () => {
  const r = convert(["rows:", "  - [1., [8.200]]"]);
  expect(r.diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual([[3 + 10, 10 + 2, "table-shape"]]);
});

/** What a writer types for amounts and outline numbers: digits and dots, e.g. `8.200`, `1.`, `2.1.`, `0012`. */
const digitsAndDots = fc
  .array(fc.constantFrom(..."0123456789."), { minLength: 1, maxLength: 14 })
  .map((c) => c.join(""))
  .filter((s) => /^[0-9]/.test(s));

test("property: a digit/dot string written unquoted in a cell prints exactly as written (flow and block rows)", () => {
  fc.assert(
    fc.property(fc.array(digitsAndDots, { minLength: 1, maxLength: 4 }), (cells) => {
      const block = cells.map((c, i) => `${i === 0 ? "  - - " : "    - "}${c}`);
      const r = convert(["rows:", `  - [${cells.join(", ")}]`, ...block]);
      expect(r.diagnostics).toEqual([]);
      expect(r.texts).toEqual([cells, cells]);
    }),
    { numRuns: 300 },
  );
});
