/**
 * The DOCX writer's body: paragraphs, headings, inline marks, links, footnotes, tables.
 * Checked the way pandoc checks its DOCX writer: unzip, parse the parts,
 * assert on the XML. Geometry is written as numbers from the decree's rules
 * (docs/decree-30.md), not recomputed with the writer's helpers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { all, kid, kids, on, readDocx, styleById, textOf, val } from "./support/docx-xml.js";
import type { DocxParts, XmlElement } from "./support/docx-xml.js";
import {
  TEXT_WIDTH,
  bodyTables as tablesOf,
  cells,
  findParagraph,
  gridCols,
  paragraphs,
  pPr,
  rPr,
  runWith,
  runs,
  sampleModel,
  writeSample,
} from "./support/docx-fixture.js";
import { writeDocx } from "../src/writers/docx/write-docx.js";
import type { Inline } from "../src/model/report.js";

let docx: DocxParts;
beforeAll(async () => {
  ({ docx } = await writeSample());
});
const bodyTables = () => tablesOf(docx);

describe("body", () => {
  it("writes the preamble and body paragraphs in Body Text with their marks", () => {
    const preamble = findParagraph(docx.body, "Thực hiện chế độ báo cáo định kỳ");
    expect(val(pPr(preamble), "w:pStyle")).toBe("BodyText");
    expect(on(rPr(runWith(preamble, "số liệu tính từ ngày 17/10/2023 đến thời điểm báo cáo")), "w:i")).toBe(true);

    const item = findParagraph(docx.body, "Trình Chủ tịch UBND tỉnh");
    expect(textOf(item).startsWith("- Trình Chủ tịch")).toBe(true);
    expect(on(rPr(runWith(item, "Oryza sativa")), "w:i")).toBe(true);
    expect(on(rPr(runWith(item, "nhãn hiệu")), "w:b")).toBe(true);
    expect(on(rPr(runWith(item, ". Giống lúa ")), "w:b")).toBe(false);
  });

  it('prints & < > " and template braces literally', () => {
    const item = findParagraph(docx.body, "Trình Chủ tịch UBND tỉnh");
    expect(textOf(item)).toContain(' <x> & "y" {{z}} #set * _ $ @ [ ] \\ ` ~ = + /');
    expect(docx.raw["word/document.xml"]).toContain("&lt;x&gt; &amp; ");
  });

  it("indents nested list items and prints their marker", () => {
    const nested = findParagraph(docx.body, "Trang web");
    expect(textOf(nested).startsWith("+ Trang web")).toBe(true);
    expect(Number(kid(pPr(nested)!, "w:ind")!.attrs["w:left"])).toBeGreaterThan(0);
  });

  it("makes links real hyperlinks to their target", () => {
    const link = all(docx.body, "w:hyperlink")[0]!;
    expect(textOf(link)).toBe("https://khcncaobang.gov.vn");
    const rel = kids(docx.rels, "Relationship").find((r) => r.attrs.Id === link.attrs["r:id"])!;
    expect(rel.attrs).toMatchObject({ Target: "https://khcncaobang.gov.vn", TargetMode: "External" });
  });

  it("writes headings as number + text in Heading N styles", () => {
    const expected = [
      ["Heading1", "I. KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG 11 NĂM 2023"],
      ["Heading2", "1. Kết quả đạt được"],
      ["Heading3", "1.1. Công tác tham mưu"],
      ["Heading1", "II. NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2023"],
    ];
    const headings = kids(docx.body, "w:p").filter((p) => /^Heading\d$/.test(val(pPr(p), "w:pStyle") ?? ""));
    expect(headings.map((p) => [val(pPr(p), "w:pStyle"), textOf(p)])).toEqual(expected);
  });

  it("gives a heading that differs from its level direct formatting", async () => {
    const model = sampleModel();
    const second = model.body.find((b) => b.type === "heading" && b.number === "II.");
    if (second?.type !== "heading") throw new Error("sample changed");
    second.style = { bold: false, italic: true, align: "center" };
    const body = readDocx(await writeDocx(model)).body;
    const p = findParagraph(body, "NHIỆM VỤ TRỌNG TÂM");
    expect(val(pPr(p), "w:jc")).toBe("center");
    for (const r of runs(p)) {
      expect(kid(rPr(r)!, "w:b")!.attrs["w:val"]).toBe("false");
      expect(on(rPr(r), "w:i")).toBe(true);
    }
    expect(
      pPr(findParagraph(body, "KẾT QUẢ HOẠT ĐỘNG KH&CN")) &&
        val(pPr(findParagraph(body, "KẾT QUẢ HOẠT ĐỘNG KH&CN")), "w:jc"),
    ).toBeUndefined();
  });

  it("writes every inline mark and line breaks", async () => {
    const model = sampleModel();
    const t = (text: string, marks: object = {}): Inline => ({ type: "text", text, ...marks });
    model.body.push({
      type: "paragraph",
      role: "body",
      content: [
        t("gạch", { strike: true }),
        t("chân", { underline: true }),
        t("m", { superscript: true }),
        { type: "break" },
        t("2", { subscript: true }),
        t("`a<b`", { code: true }),
      ],
    });
    const body = readDocx(await writeDocx(model)).body;
    const p = findParagraph(body, "gạch");
    expect(on(rPr(runWith(p, "gạch")), "w:strike")).toBe(true);
    expect(val(rPr(runWith(p, "chân")), "w:u")).toBe("single");
    expect(val(rPr(runWith(p, "m")), "w:vertAlign")).toBe("superscript");
    expect(val(rPr(runWith(p, "2")), "w:vertAlign")).toBe("subscript");
    expect(textOf(p)).toBe("gạchchânm\n2`a<b`");
  });

  it("keeps the closing sentence with the signature", () => {
    const closing = findParagraph(docx.body, "Trên đây là Báo cáo");
    expect(val(pPr(closing), "w:pStyle")).toBe("BodyText");
    expect(kid(pPr(closing)!, "w:keepNext")).toBeDefined();
    expect(kids(docx.body)[kids(docx.body).indexOf(closing) + 1]).toBe(bodyTables().at(-1));
  });
});

describe("footnotes", () => {
  const notes = () => kids(docx.footnotes, "w:footnote").filter((f) => Number(f.attrs["w:id"]) > 0);

  it("are real Word footnotes with the model's numbers and text", () => {
    expect(notes().map((f) => [f.attrs["w:id"], textOf(f).trim()])).toEqual([
      ["1", "QĐ số 1370/QĐ-UBND ngày 20/10/2023"],
      ["2", "Nghiên cứu khảo nghiệm giống Giổi ăn hạt (Michelia tonkinensis A.Chev.)."],
    ]);
    for (const f of notes()) {
      expect(val(pPr(paragraphs(f)[0]!), "w:pStyle")).toBe("FootnoteText");
      expect(all(f, "w:footnoteRef")).toHaveLength(1);
    }
    expect(on(rPr(runWith(notes()[1]!, "Michelia tonkinensis")), "w:i")).toBe(true);
  });

  it("are referenced in reading order with the Footnote Reference style", () => {
    const refs = all(docx.body, "w:footnoteReference");
    expect(refs.map((r) => r.attrs["w:id"])).toEqual(["1", "2"]);
    const refRuns = all(docx.body, "w:r").filter((r) => kid(r, "w:footnoteReference"));
    for (const r of refRuns) expect(val(rPr(r), "w:rStyle")).toBe("FootnoteReference");
  });

  it("carry links as real hyperlinks with stable relationship ids", async () => {
    const model = sampleModel();
    model.footnotes[0]!.content.push({ type: "text", text: " xem web", link: "https://example.gov.vn/a?b=1&c=2" });
    const out = readDocx(await writeDocx(model));
    const link = all(out.footnotes, "w:hyperlink")[0]!;
    expect(textOf(link)).toBe(" xem web");
    expect(link.attrs["r:id"]).toMatch(/^rIdLink\d+$/);
    const rels = out.part("word/_rels/footnotes.xml.rels");
    const rel = kids(rels, "Relationship").find((r) => r.attrs.Id === link.attrs["r:id"])!;
    expect(rel.attrs.Target).toBe("https://example.gov.vn/a?b=1&c=2");
  });

  it("keeps document references on one line: their hyphens are non-breaking, a URL's are not", async () => {
    const model = sampleModel();
    const text =
      "Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2023 và Quyết định số 1752/QĐ-UBND; xem https://a.gov.vn/bao-cao, khoa học - công nghệ.";
    model.footnotes[0]!.content = [{ type: "text", text }];
    const out = readDocx(await writeDocx(model));
    const note = all(out.footnotes, "w:p").find((p) => textOf(p).includes("01/NQ-CP"))!;
    expect(textOf(note)).toContain(text);
    const xml = out.raw["word/footnotes.xml"]!;
    expect(xml).toMatch(/>01\/NQ<\/w:t><w:noBreakHyphen\/><w:t[^>]*>CP</);
    expect(xml).toMatch(/>1752\/QĐ<\/w:t><w:noBreakHyphen\/><w:t[^>]*>UBND;/);
    expect(xml).toContain("https://a.gov.vn/bao-cao, khoa học - công nghệ.");
    expect(all(out.footnotes, "w:noBreakHyphen")).toHaveLength(2);
  });

  it("refuses a reference to a footnote the model does not have", async () => {
    const model = sampleModel();
    model.footnotes = model.footnotes.filter((f) => f.n !== 2);
    await expect(writeDocx(model)).rejects.toThrow(/footnote reference `2`/);
  });
});

describe("data table", () => {
  let table: XmlElement;
  beforeAll(() => {
    table = bodyTables()[1]!;
  });

  it("spans the text width with columns from the model's widths", () => {
    const cols = gridCols(table);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(cols[0]! / TEXT_WIDTH).toBeCloseTo(0.6, 2);
    expect(cols[1]! / TEXT_WIDTH).toBeCloseTo(0.2, 2);
  });

  it("has single borders, a bold repeating header row, 12 pt cell text and column alignment", () => {
    const borders = kid(kid(table, "w:tblPr")!, "w:tblBorders")!;
    for (const side of ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"])
      expect(kid(borders, side)?.attrs["w:val"], side).toBe("single");
    const rows = kids(table, "w:tr");
    expect(rows.map((tr) => kid(kid(tr, "w:trPr") ?? tr, "w:tblHeader") !== undefined)).toEqual([true, false, false]);
    for (const r of runs(rows[0]!)) expect(on(rPr(r), "w:b")).toBe(true);
    for (const r of runs(rows[1]!)) expect(on(rPr(r), "w:b")).toBe(false);
    expect(val(rPr(styleById(docx.styles, "TableText")!), "w:sz")).toBe("24");
    const jc = cells(table)[1]!.map((tc) => val(pPr(paragraphs(tc)[0]!), "w:jc"));
    expect(jc).toEqual(["left", "right", "center"]);
    expect(textOf(cells(table)[1]![1]!)).toBe("487");
  });
});
