/**
 * Reads the plain text extracted from a real signed report (a "seed") and splits it into the
 * words of the body and the words of its footnotes, with the extraction's artefacts removed.
 *
 * What extraction did to the seeds:
 * - Markdown markup (`##`, `**`, `*`, `<sup>`) was added around headings and emphasis.
 * - Footnotes were printed where a page ended: as lines `<sup>n</sup> text` or as lines
 *   starting with superscript digits (`¹ text`), in the middle of the body text. Their marks in
 *   the text are `<sup>n</sup>` or superscript digits.
 * - The header table (agency names, Quốc hiệu, Số, date) was lost or garbled; whatever comes
 *   before the "BÁO CÁO" line is dropped so the body starts where a DOCX's body does.
 * - The closing "./." of one seed came out as "*lo*".
 */
import { readFileSync } from "node:fs";
import { SUPERSCRIPT_DIGITS, stripArtefacts, tokenize } from "./similarity.js";

export interface SeedText {
  /** Body text (artefacts removed), paragraphs separated by newlines, from "BÁO CÁO" on. */
  body: string;
  /** Footnote texts in footnote-number order, without their marks. */
  footnotes: string[];
  /** Words of the body. */
  bodyWords: string[];
  /** Words of all footnotes, in order. */
  footnoteWords: string[];
}

const SUP_FOOTNOTE_LINE = /^\s*<sup>\s*(\d+)\s*<\/sup>\s*(.*)$/i;
const SUPERSCRIPT_FOOTNOTE_LINE = new RegExp(`^\\s*([${SUPERSCRIPT_DIGITS}]+)\\s*(.*)$`);

function superscriptToNumber(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(ch);
  return n;
}

/** The title line of the frame, after which the seed and a built DOCX are compared. */
export const DOC_TYPE_LINE = "BÁO CÁO";

export function parseSeed(raw: string): SeedText {
  const text = raw
    .normalize("NFC")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  const bodyLines: string[] = [];
  const notes: Array<{ n: number; order: number; text: string }> = [];
  for (const line of text.split("\n")) {
    const sup = SUP_FOOTNOTE_LINE.exec(line);
    const uni = sup ? null : SUPERSCRIPT_FOOTNOTE_LINE.exec(line);
    if (sup) notes.push({ n: Number(sup[1]), order: notes.length, text: sup[2]! });
    else if (uni) notes.push({ n: superscriptToNumber(uni[1]!), order: notes.length, text: uni[2]! });
    else bodyLines.push(line);
  }
  notes.sort((x, y) => x.n - y.n || x.order - y.order);

  let cleaned = bodyLines.map((l) => stripArtefacts(l).trim());
  const start = cleaned.findIndex((l) => l === DOC_TYPE_LINE);
  if (start > 0) cleaned = cleaned.slice(start);
  let body = cleaned.filter((l) => l.length > 0).join("\n");
  // "./." read as "*lo*" (the asterisks are already gone).
  body = body.replace(/\.\s+lo\s*$/m, "./.");

  const footnotes = notes.map((f) => stripArtefacts(f.text).trim());
  return {
    body,
    footnotes,
    bodyWords: tokenize(body),
    footnoteWords: footnotes.flatMap((f) => tokenize(f)),
  };
}

export function readSeed(path: string): SeedText {
  return parseSeed(readFileSync(path, "utf8"));
}
