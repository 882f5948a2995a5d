/**
 * The frame text each writer printed, read back from its output: DOCX paragraphs, Markdown
 * lines, PDF text lines (split into the columns of the header and signature tables). The model
 * is used only to know how many lines a part has and where the parts start, never for their text.
 */
import { recipientRows } from "../../src/model/recipient-rows.js";
import { closingParagraphs } from "../../src/model/printed-blocks.js";
import type { ReportModel } from "../../src/model/report.js";
import { docxText } from "./docx-text.js";
import type { PdfPage, PdfTextItem } from "./pdf-text.js";

/** The printed lines of each part of the frame, whitespace runs collapsed. */
export interface FrameText {
  /** Chủ quản and ban hành lines. */
  agency: string[];
  /** Quốc hiệu and Tiêu ngữ. */
  nationalTitle: string[];
  numberLine: string[];
  dateLine: string[];
  /** Document type and trích yếu lines. */
  title: string[];
  kinhGui: string[];
  closing: string[];
  /** "Nơi nhận:" and its lines. */
  recipients: string[];
  /** Authority lines and the signer's name. */
  signature: string[];
}

export const squash = (s: string) => s.replace(/\s+/gu, " ").trim();

function counts(model: ReportModel) {
  const f = model.frame;
  return {
    agency: f.header.parentAgency.length + f.header.agency.length,
    title: 1 + f.title.length,
    kinhGui: f.kinhGui ? 1 + f.kinhGui.lines.length : 0,
    closing: closingParagraphs(f.closing).length,
    recipients: 1 + f.recipients.lines.length,
    signature: f.signature.lines.length + 1,
  };
}

export function docxFrameText(docx: Uint8Array, model: ReportModel): FrameText {
  const lines = docxText(docx)
    .allParagraphs.map(squash)
    .filter((l) => l !== "");
  const n = counts(model);
  const docType = lines.indexOf(squash(model.frame.docType));
  const header = lines.slice(0, docType);
  const recipients = lines.lastIndexOf(squash(model.frame.recipients.heading));
  const beside = 1 + recipientRows(model.frame.recipients).beside.length;
  const afterTitle = docType + n.title;
  return {
    agency: header.slice(0, n.agency),
    nationalTitle: header.slice(n.agency, -2),
    numberLine: header.slice(-2, -1),
    dateLine: header.slice(-1),
    title: lines.slice(docType, afterTitle),
    kinhGui: lines.slice(afterTitle, afterTitle + n.kinhGui),
    closing: lines.slice(recipients - n.closing, recipients),
    // The heading and the first lines sit beside the signature; a long list goes on after it (row by row).
    recipients: [
      ...lines.slice(recipients, recipients + beside),
      ...lines.slice(recipients + beside + n.signature, recipients + n.recipients + n.signature),
    ],
    signature: lines.slice(recipients + beside, recipients + beside + n.signature),
  };
}

/** Markdown text of a line: hard-break backslashes, emphasis stars and escapes removed. */
const plainMd = (s: string) => squash(s.replace(/^\*+|\*+$/g, "").replace(/\\(.)/g, "$1"));
const mdLines = (block: string) =>
  block
    .split("\\\n")
    .map(plainMd)
    .filter((l) => l !== "");

export function markdownFrameText(md: string, model: ReportModel): FrameText {
  const blocks = md.trimEnd().split("\n\n");
  const n = counts(model);
  const header = /^<!-- (.*) -->$/.exec(blocks[0] ?? "")?.[1]?.split(" | ") ?? [];
  const split = (s: string | undefined) =>
    (s ?? "")
      .split(" / ")
      .map(squash)
      .filter((l) => l !== "");
  const docType = blocks.findIndex((b) => b.startsWith("# "));
  const recipients = blocks.findIndex((b) => plainMd(b) === squash(model.frame.recipients.heading));
  return {
    agency: [...split(header[0]), ...split(header[1])],
    // The Markdown header comment leaves out the Quốc hiệu and Tiêu ngữ.
    nationalTitle: [],
    numberLine: [squash(header[2] ?? "")],
    dateLine: [squash(header[3] ?? "")],
    title: [plainMd((blocks[docType] ?? "").slice(2)), ...mdLines(blocks[docType + 1] ?? "")],
    kinhGui: n.kinhGui ? mdLines(blocks[docType + 2] ?? "") : [],
    closing: blocks.slice(recipients - n.closing, recipients).map(plainMd),
    recipients: [plainMd(blocks[recipients] ?? ""), ...mdLines(blocks[recipients + 1] ?? "")],
    signature: mdLines(blocks[recipients + 2] ?? ""),
  };
}

/** Items on one line (same baseline), left to right, joined: a space where the items do not touch. */
function joinLine(items: PdfTextItem[]): string {
  let out = "";
  let end: number | undefined;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    if (end !== undefined && it.x - end > 1.5) out += " ";
    out += it.str;
    end = it.x + it.width;
  }
  return squash(out);
}

function textLines(items: PdfTextItem[]): string[] {
  const rows: PdfTextItem[][] = [];
  for (const it of [...items].sort((a, b) => a.top - b.top || a.x - b.x)) {
    const row = rows[rows.length - 1];
    if (row && Math.abs((row[0]?.top ?? 0) - it.top) < 3) row.push(it);
    else rows.push([it]);
  }
  return rows.map(joinLine).filter((l) => l !== "");
}

/**
 * The PDF's text: the header table's two columns, then the running text (one string, lines
 * joined by spaces: Typst wraps long lines), then the signature table's two columns.
 */
export interface PdfFrameText {
  headerLeft: string;
  headerRight: string;
  running: string;
  recipients: string;
  signature: string;
}

const MM = 72 / 25.4;

export function pdfFrameText(pages: PdfPage[], model: ReportModel): PdfFrameText {
  const { layout, frame } = model;
  const left = layout.page.margin.left * MM;
  const first = pages[0]?.items ?? [];
  const docTypeTop = first.find((it) => squash(it.str) === squash(frame.docType))?.top ?? 0;
  const headerSplit = left + layout.columns.header[0] * MM;
  const header = first.filter((it) => it.top < docTypeTop - 3);
  // The signature area starts on the last page with "Nơi nhận:"; a long list goes on over the pages after it.
  const isHeading = (it: PdfTextItem) => squash(it.str) === squash(frame.recipients.heading);
  const found = pages.findLastIndex((p) => p.items.some(isHeading));
  const start = found >= 0 ? found : pages.length - 1;
  const recipientsTop = pages[start]?.items.find(isHeading)?.top ?? Infinity;
  const topMargin = layout.page.margin.top * MM;
  const signatureSplit = left + layout.columns.signature[0] * MM;
  // The first row never splits; the footnotes under it (smaller type) and page numbers are not part of it.
  const footnote = layout.size.footnote + 0.01;
  // Pages after it carry the rest of a long list (left column only) until the appendices (Phụ lục) begin.
  const below = (p: PdfPage) => p.items.filter((it) => it.top > topMargin);
  const continues = (p: PdfPage) =>
    recipientRows(frame.recipients).after.length > 0 &&
    below(p).every((it) => it.x < signatureSplit || it.size <= footnote);
  let end = start;
  while (end + 1 < pages.length && continues(pages[end + 1]!)) end++;
  const areaPages = pages.map((p, i) =>
    i < start || i > end ? [] : i === start ? p.items.filter((it) => it.top >= recipientsTop - 3) : below(p),
  );
  const signaturePages = areaPages.map((items) => items.filter((it) => it.size > footnote));
  const inArea = new Set(areaPages.flat());
  const running = pages.flatMap((p, i) =>
    i > start ? [] : textLines(p.items.filter((it) => !(i === 0 && header.includes(it)) && !inArea.has(it))),
  );
  const column = (keep: (it: PdfTextItem) => boolean) =>
    squash(signaturePages.map((items) => textLines(items.filter(keep)).join(" ")).join(" "));
  const joined = (items: PdfTextItem[]) => squash(textLines(items).join(" "));
  return {
    headerLeft: joined(header.filter((it) => it.x < headerSplit)),
    headerRight: joined(header.filter((it) => it.x >= headerSplit)),
    running: squash(running.join(" ")),
    recipients: column((it) => it.x < signatureSplit),
    signature: column((it) => it.x >= signatureSplit),
  };
}
