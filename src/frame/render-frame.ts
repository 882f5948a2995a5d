/**
 * Render the frame of one report: the kind's templated strings (title, preamble, closing) and
 * the frame templates (header lines, Số, date, Nơi nhận, signature) → plain text, shaped into
 * final lines by shape-frame.ts.
 * Preamble and closing stay Markdown here; the merge stage converts them like fragments.
 */
import type { Diagnostic, Position } from "../diagnostics/diagnostic.js";
import type { Config, Kind } from "../input/config-types.js";
import type { Report } from "../input/report-types.js";
import { positionOf, scalarMapper } from "../yaml/yaml-position.js";
import type { Frame } from "../model/report.js";
import type { TemplateContext } from "./context.js";
import type { FrameTemplateName } from "./load-templates.js";
import { shapeFrame } from "./shape-frame.js";
import { renderTemplate, type TemplateSource } from "./template-engine.js";

/** A Markdown field to convert later, with the way back to where it was written. */
export interface ProseField {
  text: string;
  file: string;
  map(line: number, column: number): Position;
}

export interface RenderedFrame {
  frame: Omit<Frame, "closing">;
  preamble: ProseField[];
  closing: ProseField;
  /** The context with the rendered title and closing filled in, for the templates rendered after the frame. */
  context: TemplateContext;
  diagnostics: Diagnostic[];
}

export function renderFrame(
  config: Config,
  kind: Kind,
  report: Report,
  ctx: TemplateContext,
  templates: Record<FrameTemplateName, TemplateSource>,
  signatureSpace: number,
): RenderedFrame {
  const diagnostics: Diagnostic[] = [];
  const run = (src: TemplateSource) => {
    const r = renderTemplate(src, ctx);
    diagnostics.push(...r.diagnostics);
    return r.text;
  };
  const configField = (path: Array<string | number>): TemplateSource => {
    let v: unknown = { kinds: { [kind.id]: rawKindFields(kind) } };
    for (const p of ["kinds", kind.id, ...path]) v = (v as Record<string | number, unknown>)?.[p];
    return { text: String(v ?? ""), file: config.file, position: positionOf(config.yaml, [...kind.path, ...path]) };
  };
  const constant = (p: Position) => () => p;

  // Title: the report's literal override or the kind's template. The templates after it see it
  // (and the closing) in a copy of the context; the one passed in is not changed.
  const titleText = report.raw.title ?? run(configField(["title"]));
  const titleLine = titleText.replace(/\s*\n\s*/g, " ");
  const titleNamesAgency = titleLine
    .toLocaleLowerCase("vi")
    .trimEnd()
    .endsWith(`của ${config.agency.name}`.toLocaleLowerCase("vi"));
  ctx = { ...ctx, report: { ...ctx.report, title: titleText, titleLine, titleNamesAgency } };

  // A report file's paragraph is Markdown as typed; `{ template: … }` opts into the period's values.
  const reportField = (item: string | { template: string }, path: Array<string | number>): ProseField => {
    const at = report.yaml
      ? positionOf(report.yaml, typeof item === "string" ? path : [...path, "template"])
      : { line: 1, column: 1 };
    if (typeof item !== "string")
      return {
        text: run({ text: item.template, file: report.file, position: at }),
        file: report.file,
        map: constant(at),
      };
    return { text: item, file: report.file, map: report.yaml ? scalarMapper(report.yaml, path) : constant(at) };
  };
  const preamble: ProseField[] = report.raw.preamble
    ? report.raw.preamble.map((item, i) => reportField(item, ["preamble", i]))
    : kind.preamble.map((_, i) => {
        const src = configField(["preamble", i]);
        return { text: run(src), file: config.file, map: constant(src.position) };
      });

  // `closing: false` (in the report file, else in the kind): the report has no closing sentence.
  const noClosing = report.raw.closing === false || (report.raw.closing === undefined && kind.closing === false);
  const kindClosing = typeof kind.closing === "string";
  const own = report.raw.closing;
  const closingText =
    typeof own === "string"
      ? own
      : typeof own === "object"
        ? reportField(own, ["closing"]).text
        : kindClosing && !noClosing
          ? run(configField(["closing"]))
          : "";
  ctx = { ...ctx, report: { ...ctx.report, closing: closingText } };
  const closingTemplate = templates.closing;
  const closing: ProseField = noClosing
    ? { text: "", file: report.file, map: constant({ line: 1, column: 1 }) }
    : own !== undefined && report.yaml
      ? {
          text: run(closingTemplate),
          file: report.file,
          map:
            typeof own === "string"
              ? scalarMapper(report.yaml, ["closing"])
              : constant(positionOf(report.yaml, ["closing", "template"])),
        }
      : {
          text: run(closingTemplate),
          file: kindClosing ? config.file : closingTemplate.file,
          map: constant(kindClosing ? positionOf(config.yaml, [...kind.path, "closing"]) : closingTemplate.position),
        };

  const frame = shapeFrame({
    parentAgency: config.agency.parent,
    agency: config.agency.header,
    numberLine: run(templates["number-line"]),
    nationalTitle: run(templates["national-title"]),
    motto: run(templates.motto),
    dateLine: run(templates["date-line"]),
    docType: run(templates["doc-type"]),
    title: run(templates.title),
    kinhGui: ctx.report.kinhGui,
    recipientsHeading: run(templates["recipients-heading"]),
    recipients: run(templates.recipients),
    signature: run(templates.signature),
    signatureName: run(templates["signature-name"]),
    signatureSpace,
  });
  return { frame, preamble, closing, context: ctx, diagnostics };
}

/** The kind's templated fields, keyed as in bcreport.yaml, so diagnostics can point at them. */
function rawKindFields(kind: Kind): Record<string, unknown> {
  return { title: kind.title, preamble: kind.preamble, closing: kind.closing };
}
