/**
 * The DOCX writer: report model → DOCX bytes laid out per Decree 30/2020/NĐ-CP
 * (docs/decree-30.md). Same model, same bytes.
 */
import { Document, Packer } from "docx";
import { unzipSync } from "fflate";
import { landscapePage, textAreaMm } from "../../model/landscape-page.js";
import { pageRuns } from "../../model/page-runs.js";
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
import { addToGroups, pageSections, type PageGroup } from "./page-sections.js";
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
  const textTwips = mmToTwips(textAreaMm(page));
  const headingLevels = headingLevelStyles(model.body);
  const ctx: BodyContext = { ...footnoteContext(model.footnotes), layout, textTwips, headingLevels };
  const landscapeCtx: BodyContext = { ...ctx, textTwips: mmToTwips(textAreaMm(landscapePage(page))) };

  const groups: PageGroup[] = [];
  addToGroups(groups, false, [
    headerTable(frame, layout),
    ...titleBlock(frame, layout, textTwips),
    ...kinhGuiBlock(frame.kinhGui, layout, textTwips, frame),
    ...bodyBlocks(model.preamble, ctx),
  ]);
  for (const run of pageRuns(model.body))
    addToGroups(groups, run.landscape, bodyBlocks(run.blocks, run.landscape ? landscapeCtx : ctx));
  addToGroups(groups, false, [
    // The closing sentence stays on the page of the signature.
    ...closingParagraphs(frame.closing).map((p) => bodyParagraph(p, ctx, { keepNext: true })),
    signatureTable(frame.recipients, frame.signature, layout, frame),
  ]);
  const appendices = appendixGroups(model.appendices ?? [], ctx, landscapeCtx.textTwips);
  // A first portrait appendix continues the signature's section (it starts with a page break).
  if (appendices[0] && !appendices[0].landscape)
    groups[groups.length - 1]!.children.push(...appendices.shift()!.children);
  groups.push(...appendices);

  return new Document({
    title: model.meta.title,
    creator: model.meta.author,
    lastModifiedBy: model.meta.author,
    styles: buildStyles(layout, headingLevels),
    footnotes: docxFootnotes(model.footnotes, ctx),
    sections: pageSections(groups, layout),
  });
}
