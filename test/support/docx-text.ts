/**
 * The visible text of a DOCX, in reading order, for comparing a built report with an original.
 *
 * - `word/document.xml`: the text of each paragraph (`w:t`, tabs and breaks as spaces; field
 *   instructions and deleted text skipped), paragraphs separated by newlines. Runs formatted with
 *   `w:caps`/`w:smallCaps` (directly or through their paragraph or character style) are upper-cased,
 *   since that is how they print. Everything before the "BÁO CÁO" paragraph (the header table with
 *   agency names, Quốc hiệu, Số and date, which the extracted originals lost) is dropped.
 * - `word/footnotes.xml`: the text of each real footnote (separator and continuation footnotes
 *   skipped), in the order they are referenced in the document.
 */
import { strFromU8, unzipSync } from "fflate";
import { tokenize } from "./similarity.js";
import { DOC_TYPE_LINE } from "./seed-text.js";

export interface DocxText {
  /** Paragraph texts of the body from "BÁO CÁO" on (all paragraphs when it is not found). */
  paragraphs: string[];
  /** Every paragraph of the document, header table included. */
  allParagraphs: string[];
  /** Footnote texts in reference order. */
  footnotes: string[];
  bodyWords: string[];
  footnoteWords: string[];
}

export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** `<w:caps/>`, `<w:caps w:val="true"/>` → true; `w:val="false"|"0"|"off"` → false; absent → undefined. */
function capsIn(rPr: string | undefined): boolean | undefined {
  if (!rPr) return undefined;
  let result: boolean | undefined;
  for (const m of rPr.matchAll(/<w:(?:caps|smallCaps)\b([^>]*)\/?>/g)) {
    const val = /w:val="([^"]*)"/.exec(m[1]!)?.[1];
    const on = val === undefined || !["false", "0", "off"].includes(val);
    result = (result ?? false) || on;
  }
  return result;
}

interface StyleInfo {
  caps?: boolean;
  basedOn?: string;
}

function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]*)"/.exec(m[1]!)?.[1];
    if (!id) continue;
    const inner = m[2]!;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(inner)?.[1];
    const basedOn = /<w:basedOn\s+w:val="([^"]*)"/.exec(inner)?.[1];
    styles.set(id, { caps: capsIn(rPr), basedOn });
  }
  return styles;
}

function styleCaps(styles: Map<string, StyleInfo>, id: string | undefined): boolean | undefined {
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) return undefined;
    if (s.caps !== undefined) return s.caps;
    id = s.basedOn;
  }
  return undefined;
}

/** Text of one run: w:t, tabs and breaks, non-breaking hyphens as "-"; not w:instrText or w:delText. */
function runText(run: string): string {
  let out = "";
  // The self-closing alternative comes first so `<w:t/>` is not read as an opening tag.
  for (const m of run.matchAll(
    /<w:t(?:\s[^>]*)?\/>|<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:(tab|br|cr|noBreakHyphen)\b[^>]*\/>/g,
  )) {
    if (m[2] === "noBreakHyphen") out += "-";
    else if (m[2]) out += " ";
    else if (m[1] !== undefined) out += decodeXmlEntities(m[1]);
  }
  return out;
}

/** Paragraph texts of a WordprocessingML part, in document order. */
export function paragraphTexts(xml: string, styles: Map<string, StyleInfo> = new Map()): string[] {
  const paragraphs: string[] = [];
  for (const p of xml.matchAll(/<w:p\b(?:[^>]*[^/>])?>([\s\S]*?)<\/w:p>|<w:p\b[^>]*\/>/g)) {
    const inner = p[1] ?? "";
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1];
    const pStyle = pPr ? /<w:pStyle\s+w:val="([^"]*)"/.exec(pPr)?.[1] : undefined;
    const paraCaps = styleCaps(styles, pStyle);
    // Runs (also inside hyperlinks, smart tags, fields); the paragraph mark's rPr inside pPr is not a run.
    const body = pPr ? inner.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, "") : inner;
    let text = "";
    for (const r of body.matchAll(/<w:r\b(?:[^>]*[^/>])?>([\s\S]*?)<\/w:r>/g)) {
      const run = r[1]!;
      const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1];
      const rStyle = rPr ? /<w:rStyle\s+w:val="([^"]*)"/.exec(rPr)?.[1] : undefined;
      const caps = capsIn(rPr) ?? styleCaps(styles, rStyle) ?? paraCaps ?? false;
      const t = runText(rPr ? run.replace(/<w:rPr>[\s\S]*?<\/w:rPr>/, "") : run);
      text += caps ? t.toLocaleUpperCase("vi") : t;
    }
    paragraphs.push(text.normalize("NFC"));
  }
  return paragraphs;
}

/** Footnote id → texts of its paragraphs, for real footnotes only. */
function readFootnotes(xml: string | undefined, styles: Map<string, StyleInfo>): Map<string, string> {
  const notes = new Map<string, string>();
  if (!xml) return notes;
  for (const m of xml.matchAll(/<w:footnote\b([^>]*)>([\s\S]*?)<\/w:footnote>/g)) {
    const attrs = m[1]!;
    const type = /w:type="([^"]*)"/.exec(attrs)?.[1];
    if (type && type !== "normal") continue; // separator, continuationSeparator, continuationNotice
    const id = /w:id="([^"]*)"/.exec(attrs)?.[1];
    if (id === undefined) continue;
    notes.set(id, paragraphTexts(m[2]!, styles).join("\n").trim());
  }
  return notes;
}

function partText(files: Record<string, Uint8Array>, name: string): string | undefined {
  const data = files[name];
  return data ? strFromU8(data) : undefined;
}

export function docxText(data: Uint8Array): DocxText {
  const files = unzipSync(data, {
    filter: (f) => ["word/document.xml", "word/footnotes.xml", "word/styles.xml"].includes(f.name),
  });
  const documentXml = partText(files, "word/document.xml");
  if (documentXml === undefined) throw new Error("not a DOCX: word/document.xml is missing");
  const styles = readStyles(partText(files, "word/styles.xml"));
  const bodyXml = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? documentXml;
  const allParagraphs = paragraphTexts(bodyXml, styles);
  const start = allParagraphs.findIndex((p) => p.trim() === DOC_TYPE_LINE);
  const paragraphs = (start >= 0 ? allParagraphs.slice(start) : allParagraphs).filter((p) => p.trim().length > 0);

  const notes = readFootnotes(partText(files, "word/footnotes.xml"), styles);
  const footnotes: string[] = [];
  const used = new Set<string>();
  for (const m of documentXml.matchAll(/<w:footnoteReference\b[^>]*w:id="([^"]*)"/g)) {
    const id = m[1]!;
    if (used.has(id) || !notes.has(id)) continue;
    used.add(id);
    footnotes.push(notes.get(id)!);
  }
  for (const [id, text] of notes) if (!used.has(id)) footnotes.push(text);

  return {
    paragraphs,
    allParagraphs,
    footnotes,
    bodyWords: tokenize(paragraphs.join("\n")),
    footnoteWords: footnotes.flatMap((f) => tokenize(f)),
  };
}
