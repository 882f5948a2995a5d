/**
 * The DOCX part of golden cases: the main XML parts of a `.docx`, pretty-printed so that a change
 * shows as a readable line diff (as pandoc's DOCX tests do). Text nodes are kept exactly as written
 * (`collapseContent` keeps them on their element's line; no whitespace is added inside them).
 */
import { strFromU8, unzipSync } from "fflate";
import xmlFormatter from "xml-formatter";

// xml-formatter's CommonJS build exports the function itself, while its types describe a `default` property.
const xmlFormat = xmlFormatter as unknown as typeof xmlFormatter.default;

/** The parts compared, when the document has them. */
export const DOCX_GOLDEN_PARTS = ["word/document.xml", "word/footnotes.xml"];

export function prettyXml(xml: string): string {
  return `${xmlFormat(xml, { indentation: "  ", collapseContent: true, lineSeparator: "\n" })}\n`;
}

/** `[part, pretty XML]` for each of DOCX_GOLDEN_PARTS present in the document. */
export function docxGoldenParts(docx: Uint8Array): [string, string][] {
  const parts = unzipSync(docx);
  return DOCX_GOLDEN_PARTS.filter((p) => parts[p]).map((p) => [p, prettyXml(strFromU8(parts[p]!))]);
}
