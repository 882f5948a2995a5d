/**
 * A paragraph holding only an image, `![Biểu đồ 1: …](bieu-do.png)`, → a Figure block: the image
 * read from the repository (PNG or JPEG; the path starts at the period folder) and its alt text as
 * the caption. A missing, unreadable or unsupported image is an error at the image.
 */
import type { Image } from "mdast";
import { imageSize } from "image-size";
import { diagnostic } from "../diagnostics/diagnostic.js";
import type { Figure } from "../model/report.js";
import { type Context, sourceAt } from "./context.js";
import { readResource } from "./resources.js";

/** Pixels per inch assumed for an image's natural size. */
const PPI = 150;
/** Widest printed image, mm (the text width of an A4 portrait page with the Decree-30 margins). */
export const MAX_FIGURE_MM = 165;

export function figure(node: Image, ctx: Context): Figure | undefined {
  // Not in the message catalogue yet (English in both languages): a plain diagnostic.
  const fail = (rule: string, message: string, hint: string) => {
    const at = ctx.locator.at(node.position?.start.offset ?? 0);
    ctx.diagnostics.push(diagnostic({ file: ctx.src.file, at, rule, message, hint }));
    return undefined;
  };
  if (!ctx.src.resources)
    return fail(
      "figure-unavailable",
      `expected text — found the image \`${node.url}\``,
      "an image can be printed only from a fragment's `body`",
    );
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(node.url)) {
    return fail(
      "outside-repository",
      `expected an image file in the repository — found the web address \`${node.url}\``,
      "download the image into the repository (e.g. into the period folder) and name it from there",
    );
  }
  let written = node.url;
  try {
    written = decodeURI(node.url);
  } catch {
    // A lone `%` is part of the name as written.
  }
  const read = readResource(ctx.src.resources, written, "an image");
  if (!read.ok) return fail(read.rule, read.message, read.hint);
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(read.bytes);
  } catch {
    return fail(
      "bad-image",
      `expected a PNG or JPEG image in \`${read.path}\` — found a file that is not one`,
      "save the chart as PNG (in Excel: right-click the chart → Save as Picture…)",
    );
  }
  const format = size.type === "png" ? "png" : size.type === "jpg" ? "jpeg" : undefined;
  if (!format || !size.width || !size.height) {
    return fail(
      "bad-image",
      `expected a PNG or JPEG image in \`${read.path}\` — found ${size.type ? `a ${size.type.toUpperCase()} file` : "an unreadable file"}`,
      "save the chart as PNG (in Excel: right-click the chart → Save as Picture…)",
    );
  }
  const widthMm = Math.min(MAX_FIGURE_MM, Math.round((size.width / PPI) * 25.4 * 10) / 10);
  const caption = node.alt ? [{ type: "text" as const, text: node.alt.normalize("NFC") }] : [];
  return {
    type: "figure",
    image: {
      path: read.path,
      format,
      width: size.width,
      height: size.height,
      widthMm,
      data: Buffer.from(read.bytes).toString("base64"),
    },
    caption,
    source: sourceAt(ctx, node),
  };
}
