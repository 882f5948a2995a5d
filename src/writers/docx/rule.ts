/**
 * A solid horizontal rule of an exact length, centred in a box: an empty
 * paragraph (style "BC Rule", 1 pt high) whose bottom border runs between its
 * left and right indents. Word and LibreOffice both draw a bottom-only border
 * from indent to indent, so the rule is as long as the box minus the indents.
 */
import { BorderStyle, Paragraph } from "docx";
import { BLACK, STYLE } from "./styles.js";
import { mmToTwips, ptToTwips } from "./units.js";

export interface RuleOptions {
  /** Length of the rule, mm. */
  lengthMm: number;
  /** Width of the box the rule is centred in (a cell's or the page's text width), twips. */
  boxTwips: number;
  /** Thickness, pt (Word counts it in eighths of a point). */
  thicknessPt: number;
  /** Space after the rule, pt. */
  spaceAfterPt?: number;
  keepNext?: boolean;
}

export interface RuleGeometry {
  left: number;
  right: number;
  /** The rule's length in twips, exactly `boxTwips - left - right`. */
  length: number;
}

export function ruleGeometry(lengthMm: number, boxTwips: number): RuleGeometry {
  const length = Math.min(mmToTwips(lengthMm), boxTwips);
  const left = Math.floor((boxTwips - length) / 2);
  return { left, right: boxTwips - length - left, length };
}

export function ruleParagraph(options: RuleOptions): Paragraph {
  const { left, right } = ruleGeometry(options.lengthMm, options.boxTwips);
  return new Paragraph({
    style: STYLE.rule,
    indent: { left, right, firstLine: 0 },
    border: {
      bottom: { style: BorderStyle.SINGLE, size: Math.round(options.thicknessPt * 8), color: BLACK, space: 0 },
    },
    ...(options.spaceAfterPt ? { spacing: { after: ptToTwips(options.spaceAfterPt) } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}
