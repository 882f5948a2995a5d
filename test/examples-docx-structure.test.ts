/**
 * Each example DOCX checked against the Decree 30 rules of docs/decree-30.md that apply to a báo cáo:
 * page (#page-size, #page-margins), page numbers (#page-numbers), header table and rules (#header-table),
 * title block (#title-block), body paragraphs (#body-paragraphs), headings (#section-numbering), Nơi nhận
 * and signature (#noi-nhan, #signature-block), footnotes (#footnotes).
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../src/pipeline.js";
import { nodeWorld } from "../src/world.js";
import {
  all,
  kid,
  kids,
  on,
  readDocx,
  styleById,
  textOf,
  val,
  type DocxParts,
  type XmlElement,
} from "./support/docx-xml.js";

const example = (name: string) => fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
const CAO_BANG = {
  example: "cao-bang",
  agencyLines: ["UBND TỈNH CAO BẰNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
  place: "Cao Bằng",
  level1: [/^I\. [^a-zđ]+$/u, /^II\. /],
  archive: "- Lưu: VT, VP.",
  signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
  name: /^(Nông Thành Thân|Đoàn Hải Triều)$/,
};
/** The invented second department: parts A. B. C. at level 1, a three-line signer. */
const SONG_XANH = {
  example: "song-xanh",
  agencyLines: ["UBND TỈNH SÔNG XANH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
  place: "Sông Xanh",
  level1: [/^A\. [^a-zđ]+$/u, /^B\. /],
  archive: "- Lưu: VT, VP, LTM.Hà.",
  signer: ["TL. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
  name: /^Lò Thị Mai$/,
};
const CASES = [
  { path: "out/2019-09/monthly.docx", footnotes: 9, ...CAO_BANG },
  { path: "out/2023-10/nq11.docx", footnotes: 0, ...CAO_BANG },
  { path: "out/2023-11/monthly.docx", footnotes: 4, ...CAO_BANG },
  { path: "out/2024-H1/sau-thang.docx", footnotes: 1, ...SONG_XANH },
];

const docs = new Map<string, DocxParts>();
beforeAll(async () => {
  const r = await compile(
    { periods: ["2019-09", "2023-10", "2023-11"], formats: ["docx"] },
    nodeWorld(example("cao-bang")),
  );
  for (const o of r.outputs) docs.set(o.path, readDocx(o.data));
  const s = await compile({ periods: ["2024-H1"], formats: ["docx"] }, nodeWorld(example("song-xanh")));
  for (const o of s.outputs) docs.set(o.path, readDocx(o.data));
});

const pPr = (p: XmlElement) => kid(p, "w:pPr");
const text = (p: XmlElement) => textOf(p);
const bodyParagraphs = (d: DocxParts) => kids(d.body, "w:p");
const styleOf = (p: XmlElement) => val(pPr(p), "w:pStyle");
/** Style chain of a style id: the style, then what it is based on, … */
function chain(d: DocxParts, id: string | undefined): XmlElement[] {
  const out: XmlElement[] = [];
  while (id) {
    const st = styleById(d.styles, id);
    if (!st || out.includes(st)) break;
    out.push(st);
    id = val(st, "w:basedOn");
  }
  return out;
}
/** An effective paragraph or run property: direct formatting, then the paragraph style chain, then the defaults. */
function effective(d: DocxParts, p: XmlElement, where: "w:pPr" | "w:rPr", name: string): XmlElement | undefined {
  const direct = where === "w:pPr" ? pPr(p) : undefined;
  if (direct && kid(direct, name)) return kid(direct, name);
  for (const st of chain(d, styleOf(p) ?? "Normal")) {
    const props = kid(st, where);
    if (props && kid(props, name)) return kid(props, name);
  }
  const defaults = all(d.styles, where === "w:pPr" ? "w:pPrDefault" : "w:rPrDefault")[0];
  return defaults ? all(defaults, name)[0] : undefined;
}
const runProps = (p: XmlElement) =>
  all(p, "w:r")
    .filter((r) => kid(r, "w:t"))
    .map((r) => kid(r, "w:rPr"));

describe.each(CASES)("$example $path", ({ path, footnotes, agencyLines, place, level1, archive, signer, name }) => {
  const d = () => docs.get(path)!;

  it("is A4 portrait with margins in the decree's ranges (#page-margins)", () => {
    const s = all(d().body, "w:sectPr")[0]!;
    expect(kid(s, "w:pgSz")!.attrs).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    const m = kid(s, "w:pgMar")!.attrs;
    const within = (k: string, lo: number, hi: number) =>
      expect(Number(m[`w:${k}`]), k).toSatisfy((v: number) => v >= lo && v <= hi);
    within("top", 1134, 1417);
    within("bottom", 1134, 1417);
    within("left", 1701, 1984);
    within("right", 850, 1134);
  });

  it("numbers pages at the top centre from page 2, none on page 1 (#page-numbers)", () => {
    // The first section holds page 1; a later one (landscape pages and after) keeps numbering on.
    const [s, ...later] = all(d().body, "w:sectPr") as [XmlElement, ...XmlElement[]];
    for (const l of later) {
      expect(kid(l, "w:titlePg")).toBeUndefined();
      expect(val(l, "w:pgNumType", "w:start")).toBeUndefined();
      expect(kids(l, "w:headerReference").map((r) => r.attrs["w:type"])).toEqual(["default"]);
    }
    expect(kid(s, "w:titlePg")).toBeDefined();
    const refs = kids(s, "w:headerReference");
    const first = refs.find((r) => r.attrs["w:type"] === "first");
    const def = refs.find((r) => r.attrs["w:type"] === "default");
    expect(first && def).toBeTruthy();
    const target = (id: string) => kids(d().rels, "Relationship").find((r) => r.attrs["Id"] === id)!.attrs["Target"]!;
    const firstXml = d().raw[`word/${target(first!.attrs["r:id"]!)}`]!;
    const defXml = d().raw[`word/${target(def!.attrs["r:id"]!)}`]!;
    expect(firstXml).not.toMatch(/PAGE/);
    expect(defXml).toMatch(/PAGE/);
    expect(defXml).toMatch(/<w:jc w:val="center"\/>/);
  });

  it("uses Times New Roman, black, through named styles (#font)", () => {
    const fonts = all(d().styles, "w:rFonts")
      .map((f) => f.attrs["w:ascii"])
      .filter(Boolean);
    expect(new Set(fonts)).toEqual(new Set(["Times New Roman"]));
    for (const id of ["BodyText", "FootnoteText", "Heading1", "Heading2"])
      expect(styleById(d().styles, id), id).toBeDefined();
    const colors = all(d().document, "w:color").map((c) => c.attrs["w:val"]);
    expect(colors.every((c) => c === "000000" || c === "auto")).toBe(true);
  });

  it("has the borderless two-row header table: agency / Quốc hiệu, then Số / date (#header-table)", () => {
    const header = kids(d().body, "w:tbl")[0]!;
    const rows = kids(header, "w:tr");
    expect(rows).toHaveLength(2);
    const cellText = (r: XmlElement, i: number) => kids(kids(r, "w:tc")[i]!, "w:p").map(textOf).join(" ");
    for (const line of agencyLines) expect(cellText(rows[0]!, 0)).toContain(line);
    expect(cellText(rows[0]!, 1)).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(cellText(rows[0]!, 1)).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(cellText(rows[1]!, 0)).toMatch(/^Số:/);
    expect(cellText(rows[1]!, 1)).toMatch(new RegExp(`^${place}, ngày .* tháng \\d+ năm \\d{4}$`));
    const borders = all(header, "w:tblBorders")
      .flatMap((b) => b.children)
      .filter((c): c is XmlElement => typeof c !== "string");
    expect(borders.every((b) => ["nil", "none"].includes(b.attrs["w:val"] ?? ""))).toBe(true);
    // the date is italic; "Số" is 13 pt
    const dateRuns = runProps(kids(kids(rows[1]!, "w:tc")[1]!, "w:p")[0]!);
    expect(dateRuns.length).toBeGreaterThan(0);
    expect(dateRuns.every((r) => on(r, "w:i"))).toBe(true);
  });

  it("centres a bold BÁO CÁO and trích yếu (#title-block)", () => {
    const ps = bodyParagraphs(d());
    const i = ps.findIndex((p) => text(p) === "BÁO CÁO");
    expect(i).toBeGreaterThanOrEqual(0);
    for (const p of ps.slice(i, i + 2)) {
      expect(effective(d(), p, "w:pPr", "w:jc")?.attrs["w:val"]).toBe("center");
      expect(runProps(p).every((r) => on(r, "w:b"))).toBe(true);
    }
  });

  it("justifies body paragraphs with a 1–1.27 cm first-line indent and ≥ 6 pt spacing (#body-paragraphs)", () => {
    const body = styleById(d().styles, "BodyText")!;
    const ppr = kid(body, "w:pPr")!;
    expect(val(ppr, "w:jc")).toBe("both");
    const ind = Number(kid(ppr, "w:ind")!.attrs["w:firstLine"]);
    expect(ind).toBeGreaterThanOrEqual(567);
    expect(ind).toBeLessThanOrEqual(720);
    const sp = kid(ppr, "w:spacing")!.attrs;
    expect(Number(sp["w:before"] ?? 0) + Number(sp["w:after"] ?? 0)).toBeGreaterThanOrEqual(120);
    const sample = bodyParagraphs(d()).find((p) => styleOf(p) === "BodyText")!;
    const sz = Number(effective(d(), sample, "w:rPr", "w:sz")?.attrs["w:val"]);
    expect(sz).toBeGreaterThanOrEqual(26);
    expect(sz).toBeLessThanOrEqual(28);
    const bodyCount = bodyParagraphs(d()).filter((p) => styleOf(p) === "BodyText").length;
    expect(bodyCount).toBeGreaterThan(5);
  });

  it("prints outline headings bold, level 1 in upper case with its number (#section-numbering)", () => {
    const h1 = bodyParagraphs(d())
      .filter((p) => styleOf(p) === "Heading1")
      .map(text);
    expect(h1.length).toBeGreaterThanOrEqual(2);
    expect(h1[0]).toMatch(level1[0]!);
    expect(h1[1]).toMatch(level1[1]!);
    const heading1 = styleById(d().styles, "Heading1")!;
    expect(on(kid(heading1, "w:rPr"), "w:b")).toBe(true);
  });

  it(`has ${footnotes} real footnotes, numbered in reading order`, () => {
    const notes = kids(d().footnotes, "w:footnote").filter(
      (f) => !["separator", "continuationSeparator"].includes(f.attrs["w:type"] ?? ""),
    );
    expect(notes).toHaveLength(footnotes);
    const refs = all(d().document, "w:footnoteReference").map((r) => Number(r.attrs["w:id"]));
    expect(refs).toHaveLength(footnotes);
    expect(refs).toEqual([...refs].sort((a, b) => a - b));
    const ids = new Set(notes.map((n) => Number(n.attrs["w:id"])));
    for (const r of refs) expect(ids.has(r)).toBe(true);
  });

  it("ends with the unsplittable Nơi nhận / signature table (#signature-area)", () => {
    const tables = kids(d().body, "w:tbl");
    const sig = tables[tables.length - 1]!;
    expect(all(sig, "w:cantSplit").length).toBeGreaterThan(0);
    const [left, right] = kids(kids(sig, "w:tr")[0]!, "w:tc");
    const lp = kids(left!, "w:p");
    expect(text(lp[0]!)).toBe("Nơi nhận:");
    const headRun = runProps(lp[0]!)[0];
    expect(on(headRun, "w:b") && on(headRun, "w:i")).toBe(true);
    expect(text(lp[lp.length - 1]!)).toBe(archive);
    const rp = kids(right!, "w:p").map(text).filter(Boolean);
    expect(rp.slice(0, signer.length)).toEqual(signer);
    expect(rp[rp.length - 1]).toMatch(name);
  });
});
