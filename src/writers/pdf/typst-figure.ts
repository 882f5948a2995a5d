/**
 * A figure → Typst: the image's bytes inline (no files to map), centred, its caption under it in
 * italics. An SVG is given to Typst as SVG, so the PDF holds it as vector graphics.
 */
import type { Figure } from "../../model/report.js";
import { len } from "./typst-escape.js";
import { type FootnoteTracker, inlineContent } from "./typst-inline.js";

const TYPST_FORMAT = { png: "png", jpeg: "jpg", svg: "svg" } as const;

export function figureSource(f: Figure, fn: FootnoteTracker): string {
  const bytes = [...Buffer.from(f.image.data, "base64")].join(",");
  const image = `image(bytes((${bytes},)), format: "${TYPST_FORMAT[f.image.format]}", width: ${len(f.image.widthMm, "mm")})`;
  const caption = f.caption.length > 0 ? `; par(text(style: "italic", ${inlineContent(f.caption, fn)}))` : "";
  return `#block(breakable: false, width: 100%, { set par(first-line-indent: 0pt, justify: false); set align(center); ${image}${caption} })`;
}
