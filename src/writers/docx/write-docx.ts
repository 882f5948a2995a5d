/**
 * The DOCX writer: report model → DOCX bytes laid out per Decree 30/2020/NĐ-CP
 * (docs/decree-30.md). Same model, same bytes.
 */
import { Document, Packer, PageOrientation, SectionType } from "docx";
import type { Paragraph, Table } from "docx";
import { unzipSync } from "fflate";
import type { ReportModel } from "../../model/report.js";
import { closingParagraphs } from "../../model/printed-blocks.js";
import { appendixGroups } from "./appendix.js";
import { bodyBlocks, bodyParagraph } from "./body.js";
import type { BodyContext } from "./body.js";
import { deterministicZip } from "./deterministic-zip.js";
import { docxFootnotes, footnoteContext } from "./footnotes.js";
import { headerTable } from "./header-table.js";
import { headingLevelStyles } from "./heading-styles.js";
import { kinhGuiBlock } from "./kinh-gui.js";
import { normalizeParts } from "./normalize-parts.js";
import { pageHeaders } from "./page-header.js";
import { numberRevisions } from "./revisions.js";
import { signatureTable } from "./signature-table.js";
import { buildStyles } from "./styles.js";
import { titleBlock } from "./title-block.js";
import { mmToTwips } from "./units.js";
import { hasSvgFigure } from "../../model/figures.js";
import { loadSvgRenderer } from "../../svg/renderer.js";

export async function writeDocx(model: ReportModel): Promise<Uint8Array> {
  // An SVG figure goes in with a PNG made from it (figure.ts), by resvg, which loads asynchronously.
  if (hasSvgFigure(model)) await loadSvgRenderer();
  const document = buildDocument(model);
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return deterministicZip(numberRevisions(normalizeParts(unzipSync(packed), model.meta.epoch)));
}

export function buildDocument(model: ReportModel): Document {
  const { layout, frame } = model;
  const { page } = layout;
  const textTwips = mmToTwips(page.width - page.margin.left - page.margin.right);
  const headingLevels = headingLevelStyles(model.body);
  const ctx: BodyContext = { ...footnoteContext(model.footnotes), layout, textTwips, headingLevels };

  const children: Array<Paragraph | Table> = [
    headerTable(frame, layout),
    ...titleBlock(frame, layout, textTwips),
    ...kinhGuiBlock(frame.kinhGui, layout, textTwips, frame),
    ...bodyBlocks(model.preamble, ctx),
    ...bodyBlocks(model.body, ctx),
    // The closing sentence stays on the page of the signature.
    ...closingParagraphs(frame.closing).map((p) => bodyParagraph(p, ctx, { keepNext: true })),
    signatureTable(frame.recipients, frame.signature, layout, frame),
  ];
  const landscapeTwips = mmToTwips(page.height - page.margin.left - page.margin.right);
  const groups = appendixGroups(model.appendices ?? [], ctx, landscapeTwips);
  if (groups[0] && !groups[0].landscape) children.push(...groups.shift()!.children);
  const margin = {
    top: mmToTwips(page.margin.top),
    bottom: mmToTwips(page.margin.bottom),
    left: mmToTwips(page.margin.left),
    right: mmToTwips(page.margin.right),
    header: mmToTwips(page.headerDistance),
    footer: mmToTwips(page.headerDistance),
    gutter: 0,
  };
  // Later sections (landscape appendices and the pages after them) keep the page numbers running.
  const later = groups.map((g) => ({
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        size: {
          width: mmToTwips(page.width),
          height: mmToTwips(page.height),
          orientation: g.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin,
      },
    },
    headers: { default: pageHeaders(layout).default },
    children: g.children,
  }));

  return new Document({
    title: model.meta.title,
    creator: model.meta.author,
    lastModifiedBy: model.meta.author,
    styles: buildStyles(layout, headingLevels),
    footnotes: docxFootnotes(model.footnotes, ctx),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: mmToTwips(page.width),
              height: mmToTwips(page.height),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwips(page.margin.top),
              bottom: mmToTwips(page.margin.bottom),
              left: mmToTwips(page.margin.left),
              right: mmToTwips(page.margin.right),
              header: mmToTwips(page.headerDistance),
              footer: mmToTwips(page.headerDistance),
              gutter: 0,
            },
          },
        },
        headers: pageHeaders(layout),
        children,
      },
      ...later,
    ],
  });
}
