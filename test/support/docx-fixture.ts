/**
 * Shared fixture for the DOCX writer tests: the sample model on a pinned
 * layout (so a change to the shipped defaults does not change what is being
 * checked) and small queries over WordprocessingML.
 */
import type { Layout, ReportModel } from "../../src/model/report.js";
import { writeDocx } from "../../src/writers/docx/write-docx.js";
import { all, kid, kids, readDocx, textOf } from "./docx-xml.js";
import type { DocxParts, XmlElement } from "./docx-xml.js";
import { sampleModel as baseSampleModel } from "./sample-model.js";

/**
 * The layout these tests assert against, pinned here so a change to the shipped
 * defaults does not silently change what is being checked.
 */
export const LAYOUT: Layout = {
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
  frame: {
    ruleShare: 0.4,
    ruleThickness: 0.75,
    space: { headerRows: 6, docType: 18, titleRule: 6, kinhGui: 6, signature: 12 },
  },
};

export function sampleModel(): ReportModel {
  return { ...baseSampleModel(), layout: structuredClone(LAYOUT) };
}

export const TEXT_WIDTH = 9354; // 165 mm text area (210 − 30 − 15) in twips
/** The sample model written once with the pinned layout, read back. */
export async function writeSample(model: ReportModel = sampleModel()): Promise<{ bytes: Uint8Array; docx: DocxParts }> {
  const bytes = await writeDocx(model);
  return { bytes, docx: readDocx(bytes) };
}

export const pPr = (p: XmlElement) => kid(p, "w:pPr");
export const rPr = (r: XmlElement) => kid(r, "w:rPr");
export const runs = (el: XmlElement) => all(el, "w:r").filter((r) => kid(r, "w:t"));
export const paragraphs = (el: XmlElement) => all(el, "w:p");
export const cells = (tbl: XmlElement) => kids(tbl, "w:tr").map((tr) => kids(tr, "w:tc"));
export const gridCols = (tbl: XmlElement) =>
  kids(kid(tbl, "w:tblGrid")!, "w:gridCol").map((g) => Number(g.attrs["w:w"]));
export const findParagraph = (root: XmlElement, text: string) => {
  const found = paragraphs(root).find((p) => textOf(p).includes(text));
  if (!found) throw new Error(`no paragraph with "${text}"`);
  return found;
};
export const runWith = (root: XmlElement, text: string) => {
  const found = runs(root).find((r) => textOf(r) === text);
  if (!found) throw new Error(`no run "${text}"`);
  return found;
};
/** Effective length of a rule paragraph inside a box of `box` twips. */
export const ruleLength = (p: XmlElement, box: number) => {
  const ind = kid(pPr(p)!, "w:ind")!;
  return box - Number(ind.attrs["w:left"]) - Number(ind.attrs["w:right"]);
};
export const isRule = (p: XmlElement) => {
  const border = kid(pPr(p) ?? p, "w:pBdr");
  return border !== undefined && kid(border, "w:bottom")?.attrs["w:val"] === "single" && textOf(p) === "";
};
export const rules = (el: XmlElement) => paragraphs(el).filter(isRule);
export const bodyTables = (docx: DocxParts) => kids(docx.body, "w:tbl");
