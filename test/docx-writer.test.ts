/**
 * The DOCX writer, checked the way pandoc checks its DOCX writer: unzip, parse
 * the parts, assert on the XML. Geometry expectations are written as numbers
 * from the reference (nd30-report-format.md), not recomputed with the writer's
 * own helpers, so a wrong conversion fails here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inline, Layout, ReportModel } from "../src/model/report.js";
import { writeDocx } from "../src/writers/docx/write-docx.js";
import { sampleModel as baseSampleModel } from "./support/sample-model.js";
import { all, kid, kids, on, parseXml, readDocx, styleById, textOf, val } from "./support/docx-xml.js";
import type { DocxParts, XmlElement } from "./support/docx-xml.js";

/**
 * The layout these tests assert against, pinned here so a change to the shipped
 * defaults does not silently change what is being checked.
 */
const LAYOUT: Layout = {
  page: { width: 210, height: 297, margin: { top: 20, bottom: 20, left: 30, right: 15 }, headerDistance: 10 },
  fonts: ["Times New Roman", "Tinos"],
  size: {
    body: 14,
    parentAgency: 13,
    agency: 13,
    nationalTitle: 13,
    motto: 14,
    numberLine: 13,
    dateLine: 14,
    docType: 14,
    title: 14,
    recipientsHeading: 12,
    recipients: 11,
    signature: 14,
    footnote: 10,
    table: 12,
    pageNumber: 14,
  },
  body: { firstLineIndent: 1.27, spaceBefore: 6, spaceAfter: 0, lineSpacing: 1 },
  columns: { header: [65, 100], signature: [55, 110] },
};

function sampleModel(): ReportModel {
  return { ...baseSampleModel(), layout: structuredClone(LAYOUT) };
}

const TEXT_WIDTH = 9354; // 165 mm text area (210 − 30 − 15) in twips

let bytes: Uint8Array;
let docx: DocxParts;
beforeAll(async () => {
  bytes = await writeDocx(sampleModel());
  docx = readDocx(bytes);
});

const pPr = (p: XmlElement) => kid(p, "w:pPr");
const rPr = (r: XmlElement) => kid(r, "w:rPr");
const runs = (el: XmlElement) => all(el, "w:r").filter((r) => kid(r, "w:t"));
const paragraphs = (el: XmlElement) => all(el, "w:p");
const bodyTables = () => kids(docx.body, "w:tbl");
const cells = (tbl: XmlElement) => kids(tbl, "w:tr").map((tr) => kids(tr, "w:tc"));
const gridCols = (tbl: XmlElement) => kids(kid(tbl, "w:tblGrid")!, "w:gridCol").map((g) => Number(g.attrs["w:w"]));
const sectPr = () => kid(docx.body, "w:sectPr")!;
const findParagraph = (root: XmlElement, text: string) => {
  const found = paragraphs(root).find((p) => textOf(p).includes(text));
  if (!found) throw new Error(`no paragraph with "${text}"`);
  return found;
};
const runWith = (root: XmlElement, text: string) => {
  const found = runs(root).find((r) => textOf(r) === text);
  if (!found) throw new Error(`no run "${text}"`);
  return found;
};
/** Effective length of a rule paragraph inside a box of `box` twips. */
const ruleLength = (p: XmlElement, box: number) => {
  const ind = kid(pPr(p)!, "w:ind")!;
  return box - Number(ind.attrs["w:left"]) - Number(ind.attrs["w:right"]);
};
const isRule = (p: XmlElement) => {
  const border = kid(pPr(p) ?? p, "w:pBdr");
  return border !== undefined && kid(border, "w:bottom")?.attrs["w:val"] === "single" && textOf(p) === "";
};
const rules = (el: XmlElement) => paragraphs(el).filter(isRule);

describe("package", () => {
  it("has the parts Word needs, each well-formed XML", () => {
    for (const name of ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/settings.xml", "docProps/core.xml"]) {
      expect(docx.raw[name], name).toBeDefined();
    }
    for (const [name, xml] of Object.entries(docx.raw)) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) expect(() => parseXml(xml), name).not.toThrow();
    }
  });

  it("sets the document properties from the model, not the clock", () => {
    const core = docx.part("docProps/core.xml");
    const field = (name: string) => kid(core, name)?.children.join("");
    expect(field("dc:title")).toBe("Kết quả hoạt động khoa học và công nghệ tháng 11 năm 2023");
    expect(field("dc:creator")).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(field("dcterms:created")).toBe("2023-11-20T00:00:00Z");
    expect(field("dcterms:modified")).toBe("2023-11-20T00:00:00Z");
  });
});

describe("page", () => {
  it("is A4 portrait with margins inside the decree's ranges", () => {
    const s = sectPr();
    expect(kid(s, "w:pgSz")!.attrs).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    const mar = kid(s, "w:pgMar")!.attrs;
    expect(Number(mar["w:top"])).toBe(1134);
    expect(Number(mar["w:bottom"])).toBe(1134);
    expect(Number(mar["w:left"])).toBe(1701);
    expect(Number(mar["w:right"])).toBe(850);
    for (const [key, [lo, hi]] of Object.entries({ top: [1134, 1417], bottom: [1134, 1417], left: [1701, 1984], right: [850, 1134] })) {
      expect(Number(mar[`w:${key}`])).toBeGreaterThanOrEqual(lo!);
      expect(Number(mar[`w:${key}`])).toBeLessThanOrEqual(hi!);
    }
    expect(mar["w:header"]).toBe("567");
  });

  it("numbers pages from page 2: titlePg, empty first header, centred PAGE field in the default header", () => {
    const s = sectPr();
    expect(kid(s, "w:titlePg")).toBeDefined();
    const target = (type: string) => {
      const ref = kids(s, "w:headerReference").find((h) => h.attrs["w:type"] === type)!;
      const rel = kids(docx.rels, "Relationship").find((r) => r.attrs.Id === ref.attrs["r:id"])!;
      return docx.part(`word/${rel.attrs.Target}`);
    };
    const first = target("first");
    expect(textOf(first)).toBe("");
    expect(all(first, "w:instrText")).toHaveLength(0);
    expect(paragraphs(first).length).toBeGreaterThan(0);

    const header = target("default");
    expect(all(header, "w:instrText").map((i) => i.children.join("").trim())).toEqual(["PAGE"]);
    const p = paragraphs(header)[0]!;
    expect(val(pPr(p), "w:jc")).toBe("center");
    const pageRun = all(header, "w:r").find((r) => kid(r, "w:fldChar"))!;
    expect(val(rPr(pageRun), "w:sz")).toBe("28");
    expect(on(rPr(pageRun), "w:b")).toBe(false);
  });
});

describe("styles", () => {
  it("sets Times New Roman on all four scripts, body size and black as document defaults", () => {
    const rpr = kid(kid(kid(docx.styles, "w:docDefaults")!, "w:rPrDefault")!, "w:rPr")!;
    expect(kid(rpr, "w:rFonts")!.attrs).toMatchObject({
      "w:ascii": "Times New Roman",
      "w:hAnsi": "Times New Roman",
      "w:cs": "Times New Roman",
      "w:eastAsia": "Times New Roman",
    });
    expect(val(rpr, "w:sz")).toBe("28");
    expect(val(rpr, "w:color")).toBe("000000");
  });

  it("names the styles people edit with", () => {
    const names = kids(docx.styles, "w:style").map((s) => val(s, "w:name"));
    for (const name of ["Normal", "Body Text", "Heading 1", "Heading 2", "Heading 3", "footnote text", "footnote reference"]) {
      expect(names.map((n) => n?.toLowerCase())).toContain(name.toLowerCase());
    }
  });

  it("makes Body Text justified, indented 1.27 cm, ≥ 6 pt apart, single-spaced", () => {
    const ppr = pPr(styleById(docx.styles, "BodyText")!)!;
    expect(val(ppr, "w:jc")).toBe("both");
    expect(kid(ppr, "w:ind")!.attrs["w:firstLine"]).toBe("720");
    const spacing = kid(ppr, "w:spacing")!.attrs;
    expect(Number(spacing["w:before"])).toBeGreaterThanOrEqual(120);
    expect(spacing["w:line"]).toBe("240");
    expect(spacing["w:lineRule"]).toBe("auto");
  });

  it("makes headings black, body-sized, kept with the next paragraph, bold/italic from the model", () => {
    for (const [id, italic] of [["Heading1", false], ["Heading2", false], ["Heading3", true]] as const) {
      const style = styleById(docx.styles, id)!;
      const rpr = rPr(style)!;
      expect(val(rpr, "w:color"), id).toBe("000000");
      expect(val(rpr, "w:sz"), id).toBe("28");
      expect(on(rpr, "w:b"), id).toBe(true);
      expect(on(rpr, "w:i"), id).toBe(italic);
      expect(kid(pPr(style)!, "w:keepNext"), id).toBeDefined();
    }
  });

  it("sets footnote text at 10 pt and footnote references superscript", () => {
    expect(val(rPr(styleById(docx.styles, "FootnoteText")!), "w:sz")).toBe("20");
    expect(val(rPr(styleById(docx.styles, "FootnoteReference")!), "w:vertAlign")).toBe("superscript");
  });

  it("never colours text: every run colour in every part is black", () => {
    for (const name of ["word/document.xml", "word/footnotes.xml", "word/header1.xml", "word/header2.xml"]) {
      for (const color of all(docx.part(name), "w:color")) expect(color.attrs["w:val"], name).toBe("000000");
    }
    for (const id of ["Normal", "BodyText", "Heading1", "Heading2", "Heading3", "Hyperlink", "FootnoteText", "FootnoteReference"]) {
      for (const color of all(styleById(docx.styles, id)!, "w:color")) expect(color.attrs["w:val"], id).toBe("000000");
    }
  });
});

describe("layout", () => {
  it("takes every geometry value from model.layout", async () => {
    const model = sampleModel();
    model.layout.page.margin = { top: 25, bottom: 20, left: 35, right: 20 };
    model.layout.page.headerDistance = 12;
    model.layout.body = { firstLineIndent: 1, spaceBefore: 8, spaceAfter: 2, lineSpacing: 1.5 };
    model.layout.columns = { header: [70, 95], signature: [60, 105] };
    model.layout.size.body = 13;
    model.layout.size.footnote = 11;
    model.layout.size.table = 11;
    const out = readDocx(await writeDocx(model));
    const s = kid(out.body, "w:sectPr")!;
    expect(kid(s, "w:pgMar")!.attrs).toMatchObject({ "w:top": "1417", "w:bottom": "1134", "w:left": "1984", "w:right": "1134", "w:header": "680" });
    const body = pPr(styleById(out.styles, "BodyText")!)!;
    expect(kid(body, "w:spacing")!.attrs).toMatchObject({ "w:before": "160", "w:after": "40", "w:line": "360", "w:lineRule": "auto" });
    expect(kid(body, "w:ind")!.attrs["w:firstLine"]).toBe("567");
    const tables = kids(out.body, "w:tbl");
    expect(gridCols(tables[0]!)).toEqual([3969, 5386]);
    expect(gridCols(tables.at(-1)!)).toEqual([3402, 5953]);
    expect(gridCols(tables[1]!).reduce((a, b) => a + b)).toBe(mmToTwipsRef(210 - 35 - 20));
    expect(val(rPr(styleById(out.styles, "Normal")!), "w:sz")).toBe("26");
    expect(val(rPr(styleById(out.styles, "FootnoteText")!), "w:sz")).toBe("22");
    expect(val(rPr(styleById(out.styles, "TableText")!), "w:sz")).toBe("22");
  });
});

/** Independent of the writer's own conversion: 155 mm = 8787.4 twips. */
function mmToTwipsRef(mm: number): number {
  return Math.round((mm / 25.4) * 1440);
}

describe("header table", () => {
  let table: XmlElement;
  beforeAll(() => {
    table = bodyTables()[0]!;
  });

  it("is the first thing on the page: borderless, 2 rows × 2 columns of 65 + 100 mm", () => {
    expect(kids(docx.body)[0]).toBe(table);
    const borders = kid(kid(table, "w:tblPr")!, "w:tblBorders")!;
    expect(kids(borders).length).toBeGreaterThanOrEqual(4);
    for (const side of kids(borders)) expect(side.attrs["w:val"]).toBe("none");
    expect(cells(table).map((row) => row.length)).toEqual([2, 2]);
    expect(gridCols(table)).toEqual([3685, 5669]);
  });

  it("prints chủ quản upright and cơ quan bold, Quốc hiệu and Tiêu ngữ bold, at their sizes", () => {
    const [[left, right]] = [cells(table)[0]!];
    const props = (cell: XmlElement, text: string) => rPr(runWith(cell, text));
    expect(on(props(left!, "UBND TỈNH CAO BẰNG"), "w:b")).toBe(false);
    expect(val(props(left!, "UBND TỈNH CAO BẰNG"), "w:sz")).toBe("26");
    expect(on(props(left!, "SỞ KHOA HỌC VÀ CÔNG NGHỆ"), "w:b")).toBe(true);
    expect(on(props(right!, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "w:b")).toBe(true);
    expect(val(props(right!, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "w:sz")).toBe("26");
    expect(on(props(right!, "Độc lập - Tự do - Hạnh phúc"), "w:b")).toBe(true);
    expect(val(props(right!, "Độc lập - Tự do - Hạnh phúc"), "w:sz")).toBe("28");
    expect(val(styleById(docx.styles, "BCFrame")!.children.find((c): c is XmlElement => typeof c !== "string" && c.name === "w:pPr"), "w:jc")).toBe("center");
  });

  it("puts Số (13 pt upright) and the date (italic) on the same row", () => {
    const [left, right] = cells(table)[1]!;
    expect(textOf(left!)).toBe("Số: 05/BC-SKHCN");
    expect(val(rPr(runs(left!)[0]!), "w:sz")).toBe("26");
    expect(on(rPr(runs(left!)[0]!), "w:i")).toBe(false);
    expect(textOf(right!)).toBe("Cao Bằng, ngày 20 tháng 11 năm 2023");
    expect(on(rPr(runs(right!)[0]!), "w:i")).toBe(true);
  });

  it("draws a rule exactly as wide as the Tiêu ngữ (60.5 mm at 14 pt bold) and a 1/3–1/2 rule under the agency", () => {
    const [left, right] = cells(table)[0]!;
    const margins = kid(kid(table, "w:tblPr")!, "w:tblCellMar")!;
    const padding = Number(kid(margins, "w:left")!.attrs["w:w"]) + Number(kid(margins, "w:right")!.attrs["w:w"]);
    const mottoRule = rules(right!);
    expect(mottoRule).toHaveLength(1);
    const mottoMm = (ruleLength(mottoRule[0]!, 5669 - padding) * 25.4) / 1440;
    expect(mottoMm).toBeCloseTo(60.5, 0);
    expect(Math.abs(mottoMm - 60.46)).toBeLessThan(0.1);

    const agencyRule = rules(left!);
    expect(agencyRule).toHaveLength(1);
    const cellMm = ((3685 - padding) * 25.4) / 1440;
    const agencyTextMm = Math.min(70.2, cellMm); // 70.2 mm at 13 pt bold; wraps in the 65 mm column
    const agencyMm = (ruleLength(agencyRule[0]!, 3685 - padding) * 25.4) / 1440;
    expect(agencyMm / agencyTextMm).toBeGreaterThanOrEqual(1 / 3);
    expect(agencyMm / agencyTextMm).toBeLessThanOrEqual(1 / 2);
    // centred: equal indents within a twip
    const ind = kid(pPr(agencyRule[0]!)!, "w:ind")!.attrs;
    expect(Math.abs(Number(ind["w:left"]) - Number(ind["w:right"]))).toBeLessThanOrEqual(1);
  });
});

describe("title block", () => {
  it("prints BÁO CÁO and the trích yếu bold, centred, with a short centred rule under it", () => {
    const docType = findParagraph(docx.body, "BÁO CÁO");
    expect(textOf(docType)).toBe("BÁO CÁO");
    expect(val(pPr(docType), "w:pStyle")).toBe("BCFrame");
    expect(on(rPr(runs(docType)[0]!), "w:b")).toBe(true);
    expect(val(rPr(runs(docType)[0]!), "w:sz")).toBe("28");
    const top = kids(docx.body);
    const at = top.indexOf(docType);
    expect(textOf(top[at + 1]!)).toBe("Kết quả hoạt động khoa học và công nghệ tháng 11 năm 2023");
    expect(textOf(top[at + 2]!)).toBe("và nhiệm vụ công tác tháng 12 năm 2023");
    for (const p of [top[at + 1]!, top[at + 2]!]) expect(on(rPr(runs(p)[0]!), "w:b")).toBe(true);
    const rule = top[at + 3]!;
    expect(isRule(rule)).toBe(true);
    const ruleTw = ruleLength(rule, TEXT_WIDTH);
    const lineTw = (135.5 * 1440) / 25.4; // the first title line, 14 pt bold ≈ 135 mm
    expect(ruleTw / lineTw).toBeGreaterThan(0.3);
    expect(ruleTw / lineTw).toBeLessThan(0.55);
  });

  it("puts one Kính gửi recipient on the label's line", () => {
    expect(textOf(findParagraph(docx.body, "Kính gửi"))).toBe("Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng");
  });

  it("lists several Kính gửi recipients under the colon, ';' between and '.' at the end", async () => {
    const model = sampleModel();
    model.frame.kinhGui = ["Bộ Nội vụ", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"];
    const body = readDocx(await writeDocx(model)).body;
    const top = kids(body);
    const label = findParagraph(body, "Kính gửi");
    const at = top.indexOf(label);
    expect(textOf(label)).toBe("Kính gửi:");
    const lines = top.slice(at + 1, at + 4);
    expect(lines.map(textOf)).toEqual(["- Bộ Nội vụ;", "- Bộ Kế hoạch và Đầu tư;", "- Bộ Tài chính."]);
    const left = (p: XmlElement) => Number(kid(pPr(p)!, "w:ind")!.attrs["w:left"]);
    // "Kính gửi" in Times New Roman = 3.528 em (K .722, í .278, n .5, h .5, space .25, g .5, ử .5, i .278);
    // at 14 pt that is 49.4 pt = 988 twips: the dashes start right under the colon
    for (const line of lines) expect(Math.abs(left(line) - left(label) - 988)).toBeLessThanOrEqual(15);
    expect(left(label)).toBeGreaterThan(1000);
  });
});

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

  it("prints & < > \" and template braces literally", () => {
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
    expect(pPr(findParagraph(body, "KẾT QUẢ HOẠT ĐỘNG KH&CN")) && val(pPr(findParagraph(body, "KẾT QUẢ HOẠT ĐỘNG KH&CN")), "w:jc")).toBeUndefined();
  });

  it("writes every inline mark and line breaks", async () => {
    const model = sampleModel();
    const t = (text: string, marks: object = {}): Inline => ({ kind: "text", text, ...marks });
    model.body.push({
      type: "paragraph",
      role: "body",
      marker: "",
      depth: 0,
      content: [t("gạch", { strike: true }), t("chân", { underline: true }), t("m", { superscript: true }), { kind: "break" }, t("2", { subscript: true }), t("`a<b`", { code: true })],
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
    for (const side of ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"]) expect(kid(borders, side)?.attrs["w:val"], side).toBe("single");
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

describe("signature table", () => {
  let table: XmlElement;
  beforeAll(() => {
    table = bodyTables().at(-1)!;
  });

  it("is a borderless 55 + 110 mm table whose row never splits", () => {
    for (const side of kids(kid(kid(table, "w:tblPr")!, "w:tblBorders")!)) expect(side.attrs["w:val"]).toBe("none");
    expect(gridCols(table)).toEqual([3118, 6236]);
    const rows = kids(table, "w:tr");
    expect(rows).toHaveLength(1);
    expect(kid(kid(rows[0]!, "w:trPr")!, "w:cantSplit")).toBeDefined();
    for (const p of paragraphs(table)) expect(kid(pPr(p)!, "w:keepNext")).toBeDefined();
  });

  it("lists recipients on the left: heading 12 pt bold italic, lines 11 pt, groups italic", () => {
    const left = cells(table)[0]![0]!;
    const ps = paragraphs(left);
    expect(ps.map(textOf)).toEqual(["Nơi nhận:", "- UBND tỉnh;", "- Sở KH&ĐT;", "Bản điện tử:", "- Lãnh đạo Sở;", "- Lưu: VT, VP."]);
    const heading = rPr(runs(ps[0]!)[0]!);
    expect([on(heading, "w:b"), on(heading, "w:i"), val(heading, "w:sz")]).toEqual([true, true, "24"]);
    expect(val(rPr(styleById(docx.styles, "BCRecipients")!), "w:sz")).toBe("22");
    expect(on(rPr(runs(ps[3]!)[0]!), "w:i")).toBe(true);
    expect(on(rPr(runs(ps[1]!)[0]!), "w:i")).toBe(false);
  });

  it("signs on the right: authority lines, room for the signature, the name, all bold and centred", () => {
    const right = cells(table)[0]![1]!;
    expect(paragraphs(right).map(textOf)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Nông Thành Thân"]);
    const style = styleById(docx.styles, "BCSignature")!;
    expect(on(rPr(style), "w:b")).toBe(true);
    expect(val(rPr(style), "w:sz")).toBe("28");
    for (const p of paragraphs(right)) expect(val(pPr(p), "w:jc")).toBe("center");
    for (const r of runs(right)) expect(kid(rPr(r) ?? r, "w:b")?.attrs["w:val"]).toBeUndefined();
  });
});

describe("determinism", () => {
  it("writes byte-identical files for the same model", async () => {
    const again = await writeDocx(sampleModel());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("stores every zip entry with the fixed 1980-01-01 time, [Content_Types].xml first", () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const nameLength = view.getUint16(26, true);
    expect(Buffer.from(bytes.subarray(30, 30 + nameLength)).toString()).toBe("[Content_Types].xml");
    let entries = 0;
    for (let at = 0; at + 4 <= bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x04034b50) continue;
      entries++;
      expect(view.getUint16(at + 10, true)).toBe(0); // 00:00:00
      expect(view.getUint16(at + 12, true)).toBe((0 << 9) | (1 << 5) | 1); // 1980-01-01
    }
    expect(entries).toBe(Object.keys(docx.raw).length);
  });
});
