/**
 * The DEMO period 2024 of examples/cao-bang (kind `annual`): merged Biểu tables, a table from CSV,
 * Phụ lục after the signature with a landscape page, a chart. Checks the DOCX XML and the PDF.
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../src/pipeline.js";
import type { ReportModel, Table } from "../src/model/report.js";
import { placeCells } from "../src/model/table-grid.js";
import { nodeWorld } from "../src/world.js";
import { all, kid, kids, textOf, val, readDocx, type DocxParts, type XmlElement } from "./support/docx-xml.js";
import { pdfPages, type PdfPage } from "./support/pdf-text.js";

const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang", import.meta.url));
let docx: DocxParts;
let pages: PdfPage[];
let model: ReportModel;

beforeAll(async () => {
  const r = await compile({ periods: ["2024"], formats: ["docx", "pdf"] }, nodeWorld(EXAMPLE));
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  docx = readDocx(r.outputs.find((o) => o.path.endsWith(".docx"))!.data);
  pages = await pdfPages(r.outputs.find((o) => o.path.endsWith(".pdf"))!.data);
  model = r.models[0]!;
}, 60_000);

const tables = () => all(docx.body, "w:tbl");
const mergedTables = (): Table[] =>
  [...model.body, ...(model.appendices ?? []).flatMap((a) => a.blocks)].filter(
    (b): b is Table => b.type === "table" && b.caption !== undefined,
  );
const plain = (t: Table, r: number, c: number) => placeCells(t).grid[r]![c]!;

describe("DOCX", () => {
  it("draws merged cells with w:gridSpan across and w:vMerge down", () => {
    const biểu = tables().filter((t) => textOf(t).includes("Tổng cộng"));
    expect(biểu).toHaveLength(2);
    for (const t of biểu) {
      const rows = kids(t, "w:tr");
      // Row 1: STT spans two rows (restart), Dự toán / Kinh phí spans two columns.
      const first = kids(rows[0]!, "w:tc");
      expect(val(kid(first[0]!, "w:tcPr"), "w:vMerge")).toBe("restart");
      expect(first.some((c) => val(kid(c, "w:tcPr"), "w:gridSpan") === "2")).toBe(true);
      // Row 2 continues the vertical merge in column 1.
      const second = kids(rows[1]!, "w:tc");
      expect(kid(kid(second[0]!, "w:tcPr")!, "w:vMerge")).toBeDefined();
      expect(val(kid(second[0]!, "w:tcPr"), "w:vMerge") ?? "continue").toBe("continue");
    }
  });

  it("marks every header row w:tblHeader and no other row", () => {
    for (const [i, t] of tables()
      .filter((x) => textOf(x).includes("Tổng cộng"))
      .entries()) {
      const flags = kids(t, "w:tr").map(
        (tr) =>
          kid(kid(tr, "w:trPr") ?? ({ name: "", attrs: {}, children: [] } as XmlElement), "w:tblHeader") !== undefined,
      );
      const headerRows = mergedTables()[i]!.headerRows;
      expect(headerRows).toBe(2);
      expect(flags.slice(0, headerRows)).toEqual([true, true]);
      expect(flags.slice(headerRows).every((f) => !f)).toBe(true);
    }
  });

  it("sets w:tblW to the text width and w:gridCol to the declared widths", () => {
    const t = tables().find((x) => textOf(x).includes("Dự toán năm 2024"))!;
    const tblW = Number(val(kid(t, "w:tblPr"), "w:tblW", "w:w"));
    expect(tblW).toBe(9354); // 165 mm
    const cols = all(kid(t, "w:tblGrid")!, "w:gridCol").map((c) => Number(c.attrs["w:w"]));
    const declared = [8, 40, 13, 13, 13, 13];
    const sum = declared.reduce((a, b) => a + b, 0);
    cols.forEach((w, i) => expect(Math.abs(w - (declared[i]! / sum) * tblW)).toBeLessThanOrEqual(6));
    expect(cols.reduce((a, b) => a + b, 0)).toBe(tblW);
  });

  it("puts the landscape appendix in its own section, page numbers running on", () => {
    const sects = all(docx.body, "w:sectPr");
    expect(sects.length).toBe(2);
    const landscape = sects.find((s) => val(s, "w:pgSz", "w:orient") === "landscape")!;
    expect(Number(val(landscape, "w:pgSz", "w:w"))).toBeGreaterThan(Number(val(landscape, "w:pgSz", "w:h")));
    for (const s of sects) expect(val(s, "w:pgNumType", "w:start")).toBeUndefined();
    expect(all(landscape, "w:headerReference").length).toBeGreaterThan(0);
    // Margins turned with the sheet: the binding margin (portrait left, 30 mm) on top (docs/decree-30.md#landscape-pages).
    expect(val(landscape, "w:pgMar", "w:top")).toBe("1701");
  });
});

describe("PDF", () => {
  it("prints the landscape appendix on a landscape page and numbers it on", () => {
    const last = pages[pages.length - 1]!;
    expect(last.width).toBeGreaterThan(last.height);
    expect(last.text).toContain("PHỤ LỤC II");
    expect(last.text.trim().startsWith(String(pages.length))).toBe(true);
  });

  it("prints the appendix's number and date as the header has them", () => {
    const squash = (s: string) => s.replace(/\s+/g, " ");
    const header = squash(pages[0]!.text);
    const number = /Số:\s*(\d+\s*\/\s*BC-SKHCN)/.exec(header)![1]!.replace(/\s/g, "");
    const date = /(ngày \d+ tháng \d+ năm \d+)/.exec(header)![1]!;
    expect(`${number} ${date}`).toBe("15/BC-SKHCN ngày 20 tháng 12 năm 2024");
    const appendixPages = pages.filter((p) => p.text.includes("PHỤ LỤC"));
    expect(appendixPages.length).toBe(2);
    for (const p of appendixPages)
      expect(squash(p.text).replace(/ ?\/ ?/g, "/")).toContain(
        `(Kèm theo Báo cáo số ${number} ${date} của Sở Khoa học và Công nghệ)`,
      );
  });

  it("breaks no word inside a cell: every word of every cell is printed whole", () => {
    const words = new Set(pages.flatMap((p) => p.items.flatMap((i) => i.str.split(/\s+/))));
    const tablesInModel = [...model.body, ...(model.appendices ?? []).flatMap((a) => a.blocks)].filter(
      (b): b is Table => b.type === "table",
    );
    expect(tablesInModel.length).toBe(3);
    for (const t of tablesInModel) {
      for (const row of t.rows) {
        for (const cell of row) {
          for (const run of cell.content) {
            if (run.type !== "text") continue;
            for (const word of run.text.split(/\s+/).filter(Boolean)) expect(words, `word "${word}"`).toContain(word);
          }
        }
      }
    }
    expect(plain(mergedTables()[0]!, 1, 0)).toHaveProperty("covered");
  });

  it("extracts the text of every cell as written: lines wrap only between words", () => {
    const squash = (s: string) => s.replace(/\s+/g, " ").trim();
    const all = squash(pages.map((p) => p.items.map((i) => i.str).join(" ")).join(" "));
    const tablesInModel = [...model.body, ...(model.appendices ?? []).flatMap((a) => a.blocks)].filter(
      (b): b is Table => b.type === "table",
    );
    for (const t of tablesInModel) {
      for (const cell of t.rows.flat()) {
        const text = squash(cell.content.map((r) => (r.type === "text" ? r.text : "")).join(""));
        if (text) expect(all, `cell "${text}"`).toContain(text);
      }
    }
  });
});
