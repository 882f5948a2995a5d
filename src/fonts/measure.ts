/**
 * Text widths from the bundled Tinos TTFs (metric twin of Times New Roman).
 *
 * A tiny reader of just what advance widths need: the table directory, `head`
 * (unitsPerEm), `hhea` (numberOfHMetrics), `hmtx` and `cmap` (format 4 or 12).
 * No kerning: Word and LibreOffice do not kern Times New Roman by default.
 */
import { readFileSync } from "node:fs";
import { tinosFiles } from "./tinos.js";

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
}

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in font units of the glyph for a code point (0 when unmapped). */
  advance(codePoint: number): number;
}

const MM_PER_PT = 25.4 / 72;

/** Width in millimetres of `text` set on one line at `sizePt` in Tinos (= Times New Roman). */
export function textWidthMm(text: string, sizePt: number, style: FontStyle = {}): number {
  const font = tinosMetrics(style);
  let units = 0;
  for (const ch of text) units += font.advance(ch.codePointAt(0) ?? 0);
  return (units / font.unitsPerEm) * sizePt * MM_PER_PT;
}

const cache = new Map<string, FontMetrics>();

export function tinosMetrics(style: FontStyle = {}): FontMetrics {
  const key = `${style.bold ? "b" : ""}${style.italic ? "i" : ""}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const files = tinosFiles();
  const path = style.bold
    ? style.italic
      ? files.boldItalic
      : files.bold
    : style.italic
      ? files.italic
      : files.regular;
  const metrics = parseFontMetrics(new Uint8Array(readFileSync(path)));
  cache.set(key, metrics);
  return metrics;
}

/** Reads the advance widths of a TrueType/OpenType font. Throws on a file without the tables needed. */
export function parseFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = readTableDirectory(view);
  const head = need(tables, "head");
  const hhea = need(tables, "hhea");
  const hmtx = need(tables, "hmtx");
  const cmap = need(tables, "cmap");
  const unitsPerEm = view.getUint16(head + 18);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const glyphOf = readCmap(view, cmap);
  const advanceOfGlyph = (glyph: number): number => {
    const index = Math.min(glyph, numberOfHMetrics - 1);
    return view.getUint16(hmtx + index * 4);
  };
  return {
    unitsPerEm,
    advance: (codePoint) => {
      const glyph = glyphOf(codePoint);
      return glyph === 0 ? 0 : advanceOfGlyph(glyph);
    },
  };
}

function readTableDirectory(view: DataView): Map<string, number> {
  const numTables = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < numTables; i++) {
    const entry = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(entry),
      view.getUint8(entry + 1),
      view.getUint8(entry + 2),
      view.getUint8(entry + 3),
    );
    tables.set(tag, view.getUint32(entry + 8));
  }
  return tables;
}

function need(tables: Map<string, number>, tag: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`font has no \`${tag}\` table`);
  return offset;
}

type GlyphLookup = (codePoint: number) => number;

/** Picks a Unicode subtable: format 12 (full Unicode) when present, else format 4 (BMP). */
function readCmap(view: DataView, cmap: number): GlyphLookup {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const sub = cmap + view.getUint32(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(sub);
    if (format === 12 && format12 === undefined) format12 = sub;
    if (format === 4 && format4 === undefined) format4 = sub;
  }
  if (format12 !== undefined) return format12Lookup(view, format12);
  if (format4 !== undefined) return format4Lookup(view, format4);
  throw new Error("font has no Unicode cmap subtable of format 4 or 12");
}

function format4Lookup(view: DataView, sub: number): GlyphLookup {
  const segCount = view.getUint16(sub + 6) / 2;
  const endCodes = sub + 14;
  const startCodes = endCodes + segCount * 2 + 2;
  const idDeltas = startCodes + segCount * 2;
  const idRangeOffsets = idDeltas + segCount * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let s = 0; s < segCount; s++) {
      if (codePoint > view.getUint16(endCodes + s * 2)) continue;
      const start = view.getUint16(startCodes + s * 2);
      if (codePoint < start) return 0;
      const delta = view.getUint16(idDeltas + s * 2);
      const rangeOffsetAt = idRangeOffsets + s * 2;
      const rangeOffset = view.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function format12Lookup(view: DataView, sub: number): GlyphLookup {
  const groups = view.getUint32(sub + 12);
  return (codePoint) => {
    for (let g = 0; g < groups; g++) {
      const group = sub + 16 + g * 12;
      const start = view.getUint32(group);
      if (codePoint < start) return 0;
      if (codePoint <= view.getUint32(group + 4)) return view.getUint32(group + 8) + (codePoint - start);
    }
    return 0;
  };
}
