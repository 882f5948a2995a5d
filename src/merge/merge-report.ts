/**
 * One report's inputs → the writer-neutral ReportModel: frame, preamble, merged body,
 * closing, and footnotes numbered 1…N through the whole document in reading order.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config, Fragment, Kind, Report } from "../input/types.js";
import type { TemplateContext } from "../frame/context.js";
import type { ProseField, RenderedFrame } from "../frame/render-frame.js";
import { renderTemplate } from "../frame/template-engine.js";
import { positionOf } from "../yaml/yaml-position.js";
import { FootnoteScope, markdownToBlocks } from "../markdown/index.js";
import type { Footnote, Paragraph, ReportModel } from "../model/report.js";
import { toEpochSeconds } from "../vi/dates.js";
import { mergeBody } from "./merge-body.js";

export interface MergeInput {
  config: Config;
  kind: Kind;
  report: Report;
  fragments: Fragment[];
  ctx: TemplateContext;
  rendered: RenderedFrame;
}

function prose(field: ProseField, scope: FootnoteScope, role: "preamble" | "closing") {
  return markdownToBlocks({ text: field.text, file: field.file, unit: "", section: role, map: field.map }, scope, role);
}

export function mergeReport(input: MergeInput): { model: ReportModel; diagnostics: Diagnostic[] } {
  const { config, kind, report, ctx, rendered } = input;
  const diagnostics: Diagnostic[] = [...rendered.diagnostics];
  let next = 0;
  const allocate = () => ++next;

  const frameScope = new FootnoteScope(allocate);
  const preamble: Paragraph[] = [];
  for (const field of rendered.preamble) {
    const r = prose(field, frameScope, "preamble");
    diagnostics.push(...r.diagnostics);
    preamble.push(...(r.blocks.filter((b) => b.type === "paragraph") as Paragraph[]));
  }

  const titles = new Map<string, string>();
  for (const s of kind.sections.values()) {
    const r = renderTemplate({ text: s.title, file: config.file, position: positionOf(config.yaml, [...s.path, "title"]) }, ctx);
    diagnostics.push(...r.diagnostics);
    titles.set(s.id, r.text);
  }
  const summaries = new Map<string, ProseField>();
  for (const s of kind.sections.values()) {
    if (s.summary === undefined) continue;
    const position = positionOf(config.yaml, [...s.path, "summary"]);
    // `{{completionSentence}}` counts the section's own carried tasks when it has some, else the report's.
    const own = ctx.completion.sections[s.id];
    const section = { id: s.id, ...(own ? { completion: own } : {}) };
    const r = renderTemplate({ text: s.summary, file: config.file, position }, { ...ctx, section });
    diagnostics.push(...r.diagnostics);
    summaries.set(s.id, { text: r.text, file: config.file, map: () => position });
  }
  const body = mergeBody({ kind, fragments: input.fragments, titles, summaries, periodName: ctx.period.name, allocate });
  diagnostics.push(...body.diagnostics);

  const closingScope = new FootnoteScope(allocate);
  const closing = rendered.closing.text.trim() ? prose(rendered.closing, closingScope, "closing") : { blocks: [], diagnostics: [] };
  diagnostics.push(...closing.diagnostics);

  const footnotes: Footnote[] = [];
  for (const s of [frameScope, ...body.scopes, closingScope]) {
    const f = s.finish();
    footnotes.push(...f.footnotes);
    diagnostics.push(...f.diagnostics);
  }
  footnotes.sort((a, b) => a.n - b.n);

  const model: ReportModel = {
    meta: {
      kind: kind.id,
      period: report.period,
      date: ctx.report.date.day ? `${ctx.report.date.year}-${String(ctx.report.date.month).padStart(2, "0")}-${String(ctx.report.date.day).padStart(2, "0")}` : `${ctx.report.date.year}-${String(ctx.report.date.month).padStart(2, "0")}`,
      number: ctx.report.number,
      title: ctx.report.titleLine,
      author: config.agency.name,
      epoch: toEpochSeconds(ctx.report.date),
    },
    layout: config.layout,
    frame: { ...rendered.frame, closing: closing.blocks.filter((b) => b.type === "paragraph") as Paragraph[] },
    preamble,
    body: body.blocks,
    footnotes,
  };
  return { model, diagnostics };
}
