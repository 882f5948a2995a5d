/**
 * Inline content in table cells through every writer: the golden case `ok-table-cell-inlines` (a
 * pipe table and a ```table block whose cells hold bold, italics, ^sup^, a link and footnote
 * references also cited in prose) built to DOCX, PDF and Markdown.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Inline, ReportModel, Table } from "../src/model/report.js";
import { compile } from "../src/pipeline.js";
import { nodeWorld } from "../src/world.js";
import { all, kid, on, readDocx, textOf, val, type DocxParts, type XmlElement } from "./support/docx-xml.js";
import { materialiseCase } from "./support/fixture-repo.js";
import { pdfPages, type PdfPage } from "./support/pdf-text.js";

const dir = mkdtempSync(join(tmpdir(), "bcreport-cell-inlines-"));
let docx: DocxParts;
let pages: PdfPage[];
let markdown: string;
let model: ReportModel;

beforeAll(async () => {
  materialiseCase("ok-table-cell-inlines", dir);
  const r = await compile({ periods: ["2023-11"], formats: ["docx", "pdf", "md"] }, nodeWorld(dir));
  expect(r.diagnostics).toEqual([]);
  const out = (ext: string) => r.outputs.find((o) => o.path.endsWith(ext))!.data;
  docx = readDocx(out(".docx"));
  pages = await pdfPages(out(".pdf"));
  markdown = new TextDecoder().decode(out(".md"));
  model = r.models[0]!;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tables = (): Table[] => model.body.filter((b): b is Table => b.type === "table");
const refs = (content: readonly Inline[]) => content.flatMap((i) => (i.type === "footnote" ? [i] : []));
const runs = (el: XmlElement) => all(el, "w:r");
const runWith = (el: XmlElement, text: string) => runs(el).find((r) => textOf(r) === text)!;

describe("model", () => {
  it("numbers footnotes in cells with the prose's: one note cited in prose and in two cells has one number", () => {
    const prose = model.body.find((b) => b.type === "paragraph" && plainText(b.content).startsWith("Kiểm định"));
    expect(prose?.type === "paragraph" && refs(prose.content)).toEqual([{ type: "footnote", n: 3 }]);
    const [pipe, grid] = tables();
    expect(refs(pipe!.rows[1]![2]!.content)).toEqual([{ type: "footnote", n: 3, repeat: true }]);
    expect(grid!.rows.flat().flatMap((c) => refs(c.content))).toEqual([
      { type: "footnote", n: 4 },
      { type: "footnote", n: 3, repeat: true },
    ]);
    expect(model.footnotes.map((f) => [f.n, plainText(f.content)])).toEqual([
      [1, "Kế hoạch số 447/KH-UBND ngày 02/3/2022."],
      [2, "Theo Nghị quyết 93/2021/NQ-HĐND."],
      [3, "Theo Thông tư số 24/2013/TT-BKHCN."],
      [4, "Gồm 02 đề tài chuyển tiếp."],
    ]);
  });
});

describe("DOCX", () => {
  const cellsOf = () => all(docx.body, "w:tbl").flatMap((t) => all(t, "w:tc"));
  const cell = (text: string) => cellsOf().find((c) => textOf(c).startsWith(text))!;

  it("keeps a bold run, italics and a superscript inside w:tc", () => {
    expect(on(kid(runWith(cell("Đề tài"), "Đề tài"), "w:rPr"), "w:b")).toBe(true);
    expect(on(kid(runWith(cell("Đề tài"), " cấp tỉnh"), "w:rPr"), "w:b")).toBe(false);
    expect(on(kid(runWith(cell("Dự án"), "Dự án"), "w:rPr"), "w:i")).toBe(true);
    expect(val(kid(runWith(cell("Diện tích"), "2"), "w:rPr"), "w:vertAlign")).toBe("superscript");
    expect(val(kid(runWith(cell("Thực hiện"), "(1)"), "w:rPr"), "w:vertAlign")).toBe("superscript");
  });

  it("puts a real footnote reference inside w:tc, and a repeated note as its number", () => {
    const first = all(cell("Đề tài"), "w:footnoteReference");
    expect(first.map((f) => f.attrs["w:id"])).toEqual(["4"]);
    const repeat = cell("Dự án");
    expect(all(repeat, "w:footnoteReference")).toEqual([]);
    expect(val(kid(runWith(repeat, "3"), "w:rPr"), "w:vertAlign")).toBe("superscript");
    expect(all(cell("Cổng"), "w:hyperlink")).toHaveLength(1);
  });
});

describe("PDF", () => {
  const text = () =>
    pages
      .map((p) => p.text)
      .join(" ")
      .replace(/\s+/g, " ");

  it("prints the text of every cell, marks and footnote numbers included", () => {
    for (const t of ["Phòng thử nghiệm", "Đề tài cấp tỉnh", "Dự án sản xuất thử", "Cổng", "Tổng cộng"])
      expect(text()).toContain(t);
    // The footnotes cited only in cells are at the foot of the page, numbered as in the model.
    expect(text()).toContain("Gồm 02 đề tài chuyển tiếp.");
    expect(text()).toMatch(/4\s*Gồm 02 đề tài chuyển tiếp\./);
  });

  it("sets a superscript smaller and higher than the cell's text", () => {
    const items = pages.flatMap((p) => p.items);
    const m = items.find((i) => i.str.includes("Diện tích (m"))!;
    const two = items.find((i) => i.str === "2" && Math.abs(i.top - m.top) < 6 && i.x > m.x)!;
    expect(two.size).toBeLessThan(m.size);
    expect(two.top).toBeLessThan(m.top);
  });
});

describe("Markdown review text", () => {
  it("writes the marks back in both table forms", () => {
    expect(markdown).toContain("| **Phòng thử nghiệm** | 120 | *đạt*[^3] |");
    expect(markdown).toContain("| STT | Nội dung | Kế hoạch | Thực hiện^(1)^ |");
    expect(markdown).toContain("| 1. | **Đề tài** cấp tỉnh[^4] | 1.200 | 1.150 |");
    expect(markdown).toContain("| 2. | *Dự án* sản xuất thử[^3] | 900 | [Cổng](https://khcncaobang.gov.vn) |");
  });
});

function plainText(content: readonly Inline[]): string {
  return content.map((i) => (i.type === "text" ? i.text : "")).join("");
}

describe("PDF, a footnote in a header repeated on every page", () => {
  it("makes one note, cited by its number on each page, and numbers later notes on", async () => {
    const long = materialised("ok-table-cell-inlines");
    const rows = Array.from({ length: 70 }, (_, i) => `    - ["${i + 1}.", "Nhiệm vụ số ${i + 1}", "${i + 10}"]`);
    const fragment = [
      "unit: qlkh",
      "section: quan-ly",
      "body: |",
      "  ```table",
      "  header:",
      '    - [STT, "Nội dung[^h]", Kinh phí]',
      "  rows:",
      ...rows,
      "  ```",
      "",
      "  Sau bảng[^s].",
      "",
      "  [^h]: Ghi chú ở tiêu đề.",
      "  [^s]: Ghi chú sau bảng.",
    ].join("\n");
    writeFileSync(join(long, "reports/2023-11/monthly/qlkh.quan-ly.yaml"), fragment + "\n");
    const r = await compile({ periods: ["2023-11"], formats: ["pdf"] }, nodeWorld(long));
    expect(r.diagnostics).toEqual([]);
    const notes = r.models[0]!.footnotes.map((f) => [f.n, plainText(f.content)]);
    expect(notes.slice(2)).toEqual([
      [3, "Ghi chú ở tiêu đề."],
      [4, "Ghi chú sau bảng."],
    ]);
    const printed = await pdfPages(r.outputs[0]!.data);
    const tablePages = printed.filter((p) => p.text.includes("Nhiệm vụ số"));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const p of tablePages) expect(p.text).toMatch(/Nội dung ?3/);
    const all = printed.map((p) => p.text).join(" ");
    expect(all.match(/Ghi chú ở tiêu đề/g)).toHaveLength(1);
    expect(all).toMatch(/Sau bảng ?4/);
    expect(all).toMatch(/4 ?Ghi chú sau bảng/);
  }, 60_000);
});

function materialised(name: string): string {
  const to = mkdtempSync(join(tmpdir(), "bcreport-cell-inlines-"));
  materialiseCase(name, to);
  extra.push(to);
  return to;
}
const extra: string[] = [];
afterAll(() => {
  for (const d of extra) rmSync(d, { recursive: true, force: true });
});
