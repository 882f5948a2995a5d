/**
 * The header (ô 1–4): a borderless 2 × 2 table. Row 1: chủ quản + cơ quan with
 * a short rule | Quốc hiệu + Tiêu ngữ with a rule as wide as the Tiêu ngữ.
 * Row 2: "Số: …" | place and date, so both always sit on the same line.
 */
import { Paragraph } from "docx";
import type { Table } from "docx";
import { textWidthMm } from "../../fonts/measure.js";
import type { Frame, Layout } from "../../model/report.js";
import { borderlessTable, cellTextWidth, frameColumns } from "./borderless-table.js";
import { frameMark, frameRuns } from "./frame-line.js";
import { ruleParagraph } from "./rule.js";
import { STYLE } from "./styles.js";
import { ptToHalfPoints, ptToTwips, twipsToMm } from "./units.js";

export function headerTable(frame: Frame, layout: Layout): Table {
  const columns = frameColumns(layout.columns.header);
  const left = agencyCell(frame, layout, cellTextWidth(columns[0]));
  const right = nationalCell(frame, layout, cellTextWidth(columns[1]));
  const gap = layout.frame.space.headerRows;
  const line = frameLine(frame);
  const numberLine = line("header.numberLine", frame.header.numberLine, { size: layout.size.numberLine }, gap);
  const dateLine = line("header.dateLine", frame.header.dateLine, { size: layout.size.dateLine, italics: true }, gap);
  return borderlessTable(columns, [
    [left, right],
    [[numberLine], [dateLine]],
  ]);
}

/** The layout's share of the widest agency line's printed width, capped by the cell (a longer name wraps). */
export function agencyRuleMm(header: Frame["header"], layout: Layout, cellTwips: number): number {
  const widest = Math.max(0, ...header.agency.map((text) => textWidthMm(text, layout.size.agency, { bold: true })));
  return Math.min(widest, twipsToMm(cellTwips)) * layout.frame.ruleShare;
}

/** The Tiêu ngữ rule is exactly as wide as the Tiêu ngữ text. */
export function mottoRuleMm(header: Frame["header"], layout: Layout): number {
  return textWidthMm(header.motto, layout.size.motto, { bold: true });
}

function agencyCell(frame: Frame, layout: Layout, cellTwips: number): Paragraph[] {
  const { header } = frame;
  const line = frameLine(frame);
  return [
    ...header.parentAgency.map((text, i) => line(`header.parentAgency.${i}`, text, { size: layout.size.parentAgency })),
    ...header.agency.map((text, i) => line(`header.agency.${i}`, text, { size: layout.size.agency, bold: true })),
    ruleParagraph({
      lengthMm: agencyRuleMm(header, layout, cellTwips),
      boxTwips: cellTwips,
      thicknessPt: layout.frame.ruleThickness,
    }),
  ];
}

function nationalCell(frame: Frame, layout: Layout, cellTwips: number): Paragraph[] {
  const { header } = frame;
  const line = frameLine(frame);
  return [
    line("header.nationalTitle", header.nationalTitle, { size: layout.size.nationalTitle, bold: true }),
    line("header.motto", header.motto, { size: layout.size.motto, bold: true }),
    ruleParagraph({
      lengthMm: mottoRuleMm(header, layout),
      boxTwips: cellTwips,
      thicknessPt: layout.frame.ruleThickness,
    }),
  ];
}

/** One frame line; `key` names it in a tracked-changes model's `frame.tracked`. */
const frameLine =
  (frame: Frame) =>
  (key: string, text: string, run: { size: number; bold?: boolean; italics?: boolean }, spaceBeforePt = 0): Paragraph =>
    new Paragraph({
      style: STYLE.frame,
      keepNext: true,
      ...(spaceBeforePt ? { spacing: { before: ptToTwips(spaceBeforePt) } } : {}),
      ...frameMark(frame, key),
      children: frameRuns(frame, key, text, { ...run, size: ptToHalfPoints(run.size) }),
    });
