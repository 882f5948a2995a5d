/**
 * The invented second department (examples/song-xanh): its 6-month report builds without a problem
 * and has the outline its configuration asks for — parts A/B/C numbered per branch, the kept gap
 * (I. II. IV.; a) b) e)), run-in headings, the section three units write item by item in the order
 * of the report file, planned tasks grouped by unit with bullets, the "Không." of an empty section —
 * every unit's words in the DOCX in order, and the PDF saying what the DOCX says — and section a)
 * with its wide Biểu on a landscape page inside the body, numbered on, portrait again after it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import type { CompileResult } from "../src/compile-api.js";
import type { ReportModel } from "../src/model/report.js";
import { compile } from "../src/pipeline.js";
import { nodeWorld } from "../src/world.js";
import { docxText } from "./support/docx-text.js";
import { all, kid, readDocx, textOf, val } from "./support/docx-xml.js";
import { pdfFontDescriptors, pdfPages, type PdfPage } from "./support/pdf-text.js";
import { alignWords, tokenize } from "./support/similarity.js";

const EXAMPLE = fileURLToPath(new URL("../examples/song-xanh", import.meta.url));
const FRAGMENTS = join(EXAMPLE, "reports/2024-H1/sau-thang");
const MM = 72 / 25.4;

let built: CompileResult;
let model: ReportModel;
const output = (path: string) => built.outputs.find((o) => o.path === path)!.data;

beforeAll(async () => {
  built = await compile({ periods: ["2024-H1"], formats: ["docx", "pdf", "json", "md"] }, nodeWorld(EXAMPLE));
  model = JSON.parse(Buffer.from(output("out/2024-H1/sau-thang.json")).toString("utf8")) as ReportModel;
});

const plain = (content: ReadonlyArray<{ type: string; text?: string }>) =>
  content.map((r) => (r.type === "text" ? r.text : "")).join("");
/** Markdown marks and footnote calls off, for comparing words with the built text. */
const words = (markdown: string) =>
  tokenize(markdown.replace(/\[\^[^\]]+\]:?/g, " ").replace(/[*^~]/g, ""))
    .map((w) => w.replace(/^[\p{P}]+|[\p{P}]+$/gu, ""))
    .filter(Boolean);

describe("examples/song-xanh", () => {
  it("builds DOCX, PDF and the model without a problem", () => {
    expect(built.diagnostics).toEqual([]);
    expect(built.outputs.map((o) => o.path).sort()).toEqual([
      "out/2024-H1/sau-thang.docx",
      "out/2024-H1/sau-thang.json",
      "out/2024-H1/sau-thang.md",
      "out/2024-H1/sau-thang.pdf",
    ]);
  });

  it("numbers each part its own way and keeps the document's gaps", () => {
    const headings = model.body.filter((b) => b.type === "heading").map((h) => `${h.number} ${plain(h.text)}`);
    expect(headings).toEqual([
      "A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024",
      "I. Công tác tham mưu, chỉ đạo, điều hành",
      "II. Công tác chuyên môn",
      "IV. Đánh giá chung",
      "B. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024",
    ]);
    const runIn = model.body.filter(
      (b) =>
        b.type === "paragraph" &&
        b.content[0]?.type === "text" &&
        (b.content[0].italic || b.content[0].bold) &&
        /^[a-zC]\W/.test(plain(b.content)),
    );
    expect(runIn.map((p) => (p.type === "paragraph" ? plain(p.content).slice(0, 30) : ""))).toEqual([
      "a) Về đất đai: Cấp 1.245 giấy ",
      "b) Về bảo vệ môi trường: Quan ",
      "e) Về kinh phí: Giải ngân 18.4",
      "C. KIẾN NGHỊ, ĐỀ XUẤT: Không.",
    ]);
  });

  it("prints the items of three units in the report file's order", () => {
    const order = (
      parse(readFileSync(join(EXAMPLE, "reports/2024-H1/sau-thang.yaml"), "utf8")) as {
        order: Record<string, string[]>;
      }
    ).order["tham-muu"]!;
    const lists = model.body.filter((b) => b.type === "list" && b.source?.section === "tham-muu");
    expect(lists.map((l) => (l.type === "list" ? l.source!.unit : ""))).toEqual(order.map((key) => key.split(".")[0]));
  });

  it("groups the planned tasks by unit with bullets", () => {
    const tasks = model.body.filter((b) => (b.type === "paragraph" || b.type === "list") && b.role === "task");
    const lines = tasks.flatMap((b) =>
      b.type === "list"
        ? b.items.map((i) => i.marker + plain(i.content))
        : b.type === "paragraph"
          ? [plain(b.content)]
          : [],
    );
    expect(lines.filter((l) => l.endsWith(":"))).toEqual([
      "Văn phòng Sở:",
      "Phòng Quản lý đất đai:",
      "Chi cục Bảo vệ môi trường:",
    ]);
    expect(lines.filter((l) => !l.endsWith(":")).every((l) => l.startsWith("- "))).toBe(true);
  });

  it("has every unit's words in the DOCX, in order (text against its source)", () => {
    const docx = docxText(output("out/2024-H1/sau-thang.docx"));
    const built = words(docx.allParagraphs.join(" ") + " " + docx.footnoteWords.join(" "));
    for (const file of readdirSync(FRAGMENTS).sort()) {
      const f = parse(readFileSync(join(FRAGMENTS, file), "utf8")) as {
        body?: string;
        items?: Record<string, string>;
        tasks?: string[];
      };
      // A ```table block's words are its cells' (checked in the landscape test below), not its YAML.
      const body = (f.body ?? "").replace(/```table[\s\S]*?```/g, "");
      for (const text of [body, ...Object.values(f.items ?? {}), ...(f.tasks ?? [])]) {
        const source = words(text);
        expect(alignWords(source, built).matches, `${file}: ${text.slice(0, 40)}`).toBe(source.length);
      }
    }
  });

  it("has the DOCX's words in the PDF, superscripts and the footnote's list included, with Tinos embedded", async () => {
    const docx = docxText(output("out/2024-H1/sau-thang.docx"));
    const pages = await pdfPages(output("out/2024-H1/sau-thang.pdf"));
    const pdf = words(
      pages
        .map((p) => p.text)
        .join(" ")
        .replace(/(^|\s)\d+(?=\p{L})/gu, "$1"),
    );
    const docxWords = words(docx.allParagraphs.join(" "));
    expect(alignWords(docxWords, pdf).matches / docxWords.length).toBeGreaterThanOrEqual(0.98);
    const note = words(docx.footnoteWords.join(" "));
    expect(alignWords(note, pdf).matches / note.length).toBeGreaterThanOrEqual(0.98);
    expect(pages.length).toBe(3);
    for (const f of pdfFontDescriptors(output("out/2024-H1/sau-thang.pdf"))) expect(f.fontFile2, f.fontName).toBe(true);
  });

  describe("section a) on a landscape page (`landscape: true` on `dat-dai`)", () => {
    it("places the section and the heading just before it on landscape pages in the model", () => {
      const placed = model.body.filter((b) => b.landscape);
      expect(placed.map((b) => b.type)).toEqual(["heading", "paragraph", "paragraph", "table"]);
      expect(placed[0]!.type === "heading" && placed[0]!.section).toBe("chuyen-mon");
      expect(placed[1]!.type === "paragraph" && plain(placed[1]!.content)).toMatch(/^a\) Về đất đai: /);
    });

    it("prints it on page 2 turned landscape, numbered 2 at the top centre, portrait again after", async () => {
      const pages = await pdfPages(output("out/2024-H1/sau-thang.pdf"));
      expect(pages.map((p) => (p.width > p.height ? "landscape" : "portrait"))).toEqual([
        "portrait",
        "landscape",
        "portrait",
      ]);
      const [, turned, after] = pages as [PdfPage, PdfPage, PdfPage];
      expect(turned.text).toContain("Biểu số 01");
      expect(turned.text).not.toContain("b) Về bảo vệ môi trường");
      expect(after.text.replace(/\s+/g, " ")).toMatch(/^3 b\) Về bảo vệ môi trường/);
      // Page numbers as on portrait pages: 10 mm from the top edge, centred on the text width.
      for (const [page, n] of [
        [turned, "2"],
        [after, "3"],
      ] as const) {
        const number = page.items.find((i) => i.str === n)!;
        expect(number.top).toBeLessThan(20 * MM + 14);
        const turnedMargins = page === turned ? [20, 20] : [30, 15];
        const centre = (turnedMargins[0]! * MM + page.width - turnedMargins[1]! * MM) / 2;
        expect(Math.abs(number.x + number.width / 2 - centre)).toBeLessThan(1);
      }
      // Every cell of the Biểu on that page, whole.
      const table = model.body.find((b) => b.type === "table")!;
      for (const row of table.type === "table" ? table.rows : [])
        for (const cell of row) expect(turned.text.replace(/\s+/g, " ")).toContain(plain(cell.content));
    });

    it("gives it a DOCX section of its own, landscape with turned margins, numbering running on", () => {
      const docx = readDocx(output("out/2024-H1/sau-thang.docx"));
      const sections = all(docx.body, "w:sectPr");
      expect(sections.map((x) => val(x, "w:pgSz", "w:orient") ?? "portrait")).toEqual([
        "portrait",
        "landscape",
        "portrait",
      ]);
      const turned = sections[1]!;
      expect(kid(turned, "w:pgSz")!.attrs).toMatchObject({ "w:w": "16838", "w:h": "11906" });
      expect(kid(turned, "w:pgMar")!.attrs).toMatchObject({
        "w:top": "1701",
        "w:right": "1134",
        "w:bottom": "850",
        "w:left": "1134",
      });
      for (const x of sections) expect(val(x, "w:pgNumType", "w:start")).toBeUndefined();
      // The Biểu is as wide as the landscape text (297 − 20 − 20 mm).
      const biểu = all(docx.body, "w:tbl").find((t) => textOf(t).includes("Tổng cộng"))!;
      expect(val(kid(biểu, "w:tblPr"), "w:tblW", "w:w")).toBe("14570");
    });

    it("marks the landscape part in the review Markdown", () => {
      const md = Buffer.from(output("out/2024-H1/sau-thang.md")).toString("utf8");
      expect(md).toMatch(/<!-- landscape -->\n\n### II\. Công tác chuyên môn\n\n\*a\) Về đất đai:\*/);
      expect(md).toMatch(/\| \*\*Tổng cộng\*\* .*\n\n<!-- \/landscape -->\n\n\*b\) Về bảo vệ môi trường:\*/);
    });
  });
});
