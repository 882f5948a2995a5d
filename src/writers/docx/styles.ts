/**
 * The named Word styles, so people can keep editing the document in Word:
 * Normal, Body Text, Heading 1–6, Footnote Text/Reference, Hyperlink, and a
 * few "BC …" styles for the frame (header, title block, rules, signature).
 */
import { AlignmentType, LineRuleType, UnderlineType } from "docx";
import type { IStylesOptions, IParagraphStyleOptions } from "docx";
import type { HeadingStyle, Layout } from "../../model/report.js";
import { cmToTwips, lineSpacingToLine, ptToHalfPoints, ptToTwips } from "./units.js";

export const STYLE = {
  normal: "Normal",
  body: "BodyText",
  frame: "BCFrame",
  rule: "BCRule",
  table: "TableText",
  recipients: "BCRecipients",
  signature: "BCSignature",
  footnoteText: "FootnoteText",
  footnoteReference: "FootnoteReference",
  hyperlink: "Hyperlink",
} as const;

export const BLACK = "000000";

/** Font size and height of the empty paragraphs that carry a rule (as a bottom border), pt. */
export const RULE_FONT_PT = 1;
export const RULE_LINE_PT = 3;

export function fontFamily(layout: Layout): { ascii: string; hAnsi: string; cs: string; eastAsia: string } {
  const name = layout.fonts[0] ?? "Times New Roman";
  return { ascii: name, hAnsi: name, cs: name, eastAsia: name };
}

/** Spacing, line spacing and indent of body paragraphs, shared by Body Text and the headings. */
export function bodyParagraphProps(layout: Layout) {
  return {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: cmToTwips(layout.body.firstLineIndent) },
    spacing: {
      before: ptToTwips(layout.body.spaceBefore),
      after: ptToTwips(layout.body.spaceAfter),
      line: lineSpacingToLine(layout.body.lineSpacing),
      lineRule: LineRuleType.AUTO,
    },
  };
}

const SINGLE = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };

export function buildStyles(layout: Layout, headingLevels: readonly HeadingStyle[]): IStylesOptions {
  const size = (pt: number) => ptToHalfPoints(pt);
  const body = bodyParagraphProps(layout);
  const heading = (level: number, style: HeadingStyle) => ({
    run: { bold: style.bold, italics: style.italic, size: size(layout.size.body), color: BLACK },
    paragraph: {
      ...body,
      alignment: style.align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: { firstLine: style.align === "center" ? 0 : body.indent.firstLine },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  });
  const levels = headingLevels.map((style, i) => heading(i + 1, style));
  const paragraph = (
    id: string,
    name: string,
    rest: Omit<IParagraphStyleOptions, "id" | "name">,
  ): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE.normal,
    quickFormat: true,
    ...rest,
  });
  return {
    default: {
      document: {
        run: { font: fontFamily(layout), size: size(layout.size.body), color: BLACK, language: { value: "vi-VN" } },
        paragraph: { spacing: SINGLE },
      },
      heading1: levels[0],
      heading2: levels[1],
      heading3: levels[2],
      heading4: levels[3],
      heading5: levels[4],
      heading6: levels[5],
      hyperlink: { run: { color: BLACK, underline: { type: UnderlineType.SINGLE } } },
      footnoteReference: { run: { superScript: true } },
      footnoteText: {
        run: { size: size(layout.size.footnote) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: SINGLE },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: "Normal",
        quickFormat: true,
        run: { font: fontFamily(layout), size: size(layout.size.body), color: BLACK },
        paragraph: { spacing: SINGLE },
      },
      paragraph(STYLE.body, "Body Text", { next: STYLE.body, paragraph: body }),
      paragraph(STYLE.frame, "BC Frame", { paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE } }),
      paragraph(STYLE.rule, "BC Rule", {
        run: { size: size(RULE_FONT_PT) },
        paragraph: { spacing: { before: 0, after: 0, line: ptToTwips(RULE_LINE_PT), lineRule: LineRuleType.EXACT } },
      }),
      paragraph(STYLE.table, "Table Text", {
        run: { size: size(layout.size.table) },
        paragraph: { spacing: { before: ptToTwips(2), after: ptToTwips(2), line: 240, lineRule: LineRuleType.AUTO } },
      }),
      paragraph(STYLE.recipients, "BC Recipients", {
        run: { size: size(layout.size.recipients) },
        paragraph: { spacing: SINGLE },
      }),
      paragraph(STYLE.signature, "BC Signature", {
        run: { bold: true, size: size(layout.size.signature) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE },
      }),
    ],
  };
}
