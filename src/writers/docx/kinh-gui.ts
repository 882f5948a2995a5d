/**
 * The "Kính gửi" block (ô 9a, docs/decree-30.md#kinh-gui), its lines as the model gives them.
 * One recipient: the heading on one centred line. Several: the heading, then the "- X;" lines
 * with their dashes under the end of the label, the whole block centred on the page.
 */
import { AlignmentType, Paragraph } from "docx";
import { textWidthMm } from "../../fonts/measure.js";
import type { KinhGui, Layout } from "../../model/report.js";
import { plainRun } from "./inlines.js";
import { STYLE } from "./styles.js";
import { mmToTwips, ptToHalfPoints, ptToTwips } from "./units.js";

export function kinhGuiBlock(kinhGui: KinhGui | undefined, layout: Layout, textTwips: number): Paragraph[] {
  if (kinhGui === undefined) return [];
  const size = layout.size.body;
  const spaceAbove = layout.frame.space.kinhGui;
  const run = (text: string) => plainRun(text, { size: ptToHalfPoints(size) });
  if (kinhGui.lines.length === 0) return [paragraph({ children: [run(kinhGui.heading)], spaceAbove })];
  const labelMm = textWidthMm(kinhGui.label, size);
  const widestMm = Math.max(textWidthMm(kinhGui.heading, size), ...kinhGui.lines.map((text) => labelMm + textWidthMm(text, size)));
  const start = Math.max(0, Math.floor((textTwips - mmToTwips(widestMm)) / 2));
  const dash = start + mmToTwips(labelMm);
  return [
    paragraph({ children: [run(kinhGui.heading)], left: start, spaceAbove }),
    ...kinhGui.lines.map((text) => paragraph({ children: [run(text)], left: dash })),
  ];
}

function paragraph(options: { children: ReturnType<typeof plainRun>[]; left?: number; spaceAbove?: number }): Paragraph {
  return new Paragraph({
    style: STYLE.frame,
    keepNext: true,
    ...(options.left !== undefined ? { alignment: AlignmentType.LEFT, indent: { left: options.left } } : {}),
    ...(options.spaceAbove ? { spacing: { before: ptToTwips(options.spaceAbove) } } : {}),
    children: options.children,
  });
}
