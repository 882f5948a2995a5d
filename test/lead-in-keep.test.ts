/**
 * A lead-in ("Kết quả cụ thể như sau:") right before a table or figure is printed on the same page
 * as it: the DOCX paragraph keeps with the next (`w:keepNext`), the Typst block is sticky. The PDF
 * is checked for every position of the lead-in down a page.
 */
import { describe, expect, it } from "vitest";
import { printedBlocks } from "../src/model/printed-blocks.js";
import type { Block, Inline, ReportModel, Table } from "../src/model/report.js";
import { writeDocx } from "../src/writers/docx/write-docx.js";
import { writePdf } from "../src/writers/pdf/write-pdf.js";
import { unzipDocx } from "./support/docx-xml.js";
import { pdfPages } from "./support/pdf-text.js";
import { sampleModel } from "./support/sample-model.js";

const t = (text: string): Inline => ({ type: "text", text });
const LEAD = "Kết quả cụ thể như sau:";
const table: Table = {
  type: "table",
  align: [null, null],
  headerRows: 1,
  widths: [0.3, 0.7],
  rows: [
    [{ content: [t("Chỉ tiêu")] }, { content: [t("Kết quả")] }],
    [{ content: [t("Thủ tục trực tuyến")] }, { content: [t("98 phần trăm")] }],
  ],
};

function withLeadIn(fillers: number): ReportModel {
  const m = sampleModel();
  const filler = (i: number): Block => ({
    type: "paragraph",
    role: "body",
    content: [t(`Đoạn ${i + 1}: tiếp tục theo dõi, đôn đốc thực hiện các nhiệm vụ theo kế hoạch đã đề ra của tỉnh.`)],
  });
  const lead: Block = { type: "paragraph", role: "body", content: [t(LEAD)] };
  m.body.push(...Array.from({ length: fillers }, (_, i) => filler(i)), lead, table);
  return m;
}

describe("a lead-in stays with the table it introduces", () => {
  it("is marked only before a table or figure, and only when it ends with a colon", () => {
    const blocks = printedBlocks(withLeadIn(1).body);
    const marked = blocks.filter((b) => b.type === "paragraph" && b.keepWithNext);
    expect(marked.map((b) => (b.type === "paragraph" ? b.content : []))).toEqual([[t(LEAD)]]);
  });

  it("DOCX: the lead-in paragraph keeps with the next", async () => {
    const xml = unzipDocx(await writeDocx(withLeadIn(1)))["word/document.xml"]!;
    const para = xml.split("<w:p>").find((p) => p.includes(LEAD)) ?? xml.split("<w:p ").find((p) => p.includes(LEAD));
    expect(para).toContain("<w:keepNext/>");
  });

  it("PDF: wherever it falls on a page, the lead-in is on the page of the table's first row", async () => {
    let moved = 0;
    for (let n = 10; n <= 24; n++) {
      const pages = await pdfPages(await writePdf(withLeadIn(n)));
      const pageOf = (s: string) =>
        pages.findIndex((p) =>
          p.items
            .map((i) => i.str)
            .join("")
            .includes(s),
        );
      const [lead, row] = [pageOf("như sau:"), pageOf("Chỉ tiêu")];
      expect(lead, `${n} paragraphs`).toBeGreaterThanOrEqual(0);
      expect(lead, `${n} paragraphs`).toBe(row);
      if (lead > pageOf("Đoạn 1:")) moved++;
    }
    expect(moved, "some positions push the lead-in to the next page").toBeGreaterThan(0);
  }, 60_000);
});
