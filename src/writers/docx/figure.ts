/** A figure: the image centred at its printed width, kept with its caption (centred, italic) under it. */
import { AlignmentType, ImageRun, Paragraph } from "docx";
import type { Figure } from "../../model/report.js";
import { inlineChildren, type InlineContext } from "./inlines.js";
import { paragraphMark, revisedChild } from "./revisions.js";
import { STYLE } from "./styles.js";

/** docx sizes images in pixels at 96 per inch. */
const mmToPx = (mm: number) => Math.round((mm / 25.4) * 96);

export function figureParagraphs(f: Figure, ctx: InlineContext): Paragraph[] {
  const width = mmToPx(f.image.widthMm);
  const height = Math.round((width * f.image.height) / f.image.width);
  const image = new ImageRun({
    type: f.image.format === "png" ? "png" : "jpg",
    data: Buffer.from(f.image.data, "base64"),
    transformation: { width, height },
    altText: {
      name: f.image.path,
      title: f.image.path,
      description: f.caption.map((r) => (r.type === "text" ? r.text : "")).join(""),
    },
  });
  const out = [
    new Paragraph({
      style: STYLE.table,
      alignment: AlignmentType.CENTER,
      keepNext: f.caption.length > 0,
      spacing: { before: 120 },
      ...paragraphMark(f.revision),
      children: [revisedChild(image, f.revision)],
    }),
  ];
  if (f.caption.length > 0) {
    out.push(
      new Paragraph({
        style: STYLE.table,
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        ...paragraphMark(f.revision),
        children: inlineChildren(f.caption, ctx, { italics: true }),
      }),
    );
  }
  return out;
}
