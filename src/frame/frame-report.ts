/**
 * The frame stage: every template of one report rendered — the frame's lines (header, Số, date,
 * title, Nơi nhận, signature), section titles and summaries, and the Markdown of the preamble
 * and closing as text still to convert. Also the report's metadata. Nothing here is read back
 * and changed later: merge gets plain values.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config, Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { Report } from "../input/report-types.js";
import type { ReportMeta } from "../model/report.js";
import { toEpochSeconds } from "../vi/dates.js";
import type { Period } from "../vi/periods.js";
import { positionOf } from "../yaml/yaml-position.js";
import { buildContext } from "./context.js";
import type { FrameTemplateName } from "./load-templates.js";
import { renderFrame, type ProseField, type RenderedFrame } from "./render-frame.js";
import { renderTemplate, type TemplateSource } from "./template-engine.js";

export interface FramedReport extends Omit<RenderedFrame, "context"> {
  meta: ReportMeta;
  /** Section titles after template rendering, by section id. */
  titles: Map<string, string>;
  /** Rendered `summary` templates (Markdown), by section id. */
  summaries: Map<string, ProseField>;
  /** "tháng 12 năm 2023", for the sentence after carried tasks. */
  periodName: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function frameReport(
  config: Config,
  kind: Kind,
  report: Report,
  period: Period,
  fragments: readonly Fragment[],
  templates: Record<FrameTemplateName, TemplateSource>,
): FramedReport {
  const rendered = renderFrame(
    config,
    kind,
    report,
    buildContext(config, kind, report, period, fragments),
    templates,
    config.signatureSpace,
  );
  const ctx = rendered.context;
  const diagnostics: Diagnostic[] = [...rendered.diagnostics];

  const titles = new Map<string, string>();
  for (const s of kind.sections.values()) {
    const r = renderTemplate(
      { text: s.title, file: config.file, position: positionOf(config.yaml, [...s.path, "title"]) },
      ctx,
    );
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

  const date = ctx.report.date;
  const meta: ReportMeta = {
    kind: kind.id,
    period: report.period,
    date: date.day ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : `${date.year}-${pad(date.month)}`,
    number: ctx.report.number,
    title: ctx.report.titleLine,
    author: config.agency.name,
    epoch: toEpochSeconds(date),
  };
  const { frame, preamble, closing } = rendered;
  return { frame, preamble, closing, diagnostics, meta, titles, summaries, periodName: ctx.period.name };
}
