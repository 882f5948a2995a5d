/**
 * A paragraph holding only an image, `![Biểu đồ 1: …](bieu-do.png)`, → a Figure block: the image
 * read from the repository (PNG, JPEG or SVG; the path starts at the period folder) and its alt
 * text as the caption. A missing, unreadable or unsupported image is an error at the image; so is
 * an SVG that resvg cannot read or that refers to another file (svg/inspect-svg.ts).
 */
import type { Image } from "mdast";
import { imageSize } from "image-size";
import { diagnostic } from "../diagnostics/diagnostic.js";
import { msg, type Message } from "../messages/index.js";
import type { Figure, FigureImage } from "../model/report.js";
import { inspectSvg } from "../svg/inspect-svg.js";
import { type Context, sourceAt } from "./context.js";
import { readResource } from "./resources.js";

/** Pixels per inch assumed for a PNG's or JPEG's natural size. */
const PPI = 150;
/** CSS pixels per inch: an SVG's `width="400"` is 400/96 inches. */
const SVG_PPI = 96;
/** Widest printed image, mm (the text width of an A4 portrait page with the Decree-30 margins). */
export const MAX_FIGURE_MM = 165;

type Size = Pick<FigureImage, "format" | "width" | "height" | "widthMm">;
type Problem = { rule: string; message: Message; hint: Message };

export function figure(node: Image, ctx: Context): Figure | undefined {
  const fail = (p: Problem) => {
    const at = ctx.locator.at(node.position?.start.offset ?? 0);
    ctx.diagnostics.push(diagnostic({ file: ctx.src.file, at, ...p }));
    return undefined;
  };
  const url = node.url;
  if (!ctx.src.resources)
    return fail({
      rule: "figure-unavailable",
      message: msg("figure.unavailable", { url }),
      hint: msg("figure.unavailable.hint"),
    });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    return fail({
      rule: "outside-repository",
      message: msg("figure.web-address", { url }),
      hint: msg("figure.web-address.hint"),
    });
  }
  const read = readResource(ctx.src.resources, writtenPath(url), msg("resources.what.image"));
  if (!read.ok) return fail(read);
  const size = sizeOf(read.path, read.bytes);
  if ("rule" in size) return fail(size);
  const caption = node.alt ? [{ type: "text" as const, text: node.alt.normalize("NFC") }] : [];
  return {
    type: "figure",
    image: { path: read.path, ...size, data: Buffer.from(read.bytes).toString("base64") },
    caption,
    source: sourceAt(ctx, node),
  };
}

/** The path as written, percent escapes decoded (a lone `%` is part of the name). */
export function writtenPath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

const mm = (px: number, ppi: number) => Math.min(MAX_FIGURE_MM, Math.round((px / ppi) * 25.4 * 10) / 10);

function sizeOf(path: string, bytes: Uint8Array): Size | Problem {
  let found: { width?: number; height?: number; type?: string };
  try {
    found = imageSize(bytes);
  } catch {
    found = {};
  }
  // An SVG's size may be given by its drawing alone, which image-size does not read: resvg decides.
  if (found.type === "svg" || (/\.svg$/i.test(path) && found.type !== "png" && found.type !== "jpg"))
    return svgSize(path, bytes);
  const format = found.type === "png" ? "png" : found.type === "jpg" ? "jpeg" : undefined;
  if (!format || !found.width || !found.height) {
    const what = found.type ? msg("figure.found-format", { format: found.type.toUpperCase() }) : undefined;
    return {
      rule: "bad-image",
      message: msg("figure.not-an-image", { path, found: what ?? msg("figure.found-unreadable") }),
      hint: msg("figure.not-an-image.hint"),
    };
  }
  return { format, width: found.width, height: found.height, widthMm: mm(found.width, PPI) };
}

function svgSize(path: string, bytes: Uint8Array): Size | Problem {
  if (!/\.svg$/i.test(path))
    return {
      rule: "bad-image",
      message: msg("figure.svg-not-named", { path }),
      hint: msg("figure.svg-not-named.hint"),
    };
  // The pipeline has loaded the SVG renderer: the fragment's body holds an image (mayHoldImage).
  const svg = inspectSvg(bytes);
  if (svg.ok) {
    const [width, height] = [Math.max(1, Math.round(svg.width)), Math.max(1, Math.round(svg.height))];
    return { format: "svg", width, height, widthMm: mm(svg.width, SVG_PPI) };
  }
  if (svg.problem === "unreadable") {
    const { reason, line, column } = svg;
    const message =
      line === undefined
        ? msg("figure.svg-unreadable", { path, reason })
        : msg("figure.svg-unreadable-at", { path, reason, line, column: column ?? 1 });
    return { rule: "bad-image", message, hint: msg("figure.svg-unreadable.hint") };
  }
  const { href, line, column } = svg;
  return {
    rule: "outside-repository",
    message: msg("figure.svg-external", { path, href, line, column }),
    hint: msg("figure.svg-external.hint"),
  };
}

/** Whether Markdown text may hold an image (each is written `![…`): the pipeline then loads the SVG renderer. */
export function mayHoldImage(text: string | undefined): boolean {
  return text?.includes("![") ?? false;
}
