/**
 * The merge stage, pure: one report's validated fragments with their prose, and its rendered
 * frame → the writer-neutral ReportModel: frame, preamble, merged body (outline, numbering),
 * closing, and footnotes numbered 1…N through the whole document in reading order.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { FragmentProse, Prose } from "../markdown/prose.js";
import {
  MODEL_VERSION,
  type Block,
  type Frame,
  type List,
  type Paragraph,
  type ReportModel,
  type ReportMeta,
} from "../model/report.js";
import type { Layout } from "../model/report.js";
import { fitTableWidths } from "./fit-table-widths.js";
import { appendixReference, buildAppendices } from "./appendix.js";
import { mergeBody } from "./merge-body.js";
import { FootnoteNumbering } from "./number-footnotes.js";

export interface MergeInput {
  kind: Kind;
  layout: Layout;
  meta: ReportMeta;
  frame: Omit<Frame, "closing">;
  /** "tháng 12 năm 2023", for the sentence after carried tasks. */
  periodName: string;
  titles: Map<string, string>;
  summaries: Map<string, Prose<Block[]>>;
  preamble: Prose<Array<Paragraph | List>>;
  closing: Prose<Array<Paragraph | List>>;
  fragments: Fragment[];
  prose: Map<Fragment, FragmentProse>;
  /** The report file's `order`: per section, its items as `<unit>.<item id>`. */
  order: Readonly<Record<string, readonly string[]>>;
  unitNames: ReadonlyMap<string, string>;
}

export function mergeReport(input: MergeInput): { model: ReportModel; diagnostics: Diagnostic[] } {
  const footnotes = new FootnoteNumbering();
  const preamble = footnotes.blocks(input.preamble.content, input.preamble.footnotes);
  const bodyInput = {
    kind: input.kind,
    fragments: input.fragments,
    prose: input.prose,
    titles: input.titles,
    summaries: input.summaries,
    periodName: input.periodName,
    footnotes,
    order: input.order,
    unitNames: input.unitNames,
  };
  const body = mergeBody({ ...bodyInput, outline: input.kind.outline.filter((s) => !s.appendix) });
  const closing = footnotes.blocks(input.closing.content, input.closing.footnotes);
  // Appendices come after the closing in reading order, so their footnotes are numbered after it.
  const diagnostics = [...body.diagnostics];
  const reference = appendixReference(input.frame, input.frame.docType, input.meta.author);
  const appendices = buildAppendices(
    input.kind.outline.filter((s) => s.appendix),
    input.titles,
    (s) => {
      const r = mergeBody({ ...bodyInput, outline: [s] });
      diagnostics.push(...r.diagnostics);
      // The section's own heading gives way to the appendix heading.
      const blocks = r.blocks[0]?.type === "heading" && r.blocks[0].section === s.id ? r.blocks.slice(1) : r.blocks;
      return fitTableWidths(blocks, input.layout, s.landscape === true);
    },
    reference,
  );
  const model: ReportModel = {
    modelVersion: MODEL_VERSION,
    meta: input.meta,
    layout: input.layout,
    frame: { ...input.frame, closing },
    preamble,
    body: fitTableWidths(body.blocks, input.layout),
    footnotes: footnotes.footnotes(),
  };
  if (appendices.length > 0) model.appendices = appendices;
  return { model, diagnostics };
}
