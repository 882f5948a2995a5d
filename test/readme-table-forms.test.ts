/**
 * The README's examples of tables, figures and appendices build: each block is taken from the
 * README as written, put into a fragment of the minimal test repository, and compiled.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { compile } from "../src/pipeline.js";
import type { Table } from "../src/model/report.js";
import { memoryWorld } from "../src/world.js";
import { BASE, listFiles } from "./support/fixture-repo.js";

const README = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const section = README.slice(
  README.indexOf("### Tables, appendices (Phụ lục) and figures"),
  README.indexOf("### Lints"),
);
const CHART = readFileSync(
  fileURLToPath(new URL("../examples/cao-bang/reports/2024/bieu-do-kinh-phi.png", import.meta.url)),
);

const SVG_CHART = readFileSync(
  fileURLToPath(new URL("../examples/cao-bang/reports/2024/bieu-do-nhiem-vu.svg", import.meta.url)),
);

function baseFiles(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const f of listFiles(BASE)) files[f] = readFileSync(`${BASE}/${f}`);
  return files;
}

const fence = (lang: string, fenceText = "```") => {
  const start = section.indexOf(`${fenceText}${lang}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const from = start + fenceText.length + lang.length + 1;
  return section.slice(from, section.indexOf(`\n${fenceText}\n`, from));
};

test("the README's table, widths and figure examples build", async () => {
  const table = fence("markdown", "````");
  const gfm = section.slice(
    section.indexOf("```markdown\n| STT") + 12,
    section.indexOf("\n```", section.indexOf("```markdown\n| STT") + 12),
  );
  const figure = section.slice(
    section.indexOf("```markdown\n![") + 12,
    section.indexOf("\n```", section.indexOf("```markdown\n![") + 12),
  );
  const body = [gfm, table, figure].join("\n\n").replace(/^/gm, "  ");
  const files = baseFiles();
  files["reports/2023-11/monthly/qlkh.quan-ly.yaml"] = `unit: qlkh\nsection: quan-ly\nbody: |\n${body}\n`;
  files["reports/2023-11/bieu-01.csv"] =
    'STT,Nội dung,KH,ĐC,GT,TL\n3.,Hỗ trợ doanh nghiệp,"1.800","1.950","1.840","94,4"\n';
  files["reports/2023-11/bieu-do-kinh-phi.png"] = CHART;
  files["reports/2023-11/bieu-do-nhiem-vu.svg"] = SVG_CHART;
  const r = await compile({ periods: ["2023-11"], formats: ["docx", "pdf"] }, memoryWorld(files));
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const blocks = r.models[0]!.body;
  const tables = blocks.filter((b): b is Table => b.type === "table");
  expect(tables.map((t) => t.widthsFrom)).toEqual(["delimiter", "declared"]);
  expect(tables[1]!.headerRows).toBe(2);
  expect(tables[1]!.rows.length).toBe(2 + 2 + 1 + 1); // header, rows, CSV, total
  const formats = blocks.flatMap((b) => (b.type === "figure" ? [b.image.format] : []));
  expect(formats).toEqual(["png", "svg"]);
  // Unquoted numbers print as typed (8.200, not 8.2).
  const firstRow = tables[1]!.rows[2]!.map((c) => c.content.map((i) => (i.type === "text" ? i.text : "")).join(""));
  expect([firstRow[0], ...firstRow.slice(2)]).toEqual(["1.", "8.200", "8.050", "7.860", "97,6"]);
  // Cells hold inline Markdown: the footnote cited in a cell is numbered, the sub-item is in italics.
  const cells = tables[1]!.rows.flat().flatMap((c) => c.content);
  const [ref, ...more] = cells.filter((i) => i.type === "footnote");
  expect(more).toEqual([]);
  const note = r.models[0]!.footnotes.find((f) => ref?.type === "footnote" && f.n === ref.n);
  expect(note?.content).toEqual([{ type: "text", text: "Gồm 12 nhiệm vụ chuyển tiếp và 05 nhiệm vụ mở mới." }]);
  expect(cells.find((i) => i.type === "text" && i.text.startsWith("Thông tin"))).toMatchObject({ italic: true });
  expect(r.outputs.map((o) => o.path).sort()).toEqual(["out/2023-11/monthly.docx", "out/2023-11/monthly.pdf"]);
}, 60_000);

test("the README's outline with appendices is a valid outline", async () => {
  const outline = fence("yaml");
  const files = baseFiles();
  const config = String(files["bcreport.yaml"]);
  expect(outline).toContain("appendix: true");
  expect(config).toMatch(/\n {4}outline:\n/);
  // The README outline replaces the base kind's outline; units and sections it names exist in the base.
  const replaced = config.replace(/\n {4}outline:\n(?: {6}.*\n| {8}.*\n)*/, `\n${outline}\n`);
  files["bcreport.yaml"] = replaced;
  for (const f of Object.keys(files)) if (f.startsWith("reports/2023-11/monthly/")) delete files[f];
  files["reports/2023-11/monthly/vp.phu-luc-kinh-phi.yaml"] = "unit: vp\nsection: phu-luc-kinh-phi\nbody: Số liệu.\n";
  files["reports/2023-11/monthly/qlkh.phu-luc-nhiem-vu.yaml"] =
    "unit: qlkh\nsection: phu-luc-nhiem-vu\nbody: Danh mục.\n";
  files["reports/2023-11/monthly/vp.ket-qua.yaml"] = "unit: vp\nsection: ket-qua\nbody: Kết quả.\n";
  const r = await compile({ periods: ["2023-11"], formats: ["md"] }, memoryWorld(files));
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const appendices = r.models[0]!.appendices!;
  expect(appendices.map((a) => [a.label, a.landscape])).toEqual([
    ["PHỤ LỤC I", false],
    ["PHỤ LỤC II", true],
  ]);
  // Number not assigned: the reference line shows the blank number exactly as the header does.
  const header = r.models[0]!.frame.header.numberLine.replace(/^Số:\s?/, "");
  expect(appendices[0]!.reference).toContain(`số ${header} ngày`);
}, 60_000);
