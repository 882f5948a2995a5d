/**
 * Word has one style per heading level, the model one style per heading. The
 * level's Word style takes the style of the first heading at that level; a
 * heading that differs gets direct formatting on top.
 */
import type { Block, HeadingStyle } from "../../model/report.js";

/** Word offers "Heading 1" … "Heading 6"; deeper levels share the last one. */
export const MAX_HEADING_LEVEL = 6;

const FALLBACK: HeadingStyle = { bold: true, italic: false, align: "left" };

export function headingLevel(level: number): number {
  return Math.min(Math.max(Math.trunc(level), 1), MAX_HEADING_LEVEL);
}

export function headingStyleId(level: number): string {
  return `Heading${headingLevel(level)}`;
}

/** Style of each Word heading level (1…6), from the first heading at that level in the body. */
export function headingLevelStyles(body: readonly Block[]): HeadingStyle[] {
  const styles: Array<HeadingStyle | undefined> = [];
  for (const block of body) {
    if (block.type !== "heading") continue;
    const index = headingLevel(block.level) - 1;
    styles[index] ??= block.style;
  }
  return Array.from({ length: MAX_HEADING_LEVEL }, (_, i) => styles[i] ?? FALLBACK);
}
