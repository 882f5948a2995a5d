/**
 * An SVG → PNG at a given pixel width (the height keeps the SVG's aspect ratio, at least one pixel),
 * for readers that cannot show SVG (the DOCX fallback image). Deterministic: same bytes and width,
 * same PNG.
 */
import { parseSvg } from "./renderer.js";

export function rasteriseSvg(bytes: Uint8Array, widthPx: number): Uint8Array {
  const natural = parseSvg(bytes);
  const flat = (natural.height * widthPx) / natural.width < 1;
  natural.free();
  const svg = parseSvg(bytes, flat ? { mode: "height", value: 1 } : { mode: "width", value: widthPx });
  const image = svg.render();
  const png = image.asPng();
  image.free();
  svg.free();
  return png;
}

/** Pixel width for printing `widthMm` at `dpi` dots per inch. */
export const pixelsFor = (widthMm: number, dpi = 200) => Math.max(1, Math.round((widthMm / 25.4) * dpi));
