/** Pure helpers of the DOCX writer: font metrics, units, epoch text, part normalisation, zip order. */
import { describe, expect, it } from "vitest";
import { parseFontMetrics, textWidthMm, tinosMetrics } from "../src/fonts/measure.js";
import { entryOrder } from "../src/writers/docx/deterministic-zip.js";
import { isoFromEpoch, ownerOfRels, renumberRelationships, setCoreDates } from "../src/writers/docx/normalize-parts.js";
import { columnTwips } from "../src/writers/docx/table.js";
import { cmToTwips, mmToTwips, ptToHalfPoints } from "../src/writers/docx/units.js";

describe("textWidthMm (Tinos = Times New Roman metrics)", () => {
  // Widths measured independently with Liberation Serif Bold (Times New Roman metrics); docs/decree-30.md#header-table.
  it.each([
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, 88.3],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, 95.7],
    ["Độc lập - Tự do - Hạnh phúc", 12, 51.8],
    ["Độc lập - Tự do - Hạnh phúc", 14, 60.5],
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", 12, 64.8],
    ["UBND TỈNH CAO BẰNG", 13, 51.6],
  ])("%s at %i pt bold ≈ %f mm", (text, size, mm) => {
    expect(Math.abs(textWidthMm(text, size, { bold: true }) - mm)).toBeLessThan(0.1);
  });

  it("uses the right face: bold is wider than regular, 'm' is 0.778 em in Times", () => {
    expect(textWidthMm("Hạnh phúc", 14, { bold: true })).toBeGreaterThan(textWidthMm("Hạnh phúc", 14));
    const regular = tinosMetrics();
    expect(regular.unitsPerEm).toBe(2048);
    expect(regular.advance(0x6d) / regular.unitsPerEm).toBeCloseTo(0.778, 3);
    expect(textWidthMm("", 14)).toBe(0);
  });

  it("rejects a file that is not a font", () => {
    expect(() => parseFontMetrics(new Uint8Array(64))).toThrow(/table/);
  });
});

describe("units", () => {
  it("converts the values of docs/decree-30.md#docx-units", () => {
    expect([mmToTwips(210), mmToTwips(297), mmToTwips(20), mmToTwips(30), mmToTwips(15), mmToTwips(35)]).toEqual([
      11906, 16838, 1134, 1701, 850, 1984,
    ]);
    expect([cmToTwips(1), cmToTwips(1.27)]).toEqual([567, 720]);
    expect([ptToHalfPoints(11), ptToHalfPoints(13), ptToHalfPoints(14)]).toEqual([22, 26, 28]);
  });

  it("splits a table's width exactly among its columns", () => {
    const cols = columnTwips([0.6, 0.2, 0.2], 9354);
    expect(cols.reduce((a, b) => a + b)).toBe(9354);
    expect(cols[0]).toBe(5612);
    expect(columnTwips([1, 1, 1], 100)).toEqual([33, 33, 34]);
  });
});

describe("isoFromEpoch", () => {
  it.each([
    [0, "1970-01-01T00:00:00Z"],
    [1_700_438_400, "2023-11-20T00:00:00Z"],
    [1_709_164_799.9, "2024-02-28T23:59:59Z"],
  ])("%d → %s (whole seconds)", (seconds, iso) => expect(isoFromEpoch(seconds)).toBe(iso));
});

describe("part normalisation", () => {
  it("replaces both core dates", () => {
    const xml =
      '<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T10:00:00.003Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T10:00:00.018Z</dcterms:modified></cp:coreProperties>';
    const out = setCoreDates(xml, "2023-11-20T00:00:00Z");
    expect(out.match(/2023-11-20T00:00:00Z/g)).toHaveLength(2);
    expect(out).not.toContain("2026");
  });

  it("maps .rels parts to their owners", () => {
    expect(ownerOfRels("word/_rels/document.xml.rels")).toBe("word/document.xml");
    expect(ownerOfRels("_rels/.rels")).toBeUndefined(); // the package rels belong to no part
    expect(ownerOfRels("word/document.xml")).toBeUndefined();
  });

  it("renumbers random relationship ids in both the .rels and the part", () => {
    const rels =
      '<Relationships><Relationship Id="rId1" Target="styles.xml"/><Relationship Id="x9-_ab" Target="https://a"/><Relationship Id="qq" Target="https://b"/></Relationships>';
    const part = '<w:hyperlink r:id="x9-_ab"/><w:hyperlink r:id="qq"/><w:r r:id="rId1"/>';
    const out = renumberRelationships(rels, part);
    expect(out.rels).toContain('Id="rId1"');
    expect(out.rels).toContain('Id="rIdLink1" Target="https://a"');
    expect(out.rels).toContain('Id="rIdLink2" Target="https://b"');
    expect(out.part).toBe('<w:hyperlink r:id="rIdLink1"/><w:hyperlink r:id="rIdLink2"/><w:r r:id="rId1"/>');
  });

  it("orders zip entries with [Content_Types].xml and _rels/.rels first", () => {
    expect(entryOrder(["word/document.xml", "_rels/.rels", "docProps/app.xml", "[Content_Types].xml"])).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/app.xml",
      "word/document.xml",
    ]);
  });
});
