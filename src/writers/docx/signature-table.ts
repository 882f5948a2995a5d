/**
 * The signature area (ô 7, 9b): a borderless table whose first row never splits.
 * Left: "Nơi nhận:" (bold italic) and the recipient lines (group lines italic).
 * Right: the authority lines, room for the signature, the signer's name.
 * A long list goes on in rows of one line each under the first (model/recipient-rows.ts).
 */
import { AlignmentType, Paragraph } from "docx";
import type { Table } from "docx";
import { recipientRows, type RecipientLine } from "../../model/recipient-rows.js";
import type { Frame, Layout, Recipients, Signature } from "../../model/report.js";
import { borderlessTable, frameColumns } from "./borderless-table.js";
import { frameMark, frameRuns } from "./frame-line.js";
import { STYLE } from "./styles.js";
import { ptToHalfPoints, ptToTwips } from "./units.js";

type Row = [Paragraph[], Paragraph[]];

/** `frame` carries the changes of a tracked-changes model (keys `recipients.…`, `signature.…`). */
export function signatureTable(
  recipients: Recipients,
  signature: Signature,
  layout: Layout,
  frame: Pick<Frame, "tracked"> = {},
): Table {
  const f = frame as Frame;
  const { beside, after } = recipientRows(recipients);
  const first: Row = [recipientsCell(recipients.heading, beside, layout, f), signatureCell(signature, layout, f)];
  // Rows after the first flow onto the next page: their lines are not kept with the next.
  const rest = after.map((line, i): Row => [
    [recipientLine(line, beside.length + i, false, f)],
    [new Paragraph({ style: STYLE.recipients })],
  ]);
  return borderlessTable(frameColumns(layout.columns.signature), [first, ...rest]);
}

function recipientsCell(heading: string, lines: readonly RecipientLine[], layout: Layout, frame: Frame): Paragraph[] {
  const size = ptToHalfPoints(layout.size.recipientsHeading);
  const first = new Paragraph({
    style: STYLE.recipients,
    keepNext: true,
    keepLines: true,
    spacing: { before: ptToTwips(layout.frame.space.signature) },
    ...frameMark(frame, "recipients.heading"),
    children: frameRuns(frame, "recipients.heading", heading, { bold: true, italics: true, size }),
  });
  return [first, ...lines.map((line, i) => recipientLine(line, i, true, frame))];
}

/** Line `i` of the list (its index in `recipients.lines`, the key of its tracked change). */
function recipientLine(line: RecipientLine, i: number, keepNext: boolean, frame: Frame): Paragraph {
  return new Paragraph({
    style: STYLE.recipients,
    keepNext,
    keepLines: true,
    ...frameMark(frame, `recipients.lines.${i}`),
    children: frameRuns(frame, `recipients.lines.${i}`, line.text, line.group ? { italics: true } : {}),
  });
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
