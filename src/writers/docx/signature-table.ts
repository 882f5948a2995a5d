/**
 * The signature area (ô 7, 9b): a borderless one-row table that never splits.
 * Left: "Nơi nhận:" (bold italic) and the recipient lines (group lines italic).
 * Right: the authority lines, room for the signature, the signer's name.
 */
import { AlignmentType, Paragraph } from "docx";
import type { Table } from "docx";
import type { Frame, Layout, Recipients, Signature } from "../../model/report.js";
import { borderlessTable, frameColumns } from "./borderless-table.js";
import { frameMark, frameRuns } from "./frame-line.js";
import { STYLE } from "./styles.js";
import { ptToHalfPoints, ptToTwips } from "./units.js";

/** `frame` carries the changes of a tracked-changes model (keys `recipients.…`, `signature.…`). */
export function signatureTable(recipients: Recipients, signature: Signature, layout: Layout, frame: Pick<Frame, "tracked"> = {}): Table {
  const f = frame as Frame;
  return borderlessTable(frameColumns(layout.columns.signature), [[recipientsCell(recipients, layout, f), signatureCell(signature, layout, f)]]);
}

function recipientsCell(recipients: Recipients, layout: Layout, frame: Frame): Paragraph[] {
  const heading = new Paragraph({
    style: STYLE.recipients,
    keepNext: true,
    keepLines: true,
    spacing: { before: ptToTwips(layout.frame.space.signature) },
    ...frameMark(frame, "recipients.heading"),
    children: frameRuns(frame, "recipients.heading", recipients.heading, { bold: true, italics: true, size: ptToHalfPoints(layout.size.recipientsHeading) }),
  });
  const lines = recipients.lines.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.recipients,
        keepNext: true,
        keepLines: true,
        ...frameMark(frame, `recipients.lines.${i}`),
        children: frameRuns(frame, `recipients.lines.${i}`, line.text, line.group ? { italics: true } : {}),
      }),
  );
  return [heading, ...lines];
}

/** Lines take bold, centring and size from the "BC Signature" style. */
function signatureCell(signature: Signature, layout: Layout, frame: Frame): Paragraph[] {
  const centred = (key: string, text: string, first = false) =>
    new Paragraph({
      style: STYLE.signature,
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      ...(first ? { spacing: { before: ptToTwips(layout.frame.space.signature) } } : {}),
      ...frameMark(frame, key),
      children: text === "" && !frame.tracked?.[key] ? [] : frameRuns(frame, key, text),
    });
  const space = Array.from({ length: Math.max(0, signature.space) }, () => centred("", ""));
  const lines = signature.lines.map((text, i) => centred(`signature.lines.${i}`, text, i === 0));
  return [...lines, ...space, centred("signature.name", signature.name)];
}
