/**
 * The DOCX writer: package, page setup, styles, layout, determinism.
 * Checked the way pandoc checks its DOCX writer: unzip, parse the parts,
 * assert on the XML. Geometry is written as numbers from the decree's rules
 * (docs/decree-30.md), not recomputed with the writer's helpers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { all, kid, kids, on, parseXml, readDocx, styleById, textOf, val } from "./support/docx-xml.js";
import type { DocxParts } from "./support/docx-xml.js";
import { gridCols, paragraphs, pPr, rPr, sampleModel, writeSample } from "./support/docx-fixture.js";
import { writeDocx } from "../src/writers/docx/write-docx.js";

let bytes: Uint8Array;
let docx: DocxParts;
beforeAll(async () => {
  ({ bytes, docx } = await writeSample());
});
const sectPr = () => kid(docx.body, "w:sectPr")!;

describe("package", () => {
  it("has the parts Word needs, each well-formed XML", () => {
    for (const name of [
      "[Content_Types].xml",
      "_rels/.rels",
      "word/document.xml",
      "word/styles.xml",
      "word/footnotes.xml",
      "word/settings.xml",
      "docProps/core.xml",
    ]) {
      expect(docx.raw[name], name).toBeDefined();
    }
    for (const [name, xml] of Object.entries(docx.raw)) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) expect(() => parseXml(xml), name).not.toThrow();
    }
  });

  it("leaves settings that open without prompts: no update-fields dialog, Word 2013+ compatibility", () => {
    expect(all(docx.settings, "w:updateFields")).toHaveLength(0);
    const mode = all(docx.settings, "w:compatSetting").find((c) => c.attrs["w:name"] === "compatibilityMode");
    expect(mode?.attrs["w:val"]).toBe("15");
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
    for (const [key, [lo, hi]] of Object.entries({
      top: [1134, 1417],
      bottom: [1134, 1417],
      left: [1701, 1984],
      right: [850, 1134],
    })) {
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
    for (const name of [
      "Normal",
      "Body Text",
      "Heading 1",
      "Heading 2",
      "Heading 3",
      "footnote text",
      "footnote reference",
    ]) {
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
    for (const [id, italic] of [
      ["Heading1", false],
      ["Heading2", false],
      ["Heading3", true],
    ] as const) {
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
    for (const id of [
      "Normal",
      "BodyText",
      "Heading1",
      "Heading2",
      "Heading3",
      "Hyperlink",
      "FootnoteText",
      "FootnoteReference",
    ]) {
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
    expect(kid(s, "w:pgMar")!.attrs).toMatchObject({
      "w:top": "1417",
      "w:bottom": "1134",
      "w:left": "1984",
      "w:right": "1134",
      "w:header": "680",
    });
    const body = pPr(styleById(out.styles, "BodyText")!)!;
    expect(kid(body, "w:spacing")!.attrs).toMatchObject({
      "w:before": "160",
      "w:after": "40",
      "w:line": "360",
      "w:lineRule": "auto",
    });
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
