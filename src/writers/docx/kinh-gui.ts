/**
 * The "Kính gửi" block (ô 9a, docs/decree-30.md#kinh-gui), its lines as the model gives them.
 * One recipient: the heading on one centred line. Several: the heading, then the "- X;" lines
 * with their dashes under the end of the label, the whole block centred on the page.
 */
import { AlignmentType, Paragraph } from "docx";
import { textWidthMm } from "../../fonts/measure.js";
import type { Frame, KinhGui, Layout } from "../../model/report.js";
import { frameMark, frameRuns } from "./frame-line.js";
import { STYLE } from "./styles.js";
import { mmToTwips, ptToHalfPoints, ptToTwips } from "./units.js";

/** `frame` carries the changes of a tracked-changes model (keys `kinhGui.heading`, `kinhGui.lines.N`). */
export function kinhGuiBlock(
  kinhGui: KinhGui | undefined,
  layout: Layout,
  textTwips: number,
  frame: Pick<Frame, "tracked"> = {},
): Paragraph[] {
  if (kinhGui === undefined) return [];
  const size = layout.size.body;
  const spaceAbove = layout.frame.space.kinhGui;
  const line = frameLine(frame as Frame, size);
  if (kinhGui.lines.length === 0) return [paragraph({ ...line("kinhGui.heading", kinhGui.heading), spaceAbove })];
  const labelMm = textWidthMm(kinhGui.label, size);
  const widestMm = Math.max(
    textWidthMm(kinhGui.heading, size),
    ...kinhGui.lines.map((text) => labelMm + textWidthMm(text, size)),
  );
  const start = Math.max(0, Math.floor((textTwips - mmToTwips(widestMm)) / 2));
  const dash = start + mmToTwips(labelMm);
  return [
    paragraph({ ...line("kinhGui.heading", kinhGui.heading), left: start, spaceAbove }),
    ...kinhGui.lines.map((text, i) => paragraph({ ...line(`kinhGui.lines.${i}`, text), left: dash })),
  ];
}

const frameLine = (frame: Frame, size: number) => (key: string, text: string) => ({
  children: frameRuns(frame, key, text, { size: ptToHalfPoints(size) }),
  mark: frameMark(frame, key),
});

function paragraph(
  options: ReturnType<ReturnType<typeof frameLine>> & { left?: number; spaceAbove?: number },
): Paragraph {
  return new Paragraph({
    style: STYLE.frame,
    keepNext: true,
    ...options.mark,
    ...(options.left !== undefined ? { alignment: AlignmentType.LEFT, indent: { left: options.left } } : {}),
    ...(options.spaceAbove ? { spacing: { before: ptToTwips(options.spaceAbove) } } : {}),
    children: options.children,
  });
}
