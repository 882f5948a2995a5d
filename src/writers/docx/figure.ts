/**
 * A figure: the image centred at its printed width, kept with its caption (centred, italic) under it.
 * An SVG goes in as SVG (`asvg:svgBlip`) with a PNG made from it at 200 dpi for readers without SVG
 * support; write-docx.ts loads the renderer first (svg/renderer.ts).
 */
import { AlignmentType, ImageRun, Paragraph, type IImageOptions } from "docx";
import type { Figure, FigureImage } from "../../model/report.js";
import { pixelsFor, rasteriseSvg } from "../../svg/rasterise-svg.js";
import { inlineChildren, type InlineContext } from "./inlines.js";
import { paragraphMark, revisedChild } from "./revisions.js";
import { STYLE } from "./styles.js";

/** docx sizes images in pixels at 96 per inch. */
const mmToPx = (mm: number) => Math.round((mm / 25.4) * 96);

function imageData(image: FigureImage, transformation: { width: number; height: number }) {
  const data = Buffer.from(image.data, "base64");
  if (image.format !== "svg") return { type: image.format === "png" ? "png" : "jpg", data, transformation } as const;
  const fallback = { type: "png", data: rasteriseSvg(data, pixelsFor(image.widthMm)) } as const;
  return { type: "svg", data, fallback, transformation } as const;
}

export function figureParagraphs(f: Figure, ctx: InlineContext): Paragraph[] {
  const width = mmToPx(f.image.widthMm);
  const height = Math.round((width * f.image.height) / f.image.width);
  const options: IImageOptions = {
    ...imageData(f.image, { width, height }),
    altText: {
      name: f.image.path,
      title: f.image.path,
      description: f.caption.map((r) => (r.type === "text" ? r.text : "")).join(""),
    },
  };
  const out = [
    new Paragraph({
      style: STYLE.table,
      alignment: AlignmentType.CENTER,
      keepNext: f.caption.length > 0,
      spacing: { before: 120 },
      ...paragraphMark(f.revision),
      children: [revisedChild(new ImageRun(options), f.revision)],
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
