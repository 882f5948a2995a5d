import { closingParagraphs, printedBlocks } from "../src/model/printed-blocks.js";
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { Document, Packer, Paragraph, TextRun } from "docx";
import type { Block, Inline, ReportModel } from "../src/model/report.js";
import { writePdf } from "../src/writers/pdf/write-pdf.js";
import { convertDocxWithLibreOffice } from "../src/writers/pdf/libreoffice.js";
import { translate } from "../src/messages/index.js";
import { typstString, typstText } from "../src/writers/pdf/typst-escape.js";
import { typstSource } from "../src/writers/pdf/typst-source.js";
import { sampleModel } from "./support/sample-model.js";
import { pdfFontDescriptors, pdfPages, pdfText } from "./support/pdf-text.js";

const t = (text: string): Inline => ({ type: "text", text });
/** Run text as printed: footnote references show their number. */
const plain = (runs: Inline[]): string =>
  runs.map((r) => (r.type === "text" ? r.text : r.type === "footnote" ? String(r.n) : " ")).join("");
const squash = (s: string): string => s.replace(/\s+/g, "");

/** Every word of `words` occurs in `text`, in this order (whitespace ignored: the PDF splits runs). */
function expectInOrder(text: string, words: string[]): void {
  const hay = squash(text);
  let at = 0;
  for (const w of words) {
    const i = hay.indexOf(w, at);
    expect(i, `"${w}" after position ${at} in: …${hay.slice(at, at + 80)}…`).toBeGreaterThanOrEqual(0);
    at = i + w.length;
  }
}

const wordsOf = (...texts: string[]): string[] =>
  texts
    .join(" ")
    .split(/\s+/)
    .filter((w) => w !== "");

function bodyText(model: ReportModel): string[] {
  const out: string[] = [];
  for (const p of printedBlocks(model.preamble)) if (p.type === "paragraph") out.push(p.marker + plain(p.content));
  for (const b of printedBlocks(model.body)) {
    if (b.type === "heading") out.push(`${b.number} ${plain(b.text)}`);
    else if (b.type === "paragraph") out.push(b.marker + plain(b.content));
    else if (b.type === "table") for (const row of b.rows) for (const cell of row) out.push(plain(cell.content));
  }
  for (const p of closingParagraphs(model.frame.closing)) out.push(plain(p.content));
  return out;
}

function longModel(paragraphs: number): ReportModel {
  const m = sampleModel();
  const extra: Block[] = Array.from({ length: paragraphs }, (_, i) => ({
    type: "paragraph",
    role: "body",
    content: [
      t(
        `- Đoạn số ${i + 1}: tiếp tục quản lý, theo dõi các nhiệm vụ khoa học và công nghệ cấp tỉnh, cấp cơ sở theo Quyết định số 1370/QĐ-UBND ngày 20/10/2023 của UBND tỉnh Cao Bằng.`,
      ),
    ],
  }));
  const second = m.body.findIndex((b) => b.type === "heading" && b.number === "II.");
  m.body.splice(second, 0, ...extra);
  return m;
}

describe("writePdf", () => {
  it("prints the frame, body and footnotes of the sample model in reading order", async () => {
    const model = sampleModel();
    const pdf = await writePdf(model);
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(pdf);
    const h = model.frame.header;
    // The header grid: left column, right column, then Số | date on one row.
    expectInOrder(text, wordsOf(...h.parentAgency, ...h.agency, h.nationalTitle, h.motto, h.numberLine, h.dateLine));
    expectInOrder(
      text,
      wordsOf(model.frame.docType, ...model.frame.title, model.frame.kinhGui!.heading, ...model.frame.kinhGui!.lines),
    );
    expectInOrder(text, wordsOf(...bodyText(model)));
    expectInOrder(text, wordsOf(model.frame.recipients.heading, ...model.frame.recipients.lines.map((l) => l.text)));
    expectInOrder(text, wordsOf(...model.frame.signature.lines, model.frame.signature.name));
    expectInOrder(text, wordsOf(...model.footnotes.map((f) => `${f.n}${plain(f.content)}`)));
  });

  it("puts footnotes at the bottom of the page, in the footnote size", async () => {
    const pages = await pdfPages(await writePdf(sampleModel()));
    const page = pages[0]!;
    const note = page.items.find((i) => i.str.includes("Nghiên cứu khảo nghiệm"));
    const closing = page.items.find((i) => i.str.includes("Trên đây là"));
    expect(note && closing).toBeTruthy();
    expect(note!.top).toBeGreaterThan(page.height * 0.8);
    expect(note!.top).toBeGreaterThan(closing!.top);
  });

  it("embeds the Tinos TTFs and no other font", async () => {
    const fonts = pdfFontDescriptors(await writePdf(sampleModel()));
    expect(fonts.length).toBeGreaterThanOrEqual(4); // regular, bold, italic, bold italic
    for (const f of fonts) {
      expect(f.fontName).toMatch(/^[A-Z]{6}\+Tinos-/);
      expect(f.fontFile2).toBe(true);
    }
  });

  it("numbers pages at the top from page 2 on", async () => {
    const pages = await pdfPages(await writePdf(longModel(40)));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const topMargin = (20 * 72) / 25.4;
    const numbersAtTop = (i: number) =>
      pages[i]!.items.filter((it) => it.top < topMargin && /^\d+$/.test(it.str.trim()));
    expect(numbersAtTop(0)).toEqual([]);
    for (let i = 1; i < pages.length; i++) {
      const found = numbersAtTop(i);
      expect(found.map((f) => f.str.trim())).toEqual([String(i + 1)]);
      const centre = (pages[i]!.width + ((30 - 15) * 72) / 25.4) / 2;
      expect(Math.abs(found[0]!.x - centre)).toBeLessThan(20);
    }
  });

  it("never splits the signature block and never leaves a heading at a page bottom", async () => {
    let headingStartsPage = 0;
    for (let n = 24; n <= 40; n++) {
      const pages = await pdfPages(await writePdf(longModel(n)));
      const where = (s: string) => pages.findIndex((p) => p.text.includes(s));
      expect(where("Nơi nhận:")).toBe(where("Nông Thành Thân"));
      expect(where("KT. GIÁM ĐỐC")).toBe(where("Lưu: VT, VP."));
      const page = where("NHIỆM VỤ TRỌNG TÂM");
      expect(page).toBe(where("Tiếp tục tham mưu xây dựng"));
      const body = pages[page]!.items.filter((i) => i.str.trim() !== "" && i.top > 60);
      const first = body.reduce((a, b) => (b.top < a.top ? b : a));
      if (pages[page]!.text.includes("NHIỆM VỤ TRỌNG TÂM") && first.str.includes("II.")) headingStartsPage++;
    }
    // Some of these lengths would have left the heading alone at the bottom of a page.
    expect(headingStartsPage).toBeGreaterThan(0);
  });

  it("lets a Nơi nhận list longer than a page flow onto the next page, the signature beside its start", async () => {
    const m = sampleModel();
    const items = Array.from({ length: 30 }, (_, i) => ({
      text: `- Phòng Văn hóa và Thông tin huyện số ${i + 1} của tỉnh Cao Bằng;`,
    }));
    m.frame.recipients.lines = [...items, { text: "- Lưu: VT, VP." }];
    const pages = await pdfPages(await writePdf(m));
    const where = (s: string) => pages.findIndex((p) => squash(p.text).includes(squash(s)));
    expect(where("Nơi nhận:")).toBe(where("Nông Thành Thân"));
    expect(where("huyện số 1 của")).toBe(where("Nông Thành Thân"));
    expect(where("Lưu: VT, VP.")).toBeGreaterThan(where("Nông Thành Thân"));
    for (let i = 1; i <= 30; i++) expect(where(`huyện số ${i} của`), `item ${i}`).toBeGreaterThanOrEqual(0);
    const bottom = ((m.layout.page.margin.bottom - 2) * 72) / 25.4;
    for (const page of pages) {
      const text = page.items.filter((it) => it.str.trim() !== "");
      // Nothing printed below the bottom margin, no two lines printed over each other.
      for (const it of text) expect(it.top, it.str).toBeLessThan(page.height - bottom);
      for (const a of text) {
        const over = text.filter(
          (b) => b !== a && Math.abs(b.top - a.top) < 3 && b.x < a.x + a.width - 1 && a.x < b.x + b.width - 1,
        );
        expect(
          over.map((b) => b.str),
          a.str,
        ).toEqual([]);
      }
    }
  });

  it("prints markup characters literally everywhere", async () => {
    const nasty = [
      `*bold* _it_ #set text(red) $x^2$ @ref <lbl> [a] \\ \` ~ = + - / {{z}}`,
      `// not a comment`,
      `/* not a comment either */ "quoted" 'single' --- ... #"str" #{1+1} \\u{41}`,
    ];
    const m = sampleModel();
    m.frame.header.agency = [`SỞ ${nasty[0]}`];
    m.frame.header.numberLine = `Số: 05/BC-SKHCN ${nasty[1]}`;
    m.frame.title = [nasty[2]!];
    m.frame.kinhGui = { label: "Kính gửi", heading: "Kính gửi:", lines: [`- A ${nasty[1]};`, `- B ${nasty[0]}.`] };
    m.frame.recipients.lines.push({ text: `- ${nasty[2]};` });
    m.frame.signature.name = `Tên #name`;
    m.preamble = [{ type: "paragraph", role: "preamble", content: nasty.map(t) }];
    m.body = [
      {
        type: "heading",
        level: 1,
        number: "I.",
        text: [t(nasty[0]!)],
        style: { bold: true, italic: false, align: "center" },
        section: "x",
      },
      {
        type: "list",
        role: "body",
        items: [{ marker: "= ", content: [t(nasty[1]!), { type: "footnote", n: 1 }], blocks: [] }],
      },
      {
        type: "table",
        align: [null, null],
        headerRows: 1,
        rows: [
          [{ content: [t(nasty[2]!)] }, { content: [t("]")] }],
          [{ content: [t("[")] }, { content: [t(nasty[0]!)] }],
        ],
        widths: [0.5, 0.5],
      },
    ];
    m.footnotes = [{ n: 1, content: [t(nasty[2]!)] }];
    const text = await pdfText(await writePdf(m));
    expectInOrder(text, [squash(`SỞ ${nasty[0]}`), squash(nasty[1]!), squash(nasty[2]!)]);
    for (const s of [...nasty, `A ${nasty[1]};`, `- B ${nasty[0]}.`, "Tên #name", `I. ${nasty[0]}`, `= ${nasty[1]}`]) {
      expect(squash(text)).toContain(squash(s));
    }
  });

  it("is deterministic and dates the PDF from meta.epoch", async () => {
    const a = await writePdf(sampleModel());
    const b = await writePdf(sampleModel());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const raw = Buffer.from(a).toString("latin1");
    expect(raw).toContain("/CreationDate (D:20231120000000");
    expect(raw).toContain("<xmp:CreateDate>2023-11-20T00:00:00");
  });

  it("writes PDF/A-2b when asked", async () => {
    const raw = Buffer.from(await writePdf(sampleModel(), { pdfA: true })).toString("latin1");
    expect(raw).toMatch(/pdfaid:part(>|=")2/);
    expect(raw).toMatch(/pdfaid:conformance(>|=")B/);
    expect(raw).toContain("/OutputIntents");
    const plainPdf = Buffer.from(await writePdf(sampleModel())).toString("latin1");
    expect(plainPdf).not.toContain("pdfaid:part");
  });
});

describe("Typst source", () => {
  it("emits model text only as string literals", () => {
    expect(typstString(`a\\b"c\nd`)).toBe(`"a\\\\b\\"c\\nd"`);
    const src = typstSource(sampleModel());
    expect(src).not.toMatch(/#import|#include|read\(/);
    expect(src).toContain(`#set text(font: ("Times New Roman", "Tinos",)`);
  });

  it("boxes document references so they never break at / or -", () => {
    const box = (s: string) => `box(text(bottom-edge: "baseline", "${s}"))`;
    expect(typstText("QĐ số 1370/QĐ-UBND ngày 20/10/2023.")).toBe(
      `[#"QĐ số "#${box("1370/QĐ-UBND")}#" ngày "#${box("20/10/2023.")}]`,
    );
    expect(typstText("kinh tế - xã hội, https://a.gov.vn/x")).toBe('"kinh tế - xã hội, https://a.gov.vn/x"');
    expect(typstText("")).toBe('""');
  });
});

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));

describe("convertDocxWithLibreOffice", () => {
  it.skipIf(!soffice)("converts a DOCX to PDF", { timeout: 180_000 }, async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [new TextRun({ text: "Xin chào LibreOffice 30/2020/NĐ-CP", font: "Times New Roman" })],
            }),
          ],
        },
      ],
    });
    const docx = new Uint8Array(await Packer.toBuffer(doc));
    const res = await convertDocxWithLibreOffice(docx, { soffice: soffice! });
    if (!res.ok) throw new Error(`${translate(res.message, "en")} (${res.hint ? translate(res.hint, "en") : ""})`);
    expect(Buffer.from(res.pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(await pdfText(res.pdf)).toContain("Xin chào LibreOffice 30/2020/NĐ-CP");
    expect(
      pdfFontDescriptors(res.pdf)
        .map((f) => f.fontName)
        .join(" "),
    ).toMatch(/Tinos/);
  });

  it("reports a missing binary clearly", async () => {
    const res = await convertDocxWithLibreOffice(new Uint8Array([1, 2, 3]), { soffice: "/nonexistent/bin/soffice" });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(translate(res.message, "en")).toContain("`/nonexistent/bin/soffice`");
    expect(res.hint && translate(res.hint, "en")).toMatch(/install LibreOffice/);
    expect(res.hint && translate(res.hint, "vi")).toMatch(/^cài LibreOffice/);
  });

  it("reports LibreOffice missing from PATH", async () => {
    const res = await convertDocxWithLibreOffice(new Uint8Array([1]), { env: { PATH: "/nonexistent" } });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(translate(res.message, "en")).toBe("expected LibreOffice (`soffice`) on PATH — found none");
    expect(translate(res.message, "vi")).toBe("không tìm thấy LibreOffice (`soffice`) trong các thư mục của PATH");
  });
});
