/**
 * Landscape pages in Typst: `page(flipped: true)` with the margins turned with the sheet
 * (model/landscape-page.ts). The header set for the document (the page number) and the page
 * counter carry on inside it; the page after it is portrait again.
 */
import { landscapePage } from "../../model/landscape-page.js";
import type { Layout } from "../../model/report.js";
import { len } from "./typst-escape.js";

export function landscapeSource(content: string, layout: Layout): string {
  const m = landscapePage(layout.page).margin;
  const margin = `(top: ${len(m.top, "mm")}, bottom: ${len(m.bottom, "mm")}, left: ${len(m.left, "mm")}, right: ${len(m.right, "mm")})`;
  return `#page(flipped: true, margin: ${margin})[\n${content}\n]`;
}
