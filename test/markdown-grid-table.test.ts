/** ```table blocks and figures in the prose stage: the table built, positions inside the block, files read through the World. */
import { expect, test } from "vitest";
import { FootnoteScope, markdownToBlocks } from "../src/markdown/index.js";
import type { Table } from "../src/model/report.js";
import { memoryWorld } from "../src/world.js";
import { counter, fn, md, t } from "./markdown-support.js";

const convert = (text: string, files: Record<string, string | Uint8Array> = {}) =>
  markdownToBlocks(
    { ...md(text), resources: { world: memoryWorld(files), baseDir: "reports/2023-11" } },
    new FootnoteScope(counter()),
    "body",
  );

test("a table block: header cells centred, spans kept, total rows counted, widths declared", () => {
  const r = convert(
    [
      "```table",
      "widths: [1, 3]",
      "header:",
      "  - [{text: A, colspan: 2}]",
      "rows:",
      "  - [x, y]",
      "total:",
      '  - [T, "9"]',
      "```",
    ].join("\n"),
  );
  expect(r.diagnostics).toEqual([]);
  const t = r.blocks[0] as Table;
  expect(
    t.rows.map((row) =>
      row.map((c) => [
        c.content.map((x) => (x.type === "text" ? x.text : "")).join(""),
        c.colspan ?? 1,
        c.align ?? null,
      ]),
    ),
  ).toEqual([
    [["A", 2, "center"]],
    [
      ["x", 1, null],
      ["y", 1, null],
    ],
    [
      ["T", 1, null],
      ["9", 1, null],
    ],
  ]);
  expect([t.headerRows, t.totalRows, t.widths, t.widthsFrom]).toEqual([1, 1, [0.25, 0.75], "declared"]);
});

test("a problem inside the block points at its line and column in the YAML file", () => {
  // md() puts the Markdown at line 11, column 3 of the file: lines +10, columns +2.
  const r = convert(["```table", "rows:", "  - [a, {text: b, colspann: 2}]", "```"].join("\n"));
  expect(r.diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual([[3 + 10, 19 + 2, "table-shape"]]);
});

test("a block indented in a list item keeps its columns", () => {
  const r = convert(
    ["- Số liệu:", "", "  ```table", "  rows:", "    - [a, {text: b, colspann: 2}]", "  ```"].join("\n"),
  );
  expect(r.diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual([[5 + 10, 21 + 2, "table-shape"]]);
});

test("a CSV file: rows read, a ragged line reported at its line in the CSV file", () => {
  const ok = convert(["```table", "header:", "  - [A, B]", "csv: so-lieu.csv", "```"].join("\n"), {
    "reports/2023-11/so-lieu.csv": '1,"2,5"\n3,4\n',
  });
  expect(ok.diagnostics).toEqual([]);
  expect((ok.blocks[0] as Table).rows.length).toBe(3);
  const bad = convert(["```table", "header:", "  - [A, B]", "csv: so-lieu.csv", "```"].join("\n"), {
    "reports/2023-11/so-lieu.csv": "1,2\n3\n",
  });
  expect(bad.diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([
    ["reports/2023-11/so-lieu.csv", 2, "ragged-row"],
  ]);
});

test("figures: a web address, a name with a lone % and a file outside the repository are errors at the image", () => {
  const r = convert("![a](https://example.com/x.png)\n\n![b](50%.png)\n\n![c](../../../x.png)");
  expect(r.diagnostics.map((d) => [d.line, d.rule])).toEqual([
    [11, "outside-repository"],
    [13, "missing-file"],
    [15, "outside-repository"],
  ]);
  expect(r.diagnostics[1]!.message).toContain("reports/2023-11/50%.png");
});

const cellRuns = (t: Table) => t.rows.map((row) => row.map((c) => c.content));

test("a cell is inline Markdown: marks, ^sup^, links and footnotes; block syntax prints as typed", () => {
  const r = convert(
    [
      "Diện tích[^dt].",
      "",
      "```table",
      "header:",
      '  - ["**Nội dung**", "Diện tích (m^2^)"]',
      "rows:",
      '  - ["1.", "*Nhà xưởng*[^dt]"]',
      '  - ["- 2", {text: "[Cổng](https://congbao.vn) `A-1` [^nguon]", colspan: 1}]',
      '  - ["# 3", "> 4"]',
      "```",
      "",
      "[^dt]: Diện tích sàn.",
      "[^nguon]: Theo số liệu kiểm kê.",
    ].join("\n"),
  );
  expect(r.diagnostics).toEqual([]);
  expect(cellRuns(r.blocks[1] as Table)).toEqual([
    [[t("Nội dung", { bold: true })], [t("Diện tích (m"), t("2", { superscript: true }), t(")")]],
    [[t("1.")], [t("Nhà xưởng", { italic: true }), fn(1)]],
    [[t("- 2")], [t("Cổng", { link: "https://congbao.vn" }), t(" "), t("A-1", { code: true }), t(" "), fn(2)]],
    [[t("# 3")], [t("> 4")]],
  ]);
});

test("numbers and CSV fields stay plain text, marks and all", () => {
  const r = convert(
    ["```table", "header:", "  - [A, B]", "rows:", "  - [1200, 3.5]", "csv: so-lieu.csv", "```"].join("\n"),
    {
      "reports/2023-11/so-lieu.csv": '*x*,"[^1]"\n',
    },
  );
  expect(r.diagnostics).toEqual([]);
  expect(cellRuns(r.blocks[0] as Table).slice(1)).toEqual([
    [[t("1200")], [t("3.5")]],
    [[t("*x*")], [t("[^1]")]],
  ]);
});

test("a cell's problems point into the cell: unknown footnote, HTML, a definition, two paragraphs", () => {
  // md() puts the Markdown at line 11, column 3 of the file: lines +10, columns +2.
  const r = convert(
    [
      "```table",
      "rows:",
      '  - [a, "Kinh phí [^thieu]"]',
      '  - [{text: "x <br> y"}, "[^a]: z"]',
      "  - - b",
      "    - |-",
      "      một",
      "",
      "      hai",
      "```",
    ].join("\n"),
  );
  expect(r.diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual([
    [3 + 10, 19 + 2, "footnote-undefined"],
    [4 + 10, 16 + 2, "raw-html"],
    [4 + 10, 27 + 2, "table-cell"],
    [9 + 10, 7 + 2, "table-cell"],
  ]);
  expect(r.diagnostics[0]!.message).toBe("expected a definition of footnote `[^thieu]` in this fragment — found none");
});

test("widths are estimated from the text of a cell's runs, not from its marks", () => {
  const widths = (cell: string) =>
    (
      convert(["```table", "rows:", `  - [a, ${JSON.stringify(cell)}]`, "```", "", "[^a]: Ghi chú."].join("\n"))
        .blocks[0] as Table
    ).widths;
  expect(widths("**Kinh phí** [x](https://a.vn) m^2^[^a]")).toEqual(widths("Kinh phí x m29"));
});

test("a ```table block inside a footnote is reported, not dropped", () => {
  const r = convert(
    ["Văn bản[^a].", "", "[^a]: Ghi chú:", "", "    ```table", "    rows:", "      - [x]", "    ```"].join("\n"),
  );
  expect(r.diagnostics.map((d) => [d.line, d.rule])).toEqual([[15, "unsupported-markdown"]]);
});
