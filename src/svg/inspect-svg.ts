/**
 * Whether an SVG file can be printed, and its size. resvg reads it (loadSvgRenderer() first): a file
 * it cannot read is refused with its reason. An SVG must hold everything it shows: a reference to
 * another file or a web address (`<image href="logo.png">`, `<use href="other.svg#a">`) is refused,
 * so a figure never reads outside the repository nor depends on the network. Links (`<a href>`)
 * load nothing and are allowed; `#id` references and `data:` URLs are inside the file.
 */
import { gunzipSync, strFromU8 } from "fflate";
import { parseSvg } from "./renderer.js";

export type SvgInspection =
  | { ok: true; width: number; height: number }
  | { ok: false; problem: "unreadable"; reason: string; line?: number; column?: number }
  | { ok: false; problem: "external"; href: string; line: number; column: number };

export function inspectSvg(bytes: Uint8Array): SvgInspection {
  let width: number;
  let height: number;
  try {
    const svg = parseSvg(bytes);
    width = svg.width;
    height = svg.height;
    svg.free();
  } catch (e) {
    return { ok: false, problem: "unreadable", ...readableReason(e) };
  }
  // A compressed SVG (.svgz content), which resvg and Typst read too, is searched unpacked.
  const text = strFromU8(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  const external = externalReference(text);
  if (external) return { ok: false, problem: "external", ...external };
  return { ok: true, width, height };
}

/**
 * resvg's message without its generic prefix, its position apart: "invalid attribute at 2:18 cause
 * expected space not '<' at 2:18" → "invalid attribute: expected space not '<'", line 2, column 18.
 */
function readableReason(e: unknown): { reason: string; line?: number; column?: number } {
  const message = (e instanceof Error ? e.message : String(e)).replace(/^SVG data parsing failed cause /, "").trim();
  const at = /^(.*?) at (\d+):(\d+)(?: cause (.*?))?(?: at \d+:\d+)?$/.exec(message);
  if (!at) return { reason: message || "an unknown problem" };
  return { reason: at[4] ? `${at[1]}: ${at[4]}` : at[1]!, line: Number(at[2]), column: Number(at[3]) };
}

const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The first `href` (or `xlink:href`) outside the file, with its line and column in the SVG text. */
export function externalReference(text: string): { href: string; line: number; column: number } | undefined {
  for (const tag of text.matchAll(START_TAG)) {
    if (/^(?:[\w.-]+:)?a$/.test(tag[1]!)) continue;
    for (const attr of tag[2]!.matchAll(ATTRIBUTE)) {
      if (!/^(?:[\w.-]+:)?href$/.test(attr[1]!)) continue;
      const href = (attr[2] ?? attr[3] ?? "").trim();
      if (href.startsWith("#") || /^data:/i.test(href)) continue;
      const offset = tag.index + 1 + tag[1]!.length + attr.index;
      const before = text.slice(0, offset).split("\n");
      return { href, line: before.length, column: before.at(-1)!.length + 1 };
    }
  }
  return undefined;
}
