import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { decodeXmlEntities, docxText, paragraphTexts } from "./support/docx-text.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (runs: string, pPr = "") => `<w:p w:rsidR="00A1">${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs}</w:p>`;
const r = (text: string, rPr = "") =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const ref = (id: number) =>
  `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

function docx(body: string, footnotes?: string, styles?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8("<Types/>"),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
  };
  if (footnotes !== undefined) files["word/footnotes.xml"] = strToU8(`<w:footnotes ${W}>${footnotes}</w:footnotes>`);
  if (styles !== undefined) files["word/styles.xml"] = strToU8(`<w:styles ${W}>${styles}</w:styles>`);
  return zipSync(files);
}

describe("docxText", () => {
  const headerTable =
    `<w:tbl><w:tblPr/><w:tr><w:tc>${p(r("UBND TỈNH CAO BẰNG"))}${p(r("Số: 05/BC-SKHCN"))}</w:tc>` +
    `<w:tc>${p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))}${p(r("Cao Bằng, ngày 20 tháng 11 năm 2023", "<w:i/>"))}</w:tc></w:tr></w:tbl>`;

  it("drops the header table before BÁO CÁO and reads paragraphs in order", () => {
    const body =
      headerTable +
      p(r("BÁO CÁO", "<w:b/>")) +
      p(r("Kết quả ") + r("tháng 11", "<w:b/>") + r(" năm 2023")) +
      p("") +
      p(r("- Trình UBND tỉnh") + "<w:r><w:tab/></w:r>" + r("KH&amp;CN &lt;1&gt;"));
    const t = docxText(docx(body));
    expect(t.allParagraphs[0]).toBe("UBND TỈNH CAO BẰNG");
    expect(t.paragraphs).toEqual(["BÁO CÁO", "Kết quả tháng 11 năm 2023", "- Trình UBND tỉnh KH&CN <1>"]);
    expect(t.bodyWords).toEqual([
      "BÁO",
      "CÁO",
      "Kết",
      "quả",
      "tháng",
      "11",
      "năm",
      "2023",
      "Trình",
      "UBND",
      "tỉnh",
      "KH&CN",
      "<1>",
    ]);
    expect(t.footnotes).toEqual([]);
  });

  it("turns tabs and breaks into spaces and skips field instructions", () => {
    const run = `<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:t/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>`;
    expect(paragraphTexts(p(run))).toEqual(["a b c"]);
  });

  it("upper-cases runs printed in capitals, directly or through styles", () => {
    const styles =
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading1x"><w:basedOn w:val="Heading1"/></w:style>`;
    const body =
      p(r("BÁO CÁO")) +
      p(r("I. ") + r("kết quả tháng 11", "<w:caps/>")) +
      p(r("II. nhiệm vụ"), `<w:pStyle w:val="Heading1x"/>`) +
      p(r("không in hoa", '<w:caps w:val="false"/>'), `<w:pStyle w:val="Heading1"/>`);
    expect(docxText(docx(body, undefined, styles)).paragraphs).toEqual([
      "BÁO CÁO",
      "I. KẾT QUẢ THÁNG 11",
      "II. NHIỆM VỤ",
      "không in hoa",
    ]);
  });

  it("reads real footnotes in reference order, skipping separators", () => {
    const body = p(r("BÁO CÁO")) + p(r("tỉnh Cao Bằng") + ref(3) + r(". Dự án") + ref(2) + r("."));
    const note = (id: number, text: string) =>
      `<w:footnote w:id="${id}">${p(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>` + r(" " + text))}</w:footnote>`;
    const footnotes =
      `<w:footnote w:type="separator" w:id="-1">${p("<w:r><w:separator/></w:r>")}</w:footnote>` +
      `<w:footnote w:type="continuationSeparator" w:id="0">${p("<w:r><w:continuationSeparator/></w:r>")}</w:footnote>` +
      note(2, "Thứ hai (Paris polyphylla Sm).") +
      note(3, "QĐ số 1370/QĐ-UBND ngày 20/10/2023");
    const t = docxText(docx(body, footnotes));
    expect(t.bodyWords).toEqual(["BÁO", "CÁO", "tỉnh", "Cao", "Bằng.", "Dự", "án."]);
    expect(t.footnotes).toEqual(["QĐ số 1370/QĐ-UBND ngày 20/10/2023", "Thứ hai (Paris polyphylla Sm)."]);
    expect(t.footnoteWords.slice(0, 3)).toEqual(["QĐ", "số", "1370/QĐ-UBND"]);
  });

  it("keeps every paragraph when there is no BÁO CÁO paragraph", () => {
    expect(docxText(docx(p(r("một")) + p(r("hai")))).paragraphs).toEqual(["một", "hai"]);
  });

  it("rejects a zip without word/document.xml", () => {
    expect(() => docxText(zipSync({ "a.txt": strToU8("x") }))).toThrow(/document\.xml/);
  });
});

describe("decodeXmlEntities", () => {
  it("decodes named and numeric entities", () => {
    expect(decodeXmlEntities("KH&amp;CN &#7879; &#x1EC7; &quot;&apos;&lt;&gt;")).toBe(`KH&CN ệ ệ "'<>`);
  });
});
