/**
 * Test helpers for reading PDFs: text per page (with positions) via pdfjs-dist, and the
 * font descriptors straight from the file.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfTextItem {
  str: string;
  /** Distance of the baseline from the top edge of the page, pt. */
  top: number;
  x: number;
  /** Advance width of the item, pt. */
  width: number;
  /** Font size, pt. */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
  /** All item strings joined by spaces, word joiners removed. */
  text: string;
}

export async function pdfPages(pdf: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
    .promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!("str" in item)) continue;
      const t = item.transform as number[];
      items.push({
        str: item.str.replace(/\u2060/g, ""),
        x: t[4] ?? 0,
        top: height - (t[5] ?? 0),
        width: item.width,
        size: Math.hypot(t[0] ?? 0, t[1] ?? 0),
      });
    }
    pages.push({ width, height, items, text: items.map((it) => it.str).join(" ") });
  }
  await doc.destroy();
  return pages;
}

/** Whole-document text with whitespace collapsed. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const pages = await pdfPages(pdf);
  return pages
    .map((p) => p.text)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface PdfFontDescriptor {
  fontName: string;
  fontFile2: boolean;
}

/** The /FontDescriptor dictionaries of an uncompressed-object PDF (as Typst writes them). */
export function pdfFontDescriptors(pdf: Uint8Array): PdfFontDescriptor[] {
  const raw = Buffer.from(pdf).toString("latin1");
  const out: PdfFontDescriptor[] = [];
  for (const m of raw.matchAll(/<<((?:(?!<<|>>)[\s\S])*\/Type\s*\/FontDescriptor(?:(?!<<|>>)[\s\S])*)>>/g)) {
    const dict = m[1] ?? "";
    out.push({
      fontName: /\/FontName\s*\/([^\s/<>[\]]+)/.exec(dict)?.[1] ?? "",
      fontFile2: /\/FontFile2\s+\d+\s+\d+\s+R/.test(dict),
    });
  }
  return out;
}
