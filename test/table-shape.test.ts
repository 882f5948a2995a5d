/** schemas/table.schema.json (for editors) and markdown/table-shape.ts (the build) accept the same tables. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { expect, test } from "vitest";
import { checkTableShape } from "../src/markdown/table-shape.js";
import { checkSpans } from "../src/markdown/grid-spans.js";
import { translate } from "../src/messages/index.js";

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
  { rows: [[true, null, 8.2, "1."]], total: [[{ text: 8.2 }, { text: null }]] },
  { rows: [[{ text: ["8.200"] }]] },
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
  const [ragged, ...more] = checkSpans([["a"]], 2, "total");
  expect(more).toEqual([]);
  expect([ragged?.row, ragged?.rule]).toEqual([0, "ragged-row"]);
  expect(translate(ragged!.message, "en")).toBe("total row 1: expected cells for 2 columns — found 1");
  expect(translate(ragged!.message, "vi")).toBe("dòng tổng cộng 1: phải có ô cho đủ 2 cột — tìm thấy 1");
});

test("shape problems are catalogue messages, in English and Vietnamese", () => {
  const [p] = checkTableShape({ rows: [["a", { text: "b", colspan: 0 }]] });
  expect(p?.path).toEqual(["rows", 0, 1, "colspan"]);
  expect(translate(p!.message, "en")).toBe(
    "expected `rows[0][1].colspan` to be a whole number of 1 or more — found `0`",
  );
  expect(translate(p!.message, "vi")).toBe("`rows[0][1].colspan` phải là số nguyên từ 1 trở lên — tìm thấy `0`");
  const [unknown] = checkTableShape({ header: [["a"]], titel: "x" });
  expect(translate(unknown!.hint!, "vi")).toBe("có phải ý là `title`?");
});
