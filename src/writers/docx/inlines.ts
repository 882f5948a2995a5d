/**
 * Inline runs of the model → docx paragraph children: text runs with their
 * marks, real hyperlinks, real footnote references (a repeated one as its number) and line breaks.
 */
import { ExternalHyperlink, FootnoteReferenceRun, NoBreakHyphen, TextRun, UnderlineType } from "docx";
import type { ParagraphChild } from "docx";
import type { Inline, TextRun as ModelTextRun } from "../../model/report.js";
import { keepTogetherPieces } from "../keep-together.js";
import { revisedFootnoteReference, revisedRun } from "./revisions.js";
import { STYLE } from "./styles.js";

/** Formatting every run of a paragraph gets on top of its paragraph style. */
export interface RunBase {
  bold?: boolean;
  italics?: boolean;
  /** Half-points. */
  size?: number;
}

export interface InlineContext {
  /** Footnote numbers that exist in the model; a reference to any other is a bug upstream. */
  footnotes: ReadonlySet<number>;
}

export function inlineChildren(inlines: readonly Inline[], ctx: InlineContext, base: RunBase = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let i = 0;
  while (i < inlines.length) {
    const inline = inlines[i] as Inline;
    if (inline.type === "text" && inline.link !== undefined) {
      const link = inline.link;
      const runs: ParagraphChild[] = [];
      while (i < inlines.length) {
        const next = inlines[i] as Inline;
        if (next.type !== "text" || next.link !== link) break;
        runs.push(textRun(next, base, STYLE.hyperlink));
        i++;
      }
      out.push(new ExternalHyperlink({ link, children: runs }));
      continue;
    }
    out.push(inlineChild(inline, ctx, base));
    i++;
  }
  return out;
}

function inlineChild(inline: Inline, ctx: InlineContext, base: RunBase): ParagraphChild {
  switch (inline.type) {
    case "text":
      return textRun(inline, base);
    case "break":
      return inline.revision
        ? revisedRun({ break: 1, ...baseProps(base) }, inline.revision)
        : new TextRun({ break: 1, ...baseProps(base) });
    case "footnote":
      if (!ctx.footnotes.has(inline.n)) {
        throw new Error(`footnote reference \`${inline.n}\` has no footnote in the model`);
      }
      // A second reference to a note: its number as a mark, not a second Word footnote (which
      // Word would number anew, shifting every later note).
      if (inline.repeat) {
        const options = { text: String(inline.n), style: STYLE.footnoteReference, superScript: true };
        return inline.revision ? revisedRun(options, inline.revision) : new TextRun(options);
      }
      return inline.revision ? revisedFootnoteReference(inline.n, inline.revision) : new FootnoteReferenceRun(inline.n);
  }
}

/** A plain run with the paragraph's base formatting (markers, numbers, frame text). */
export function plainRun(text: string, base: RunBase = {}): TextRun {
  return new TextRun({ text, ...baseProps(base) });
}

/**
 * The run's text, with the hyphens of document references (`01/NQ-CP`) as Word's non-breaking
 * hyphen, so Word does not break the line there (keep-together.ts).
 */
function runChildren(text: string): { text: string } | { children: Array<string | NoBreakHyphen> } {
  if (!text.includes("-") || !text.includes("/")) return { text };
  const children: Array<string | NoBreakHyphen> = [];
  for (const piece of keepTogetherPieces(text)) {
    if (!piece.keep) {
      children.push(piece.text);
      continue;
    }
    piece.text.split("-").forEach((part, i) => {
      if (i > 0) children.push(new NoBreakHyphen());
      if (part !== "") children.push(part);
    });
  }
  return { children };
}

function textRun(run: ModelTextRun, base: RunBase, style?: string): ParagraphChild {
  const options = {
    ...runChildren(run.text),
    ...(style ? { style } : {}),
    ...baseProps({
      ...base,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
    }),
    ...(run.strike ? { strike: true } : {}),
    ...(run.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
    ...(run.superscript ? { superScript: true } : {}),
    ...(run.subscript ? { subScript: true } : {}),
  };
  return run.revision ? revisedRun(options, run.revision) : new TextRun(options);
}

/** Only the properties that are set, so runs stay lean and inherit from their style. */
function baseProps(base: RunBase): RunBase {
  const props: RunBase = {};
  if (base.bold !== undefined) props.bold = base.bold;
  if (base.italics !== undefined) props.italics = base.italics;
  if (base.size !== undefined) props.size = base.size;
  return props;
}
