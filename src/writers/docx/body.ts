/**
 * Body blocks → docx: headings ("Heading N" styles), paragraphs and list items ("Body Text":
 * justified, first-line indent, spacing from the layout; items indented by depth) and tables.
 */
import { AlignmentType, Paragraph } from "docx";
import type { Table } from "docx";
import { printedBlocks, type PrintedParagraph } from "../../model/printed-blocks.js";
import type { Block, Heading, HeadingStyle, Layout } from "../../model/report.js";
import { headingLevel, headingStyleId } from "./heading-styles.js";
import { inlineChildren, plainRun } from "./inlines.js";
import type { InlineContext, RunBase } from "./inlines.js";
import { paragraphMark } from "./revisions.js";
import { STYLE } from "./styles.js";
import { dataTable } from "./table.js";
import { figureParagraphs } from "./figure.js";
import { mergedTable, tableCaption } from "./merged-table.js";
import { needsMergedTable } from "../../model/table-grid.js";
import { cmToTwips } from "./units.js";

export interface BodyContext extends InlineContext {
  layout: Layout;
  /** Width of the text area, twips. */
  textTwips: number;
  /** Style of each Word heading level (index 0 = "Heading 1"). */
  headingLevels: readonly HeadingStyle[];
}

export function bodyBlocks(blocks: readonly Block[], ctx: BodyContext): Array<Paragraph | Table> {
  return printedBlocks(blocks).flatMap((block) => {
    switch (block.type) {
      case "heading":
        return [headingParagraph(block, ctx)];
      case "paragraph":
        return [bodyParagraph(block, ctx)];
      case "table":
        return needsMergedTable(block)
          ? [...tableCaption(block, ctx), mergedTable(block, ctx)]
          : [dataTable(block, ctx)];
      case "figure":
        return figureParagraphs(block, ctx);
    }
  });
}

/** Number + " " + text; direct formatting only where the heading differs from its level's style. */
export function headingParagraph(heading: Heading, ctx: BodyContext): Paragraph {
  const level = ctx.headingLevels[headingLevel(heading.level) - 1];
  const base: RunBase = {};
  if (level?.bold !== heading.style.bold) base.bold = heading.style.bold;
  if (level?.italic !== heading.style.italic) base.italics = heading.style.italic;
  const alignChanged = level?.align !== heading.style.align;
  const centred = heading.style.align === "center";
  const number = heading.number === "" ? [] : [plainRun(`${heading.number} `, base)];
  return new Paragraph({
    style: headingStyleId(heading.level),
    ...paragraphMark(heading.revision),
    ...(alignChanged
      ? {
          alignment: centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          indent: { firstLine: centred ? 0 : cmToTwips(ctx.layout.body.firstLineIndent) },
        }
      : {}),
    children: [...number, ...inlineChildren(heading.text, ctx, base)],
  });
}

/** Body, preamble, closing and task paragraphs and list items: the marker verbatim, then the content. */
export function bodyParagraph(
  paragraph: PrintedParagraph,
  ctx: BodyContext,
  extra: { keepNext?: boolean } = {},
): Paragraph {
  const marker = paragraph.marker === "" ? [] : [plainRun(paragraph.marker)];
  return new Paragraph({
    style: STYLE.body,
    ...(paragraph.depth > 0 ? { indent: { left: paragraph.depth * cmToTwips(ctx.layout.body.firstLineIndent) } } : {}),
    ...(extra.keepNext || paragraph.keepWithNext ? { keepNext: true } : {}),
    ...paragraphMark(paragraph.revision),
    children: [...marker, ...inlineChildren(paragraph.content, ctx)],
  });
}
