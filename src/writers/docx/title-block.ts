/**
 * The title block (ô 5a): "BÁO CÁO", the trích yếu lines, and a short rule
 * under them, all centred on the page.
 */
import { Paragraph } from "docx";
import { textWidthMm } from "../../fonts/measure.js";
import type { Frame, Layout } from "../../model/report.js";
import { frameMark, frameRuns } from "./frame-line.js";
import { ruleParagraph } from "./rule.js";
import { STYLE } from "./styles.js";
import { ptToHalfPoints, ptToTwips, twipsToMm } from "./units.js";

/** The rule under the trích yếu: the layout's share of its widest printed line. */
export function titleRuleMm(frame: Frame, layout: Layout, textTwips: number): number {
  const widest = Math.max(0, ...frame.title.map((text) => textWidthMm(text, layout.size.title, { bold: true })));
  return Math.min(widest, twipsToMm(textTwips)) * layout.frame.ruleShare;
}

export function titleBlock(frame: Frame, layout: Layout, textTwips: number): Paragraph[] {
  const docType = new Paragraph({
    style: STYLE.frame,
    keepNext: true,
    spacing: { before: ptToTwips(layout.frame.space.docType) },
    children: frameRuns(frame, "docType", frame.docType, { bold: true, size: ptToHalfPoints(layout.size.docType) }),
  });
  const title = frame.title.map(
    (text, i) =>
      new Paragraph({
        style: STYLE.frame,
        keepNext: true,
        ...frameMark(frame, `title.${i}`),
        children: frameRuns(frame, `title.${i}`, text, { bold: true, size: ptToHalfPoints(layout.size.title) }),
      }),
  );
  const rule = ruleParagraph({
    lengthMm: titleRuleMm(frame, layout, textTwips),
    boxTwips: textTwips,
    thicknessPt: layout.frame.ruleThickness,
    spaceAfterPt: layout.frame.space.titleRule,
  });
  return [docType, ...title, rule];
}
