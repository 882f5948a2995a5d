/**
 * The signature area (ô 7, 9b): a borderless one-row table that never splits.
 * Left: "Nơi nhận:" (bold italic) and the recipient lines (group lines italic).
 * Right: the authority lines, room for the signature, the signer's name.
 */
import { AlignmentType, Paragraph } from "docx";
import type { Table } from "docx";
import type { Layout, Recipients, Signature } from "../../model/report.js";
import { borderlessTable, frameColumns } from "./borderless-table.js";
import { plainRun } from "./inlines.js";
import { STYLE } from "./styles.js";
import { ptToHalfPoints, ptToTwips } from "./units.js";

export function signatureTable(recipients: Recipients, signature: Signature, layout: Layout): Table {
  return borderlessTable(frameColumns(layout.columns.signature), [[recipientsCell(recipients, layout), signatureCell(signature, layout)]]);
}

function recipientsCell(recipients: Recipients, layout: Layout): Paragraph[] {
  const heading = new Paragraph({
    style: STYLE.recipients,
    keepNext: true,
    keepLines: true,
    spacing: { before: ptToTwips(layout.frame.space.signature) },
    children: [plainRun(recipients.heading, { bold: true, italics: true, size: ptToHalfPoints(layout.size.recipientsHeading) })],
  });
  const lines = recipients.lines.map(
    (line) =>
      new Paragraph({
        style: STYLE.recipients,
        keepNext: true,
        keepLines: true,
        children: [plainRun(line.text, line.group ? { italics: true } : {})],
      }),
  );
  return [heading, ...lines];
}

/** Lines take bold, centring and size from the "BC Signature" style. */
function signatureCell(signature: Signature, layout: Layout): Paragraph[] {
  const centred = (text: string, first = false) =>
    new Paragraph({
      style: STYLE.signature,
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      ...(first ? { spacing: { before: ptToTwips(layout.frame.space.signature) } } : {}),
      children: text === "" ? [] : [plainRun(text)],
    });
  const space = Array.from({ length: Math.max(0, signature.space) }, () => centred(""));
  return [...signature.lines.map((text, i) => centred(text, i === 0)), ...space, centred(signature.name)];
}
