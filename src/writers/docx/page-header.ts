/**
 * Page numbers (docs/decree-30.md#page-numbers): centred in the page header, Arabic, upright,
 * none on page 1 — `titlePg` with an empty first-page header and a default
 * header holding a PAGE field.
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from "docx";
import type { Layout } from "../../model/report.js";
import { STYLE } from "./styles.js";
import { ptToHalfPoints } from "./units.js";

export function pageHeaders(layout: Layout): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          style: STYLE.frame,
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(layout.size.pageNumber) })],
        }),
      ],
    }),
    // Word wants at least one paragraph in every header part.
    first: new Header({ children: [new Paragraph({ style: STYLE.frame })] }),
  };
}
