import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxGoldenParts, prettyXml } from "./support/docx-golden.js";

const DOC =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t xml:space="preserve"> Kính  gửi: </w:t><w:tab/></w:r></w:p>' +
  "<w:p/></w:body></w:document>";

describe("pretty-printed DOCX parts for golden cases", () => {
  it("puts one element per line, indented by two spaces, ending in a newline", () => {
    expect(prettyXml(DOC)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<w:document xmlns:w="w">',
        "  <w:body>",
        "    <w:p>",
        "      <w:r>",
        '        <w:t xml:space="preserve"> Kính  gửi: </w:t>',
        "        <w:tab/>",
        "      </w:r>",
        "    </w:p>",
        "    <w:p/>",
        "  </w:body>",
        "</w:document>",
        "",
      ].join("\n"),
    );
  });

  it("keeps every character of text nodes, so a changed space shows in the golden", () => {
    const a = prettyXml(DOC);
    const b = prettyXml(DOC.replace(" Kính  gửi: ", " Kính gửi: "));
    expect(a).not.toBe(b);
  });

  it("is stable: formatting the output again changes nothing", () => {
    expect(prettyXml(prettyXml(DOC))).toBe(prettyXml(DOC));
  });

  it("takes document.xml and footnotes.xml when present, in that order", () => {
    const parts = (files: Record<string, string>) =>
      docxGoldenParts(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))).map(
        ([p]) => p,
      );
    expect(parts({ "word/footnotes.xml": "<f/>", "word/document.xml": DOC, "word/styles.xml": "<s/>" })).toEqual([
      "word/document.xml",
      "word/footnotes.xml",
    ]);
    expect(parts({ "word/document.xml": DOC })).toEqual(["word/document.xml"]);
  });
});
