/** schemas/table.schema.json (for editors) and markdown/table-shape.ts (the build) accept the same tables. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { expect, test } from "vitest";
import { checkTableShape } from "../src/markdown/table-shape.js";
import { checkSpans } from "../src/markdown/grid-spans.js";

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL("../schemas/table.schema.json", import.meta.url)), "utf8"),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const SAMPLES: unknown[] = [
  { header: [["STT", { text: "Kinh phí", colspan: 2 }]], rows: [["1.", "1.200", 900]] },
  {
    title: "Biểu số 01",
    unit: "Đơn vị tính: triệu đồng",
    widths: [1, 2],
    align: ["left", "right"],
    csv: "a.csv",
    csvSkip: 1,
    total: [[{ text: "Tổng", colspan: 2, align: "center" }]],
  },
  { header: [["a"]], extra: 1 },
  { widths: [] },
  { widths: [0, 1] },
  { align: ["middle"] },
  { rows: [["a", { text: "b", colspan: 0 }]] },
  { rows: [["a", { colspan: 2 }]] },
  { rows: [["a", { text: "b", colspann: 2 }]] },
  { rows: "a, b" },
  { rows: ["a"] },
  { csv: "" },
  { csvSkip: -1 },
  { title: 5 },
  { rows: [[["nested"]]] },
  { rows: [[null]] },
];

test.each(SAMPLES.map((s) => [JSON.stringify(s), s]))("schema and code agree on %s", (_, sample) => {
  expect(checkTableShape(sample).length === 0).toBe(validate(sample));
});

test("spans: a row covered from above lists only its own cells; overflow and ragged rows are reported", () => {
  const header = [
    [
      { text: "STT", rowspan: 2 },
      { text: "Kinh phí", colspan: 2 },
    ],
    ["KH", "TH"],
  ];
  expect(checkSpans(header, 3, "header")).toEqual([]);
  expect(checkSpans([["a", { text: "b", colspan: 3 }]], 3, "rows").map((p) => p.rule)).toEqual(["span-overflow"]);
  expect(checkSpans([[{ text: "a", rowspan: 3 }, "b"], ["c"]], 2, "rows").map((p) => p.rule)).toEqual([
    "span-overflow",
    "ragged-row",
  ]);
  expect(checkSpans([["a"]], 2, "rows")).toEqual([
    { row: 0, rule: "ragged-row", message: "row 1: expected cells for 2 columns — found 1", hint: expect.any(String) },
  ]);
});
