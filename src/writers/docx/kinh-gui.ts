/**
 * The "Kính gửi" block (ô 9a, docs/decree-30.md#kinh-gui). One recipient: "Kính gửi: X" on
 * one centred line. Several: "Kính gửi:" then "- X;" lines (the last ending
 * "."), the dashes under the colon, the whole block centred on the page.
 */
import { AlignmentType, Paragraph } from "docx";
import { textWidthMm } from "../../fonts/measure.js";
import type { Layout } from "../../model/report.js";
import { plainRun } from "./inlines.js";
import { STYLE } from "./styles.js";
import { mmToTwips, ptToHalfPoints, ptToTwips } from "./units.js";

export const KINH_GUI_LABEL = "Kính gửi";

/** Space above the block, pt. */
const SPACE_ABOVE_PT = 6;

/** The recipient lines of a multi-recipient block: "- X;" … "- Y.". */
export function kinhGuiLines(recipients: readonly string[]): string[] {
  return recipients.map((text, i) => `- ${text}${i === recipients.length - 1 ? "." : ";"}`);
}

export function kinhGuiBlock(recipients: readonly string[], layout: Layout, textTwips: number): Paragraph[] {
  if (recipients.length === 0) return [];
  const size = layout.size.body;
  const run = (text: string) => plainRun(text, { size: ptToHalfPoints(size) });
  if (recipients.length === 1) {
    return [paragraph({ children: [run(`${KINH_GUI_LABEL}: ${recipients[0]}`)], spaceAbove: true })];
  }
  const lines = kinhGuiLines(recipients);
  const labelMm = textWidthMm(KINH_GUI_LABEL, size);
  const widestMm = Math.max(textWidthMm(`${KINH_GUI_LABEL}:`, size), ...lines.map((text) => labelMm + textWidthMm(text, size)));
  const start = Math.max(0, Math.floor((textTwips - mmToTwips(widestMm)) / 2));
  const dash = start + mmToTwips(labelMm);
  return [
    paragraph({ children: [run(`${KINH_GUI_LABEL}:`)], left: start, spaceAbove: true }),
    ...lines.map((text) => paragraph({ children: [run(text)], left: dash })),
  ];
}

function paragraph(options: { children: ReturnType<typeof plainRun>[]; left?: number; spaceAbove?: boolean }): Paragraph {
  return new Paragraph({
    style: STYLE.frame,
    keepNext: true,
    ...(options.left !== undefined ? { alignment: AlignmentType.LEFT, indent: { left: options.left } } : {}),
    ...(options.spaceAbove ? { spacing: { before: ptToTwips(SPACE_ABOVE_PT) } } : {}),
    children: options.children,
  });
}
