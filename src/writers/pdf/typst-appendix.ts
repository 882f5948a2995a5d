/**
 * Appendices (Phụ lục) after the signature block: each on a new page, "PHỤ LỤC I" and the title
 * centred and bold, the "(Kèm theo Báo cáo số …)" line centred in italics, then its blocks. A
 * landscape appendix is a landscape page of its own (typst-landscape.ts); the page counter runs on.
 */
import type { Appendix, Layout } from "../../model/report.js";
import { blocksSource } from "./typst-body.js";
import { typstText } from "./typst-escape.js";
import { landscapeSource } from "./typst-landscape.js";
import type { FootnoteTracker } from "./typst-inline.js";

function headingSource(a: Appendix): string {
  return [
    `#block(sticky: true, width: 100%, { set par(first-line-indent: 0pt, justify: false); set align(center)`,
    `  text(weight: "bold", ${typstText(a.label)}); linebreak()`,
    `  text(weight: "bold", ${typstText(a.title)}); linebreak()`,
    `  text(style: "italic", ${typstText(a.reference)}) })`,
  ].join("\n");
}

export function appendixSource(a: Appendix, layout: Layout, fn: FootnoteTracker): string {
  const content = [headingSource(a), ...blocksSource(a.blocks, layout, fn)].join("\n\n");
  if (a.landscape) return landscapeSource(content, layout);
  return `#pagebreak(weak: true)\n\n${content}`;
}
