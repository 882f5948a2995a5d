/**
 * Two models of one report (the old and the new revision) → one tracked-changes model: the new
 * report in which everything changed since the old one carries a revision (model/report.ts,
 * `Revision`). The DOCX writer turns it into Word's tracked changes. Also returns how many words
 * each (section, unit) gained and lost, which is what `bcreport diff` summarises.
 */
import type { Appendix, Block, Footnote, Frame, List, Paragraph, ReportModel, SourceRef } from "../model/report.js";
import type { Attribute, FootnoteLog, TrackContext } from "./inline-diff.js";
import { trackBlocks } from "./track-blocks.js";
import { trackFrame } from "./track-frame.js";

export interface WordCount {
  section: string;
  unit: string;
  added: number;
  removed: number;
}

export interface Tracked {
  model: ReportModel;
  /** Words added and removed per (section, unit), in the order first met. */
  words: WordCount[];
  footnotes: FootnoteLog;
}

export function trackedModel(a: ReportModel, b: ReportModel, attribute: Attribute): Tracked {
  const counts = new Map<string, WordCount>();
  const count = (source: SourceRef | undefined, added: number, removed: number) => {
    if (!source || added + removed === 0) return;
    const key = `${source.section}\u0000${source.unit}`;
    const entry = counts.get(key) ?? { section: source.section, unit: source.unit, added: 0, removed: 0 };
    entry.added += added;
    entry.removed += removed;
    counts.set(key, entry);
  };
  const byNumber = (notes: readonly Footnote[]) => new Map(notes.map((f) => [f.n, f]));
  const footnotes: Footnote[] = [];
  const footnoteLog: FootnoteLog = { kept: [], added: [], removed: [] };
  const ctx: TrackContext = {
    a: byNumber(a.footnotes),
    b: byNumber(b.footnotes),
    footnotes,
    attribute,
    count,
    footnoteLog,
  };
  // Reading order, so the footnotes are numbered as Word numbers them.
  const preamble = trackBlocks(a.preamble, b.preamble, ctx);
  const body = trackBlocks(a.body, b.body, ctx);
  const closing = trackBlocks(a.frame.closing, b.frame.closing, ctx);
  const prose = (blocks: Block[]) =>
    blocks.filter((x): x is Paragraph | List => x.type === "paragraph" || x.type === "list");
  const frame: Frame = { ...trackFrame(a.frame, b.frame, ctx), closing: prose(closing) };
  const appendices = trackAppendices(a.appendices ?? [], b.appendices ?? [], ctx);
  const model: ReportModel = { ...b, frame, preamble: prose(preamble), body, footnotes };
  if (appendices.length > 0) model.appendices = appendices;
  return { model, words: [...counts.values()], footnotes: footnoteLog };
}

/**
 * The appendices of the new report, each tracked against the old one of the same outline section
 * (after the closing, in reading order, so their footnotes are numbered as Word numbers them);
 * an appendix the new report dropped follows, its content deleted.
 */
function trackAppendices(a: readonly Appendix[], b: readonly Appendix[], ctx: TrackContext): Appendix[] {
  const old = new Map(a.map((x) => [x.section, x]));
  const whole = (x: Appendix, type: "ins" | "del"): Appendix => ({
    ...x,
    blocks: type === "ins" ? trackBlocks([], x.blocks, ctx) : trackBlocks(x.blocks, [], ctx),
    revision: ctx.attribute(type, undefined, `${x.label} ${x.title}`),
  });
  const kept = b.map((x) => {
    const before = old.get(x.section);
    return before ? { ...x, blocks: trackBlocks(before.blocks, x.blocks, ctx) } : whole(x, "ins");
  });
  const now = new Set(b.map((x) => x.section));
  return [...kept, ...a.filter((x) => !now.has(x.section)).map((x) => whole(x, "del"))];
}

/** A report with nothing in it, in the shape of `model`: the other side of a report that is new or gone. */
export function emptyReport(model: ReportModel): ReportModel {
  const frame: Frame = {
    header: { parentAgency: [], agency: [], numberLine: "", nationalTitle: "", motto: "", dateLine: "" },
    docType: "",
    title: [],
    closing: [],
    recipients: { heading: "", lines: [] },
    signature: { lines: [], name: "", space: model.frame.signature.space },
  };
  return { ...model, frame, preamble: [], body: [], footnotes: [], appendices: [] };
}
