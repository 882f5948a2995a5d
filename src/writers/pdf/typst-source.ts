/**
 * The whole report model → one self-contained Typst source (no imports, no packages).
 */
import type { ReportModel } from "../../model/report.js";
import { pageRuns } from "../../model/page-runs.js";
import { closingParagraphs } from "../../model/printed-blocks.js";
import { appendixSource } from "./typst-appendix.js";
import { blocksSource, paragraphSource } from "./typst-body.js";
import { len, typstString } from "./typst-escape.js";
import { headerSource, kinhGuiSource, signatureSource, titleSource } from "./typst-frame.js";
import { FootnoteTracker } from "./typst-inline.js";
import { landscapeSource } from "./typst-landscape.js";
import { MARK_INDEX_SOURCE, markBlock } from "./typst-marks.js";

export interface TypstSourceOptions {
  /** Add source marks (typst-marks.ts) for the preview; they do not change the layout. */
  marks?: boolean;
}

/**
 * Line geometry as Word does it for Times New Roman / Tinos: a line box from the Windows
 * ascent (0.891 em) to the descent (0.216 em), and a "single" line 1.15 em apart (ascent +
 * descent + line gap); the leading makes up the difference for any multiple.
 */
const ASCENT_EM = 0.891;
const DESCENT_EM = 0.216;
const SINGLE_LINE_EM = 1.149;

function documentDate(epoch: number): string {
  const d = new Date(epoch * 1000);
  return `datetime(year: ${d.getUTCFullYear()}, month: ${d.getUTCMonth() + 1}, day: ${d.getUTCDate()}, hour: ${d.getUTCHours()}, minute: ${d.getUTCMinutes()}, second: ${d.getUTCSeconds()})`;
}

function setupSource(model: ReportModel): string {
  const { page, size, body, fonts } = model.layout;
  const m = page.margin;
  const leading = Math.max(0, body.lineSpacing * SINGLE_LINE_EM - ASCENT_EM - DESCENT_EM);
  const spacing = Math.max(6, body.spaceBefore + body.spaceAfter);
  const author = model.meta.author === "" ? "" : `, author: ${typstString(model.meta.author)}`;
  return [
    `#set document(title: ${typstString(model.meta.title)}${author}, date: ${documentDate(model.meta.epoch)})`,
    `#set page(width: ${len(page.width, "mm")}, height: ${len(page.height, "mm")},`,
    `  margin: (top: ${len(m.top, "mm")}, bottom: ${len(m.bottom, "mm")}, left: ${len(m.left, "mm")}, right: ${len(m.right, "mm")}),`,
    `  header-ascent: 0pt,`,
    // Page numbers: centred in the top margin, from page 2 on (docs/decree-30.md#page-numbers).
    `  header: context { let n = counter(page).get().first(); if n > 1 { place(top + center, dy: ${len(page.headerDistance, "mm")}, text(size: ${len(size.pageNumber, "pt")}, weight: "regular", style: "normal", str(n))) } })`,
    `#set text(font: (${fonts.map(typstString).join(", ")},), size: ${len(size.body, "pt")}, fill: black, lang: "vi", hyphenate: false, top-edge: ${len(ASCENT_EM, "em")}, bottom-edge: ${len(-DESCENT_EM, "em")})`,
    `#set par(justify: true, first-line-indent: (amount: ${len(body.firstLineIndent, "cm")}, all: true), spacing: ${len(spacing, "pt")}, leading: ${len(leading, "em")})`,
    `#set block(spacing: ${len(spacing, "pt")})`,
    `#set line(stroke: 0.5pt + black)`,
    `#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt + black), gap: 2pt, clearance: 10pt)`,
    `#show footnote.entry: set text(size: ${len(size.footnote, "pt")})`,
    `#show footnote.entry: set par(first-line-indent: 0pt, justify: true, spacing: 2pt, leading: 0.1em)`,
  ].join("\n");
}

export function typstSource(model: ReportModel, options: TypstSourceOptions = {}): string {
  const { frame, layout } = model;
  const fn = new FootnoteTracker(model.footnotes, options.marks === true);
  // With marks, each top-level block is printed on its own between its marks (same printed blocks).
  const marked = (prefix: string, blocks: ReportModel["body"], from = 0): string[] =>
    options.marks
      ? blocks.map((b, i) => markBlock(`${prefix}${from + i}`, blocksSource([b], layout, fn).join("\n\n")))
      : blocksSource(blocks, layout, fn);
  // The body, its landscape runs each on landscape pages of their own.
  let from = 0;
  const body = pageRuns(model.body).map((run) => {
    const parts = marked("b", run.blocks, from);
    from += run.blocks.length;
    return run.landscape ? landscapeSource(parts.join("\n\n"), layout) : parts.join("\n\n");
  });
  const parts = [
    setupSource(model),
    // The frame lines are centred, never indented or justified.
    [
      "#[",
      "#set par(first-line-indent: 0pt, justify: false)",
      headerSource(frame, layout),
      titleSource(frame, layout),
      kinhGuiSource(frame, layout),
      "]",
    ]
      .filter((p) => p !== "")
      .join("\n"),
    `#v(12pt, weak: true)`,
    ...marked("p", model.preamble),
    ...body,
    // The closing sentence stays on the page of the signature block, as in the DOCX.
    ...closingParagraphs(frame.closing).map((p) => `#block(sticky: true, ${paragraphSource(p, layout, fn).slice(1)})`),
    signatureSource(frame, layout),
    ...(model.appendices ?? []).map((a) => appendixSource(a, layout, fn)),
    options.marks ? MARK_INDEX_SOURCE : "",
  ];
  return parts.filter((p) => p !== "").join("\n\n") + "\n";
}
