import type { Layout } from "./report.js";

/**
 * Defaults per Decree 30 (docs/decree-30.md#type-sizes, #page-margins, #body-paragraphs), which also
 * lists the ones `bcreport.yaml` can override under `layout:`. Header lines are 12 pt (the decree allows 12–13)
 * so that "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (64.8 mm) fits one line of the 70 mm agency column and the
 * Quốc hiệu (88.3 mm) one line of the 95 mm column. Values the decree leaves open
 * (footnote and table sizes) are marked "not in the decree" there.
 */
export const DEFAULT_LAYOUT: Layout = {
  page: {
    width: 210,
    height: 297,
    margin: { top: 20, bottom: 20, left: 30, right: 15 },
    headerDistance: 10,
  },
  fonts: ["Times New Roman", "Tinos"],
  size: {
    body: 14,
    parentAgency: 12,
    agency: 12,
    nationalTitle: 12,
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
  columns: { header: [70, 95], signature: [55, 110] },
  frame: {
    ruleShare: 0.4,
    ruleThickness: 0.75,
    space: { headerRows: 6, docType: 18, titleRule: 6, kinhGui: 6, signature: 12 },
  },
};
