/**
 * The DOCX writer's frame: header table, rules, title block, Kính gửi, signature table.
 * Checked the way pandoc checks its DOCX writer: unzip, parse the parts,
 * assert on the XML. Geometry is written as numbers from the decree's rules
 * (docs/decree-30.md), not recomputed with the writer's helpers.
 */
import { kinhGuiBlock } from "../src/frame/shape-frame.js";
import { beforeAll, describe, expect, it } from "vitest";
import { kid, kids, on, readDocx, styleById, textOf, val } from "./support/docx-xml.js";
import type { DocxParts, XmlElement } from "./support/docx-xml.js";
import {
  TEXT_WIDTH,
  bodyTables as tablesOf,
  cells,
  findParagraph,
  gridCols,
  isRule,
  paragraphs,
  pPr,
  rPr,
  ruleLength,
  rules,
  runWith,
  runs,
  sampleModel,
  writeSample,
} from "./support/docx-fixture.js";
import { writeDocx } from "../src/writers/docx/write-docx.js";

let docx: DocxParts;
beforeAll(async () => {
  ({ docx } = await writeSample());
});
const bodyTables = () => tablesOf(docx);

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
    expect(
      val(
        styleById(docx.styles, "BCFrame")!.children.find(
          (c): c is XmlElement => typeof c !== "string" && c.name === "w:pPr",
        ),
        "w:jc",
      ),
    ).toBe("center");
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
    model.frame.kinhGui = kinhGuiBlock(["Bộ Nội vụ", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"]);
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
    expect(ps.map(textOf)).toEqual([
      "Nơi nhận:",
      "- UBND tỉnh;",
      "- Sở KH&ĐT;",
      "Bản điện tử:",
      "- Lãnh đạo Sở;",
      "- Lưu: VT, VP.",
    ]);
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
