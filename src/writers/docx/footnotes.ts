/**
 * Footnotes → real Word footnotes (`word/footnotes.xml`), keyed by the model's
 * numbers, in "Footnote Text" paragraphs; docx puts the "Footnote Reference"
 * mark in front of each.
 */
import { Paragraph, TextRun } from "docx";
import type { Footnote } from "../../model/report.js";
import { inlineChildren } from "./inlines.js";
import type { InlineContext } from "./inlines.js";
import { STYLE } from "./styles.js";

export type DocxFootnotes = Record<string, { children: Paragraph[] }>;

export function footnoteContext(footnotes: readonly Footnote[]): InlineContext {
  return { footnotes: new Set(footnotes.map((f) => f.n)) };
}

export function docxFootnotes(footnotes: readonly Footnote[], ctx: InlineContext): DocxFootnotes {
  const out: DocxFootnotes = {};
  for (const footnote of footnotes) {
    if (!Number.isInteger(footnote.n) || footnote.n < 1)
      throw new Error(`footnote number \`${footnote.n}\` is not a positive integer`);
    if (out[footnote.n]) throw new Error(`footnote \`${footnote.n}\` appears twice in the model`);
    out[footnote.n] = {
      children: [
        new Paragraph({
          style: STYLE.footnoteText,
          // Word's own footnotes put a space between the mark and the text.
          children: [new TextRun(" "), ...inlineChildren(footnote.content, ctx)],
        }),
      ],
    };
  }
  return out;
}
