/**
 * The pipeline, stage by stage. Data flows one way; each stage is one module named by its verb.
 *
 *   configure  validate/load-config.ts      bcreport.yaml → Config (read, schema, defaults, cross-references)
 *   input      input/read-period.ts         a period folder → each report's file and fragments, decoded and parsed
 *              input/read-previous.ts       the previous period's fragments of the same kind (for carry-over)
 *   validate   validate/validate-report.ts  schema and rules, per file; a file with an error is dropped on its own
 *   lint       lint/index.ts                warnings about valid text that is probably wrong
 *   prose      markdown/prose.ts            each fragment's Markdown → blocks, with its own footnotes
 *              svg/renderer.ts              loaded first when a body holds an image (an SVG is read by resvg)
 *   frame      frame/frame-report.ts        every template rendered: frame lines, titles, summaries, metadata
 *              markdown/prose.ts            the frame's Markdown fields (preamble, closing, summaries) → blocks
 *   merge      merge/merge-report.ts        pure: outline, numbering, footnotes numbered through the report
 *   write      writers/write-outputs.ts     DOCX, PDF, JSON, Markdown
 *
 * Every file that is not dropped goes through every stage, so one run reports every problem of
 * every file. Nothing is printed and nothing is written to disk here: outputs come back as bytes
 * with the diagnostics, and the CLI writes them only when there is no error.
 */
import type { CompileOptions, CompileResult, OutputFile } from "./compile-api.js";
import {
  dedupeDiagnostics,
  diagnostic,
  hasErrors,
  sortDiagnostics,
  type Diagnostic,
} from "./diagnostics/diagnostic.js";
import { frameReport } from "./frame/frame-report.js";
import { loadTemplates } from "./frame/load-templates.js";
import type { Config } from "./input/config-types.js";
import type { Fragment } from "./input/fragment-types.js";
import { readPeriod } from "./input/read-period.js";
import { readPrevious } from "./input/read-previous.js";
import { checkLintConfig } from "./lint/index.js";
import { lintReport } from "./lint/lint-report.js";
import { mayHoldImage } from "./markdown/figure.js";
import { proseOfFragment, proseOfFrame, type FragmentProse } from "./markdown/prose.js";
import { mergeReport } from "./merge/merge-report.js";
import type { ReportModel } from "./model/report.js";
import { loadSvgRenderer } from "./svg/renderer.js";
import { loadConfig } from "./validate/load-config.js";
import { validateReport } from "./validate/validate-report.js";
import { parsePeriod } from "./vi/periods.js";
import type { World } from "./world.js";
import { writeOutputs } from "./writers/write-outputs.js";

/**
 * Everything up to the model, with no writer loaded. A caller that builds period by period
 * (`check`) passes the profile it loaded once. A model is returned for each report whose rules
 * pass (`diff` compares them even when a file failed to load).
 */
export async function buildModels(
  options: Pick<CompileOptions, "periods" | "kinds">,
  world: World,
  loaded: { config?: Config; diagnostics: Diagnostic[] } = loadConfig(world),
): Promise<{ models: ReportModel[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const models: ReportModel[] = [];
  const config = loaded.config;
  if (!config) return { models, diagnostics: sortDiagnostics(diagnostics) };
  diagnostics.push(...checkLintConfig(config));
  const { templates, diagnostics: templateProblems } = loadTemplates(world, config.templatesDir);
  diagnostics.push(...templateProblems);

  for (const periodId of options.periods) {
    const parsed = parsePeriod(periodId);
    if (!parsed.ok) {
      diagnostics.push(diagnostic({ file: "", rule: "bad-period", message: parsed.message, hint: parsed.hint }));
      continue;
    }
    const period = parsed.period;
    const input = readPeriod(world, config, periodId, options.kinds);
    diagnostics.push(...input.diagnostics);
    for (const sources of input.reports) {
      const kind = config.kinds.get(sources.kind)!;
      const checked = validateReport(sources, readPrevious(world, config, period, kind.id), config, kind, period);
      diagnostics.push(...checked.diagnostics);
      if (checked.report) {
        diagnostics.push(
          ...lintReport(world, config, kind, checked.report, checked.schemaValid, templates.recipients.text),
        );
      }
      if (checked.fragments.some((f) => mayHoldImage(f.body))) await loadSvgRenderer();
      const prose = new Map<Fragment, FragmentProse>(checked.fragments.map((f) => [f, proseOfFragment(f, world)]));
      for (const p of prose.values()) diagnostics.push(...p.diagnostics);
      if (!checked.report) continue;

      const framed = frameReport(config, kind, checked.report, period, checked.fragments, templates);
      const frameProse = proseOfFrame(framed);
      diagnostics.push(...framed.diagnostics, ...frameProse.diagnostics);

      const { frame, meta, titles, periodName } = framed;
      const { preamble, closing, summaries } = frameProse;
      const merged = mergeReport({
        kind,
        layout: config.layout,
        frame,
        meta,
        titles,
        periodName,
        preamble,
        closing,
        summaries,
        fragments: checked.fragments,
        prose,
        order: checked.report.raw.order ?? {},
        unitNames: new Map([...config.units.values()].map((u) => [u.id, u.name])),
      });
      // With files that failed to load or were dropped, or a report that is not built, an empty section is no news.
      const incomplete = hasErrors(input.diagnostics) || checked.dropped || checked.ruleErrors;
      // An empty section or part is about this report: name its report file, so a check of several periods says which.
      const mergeProblems = merged.diagnostics.map((d) =>
        (d.rule === "empty-section" || d.rule === "empty-part") && !d.file
          ? { ...d, file: sources.file, line: 1, column: 1 }
          : d,
      );
      diagnostics.push(
        ...(incomplete
          ? mergeProblems.filter((d) => d.rule !== "empty-section" && d.rule !== "empty-part")
          : mergeProblems),
      );
      if (!checked.ruleErrors) models.push(merged.model);
    }
  }
  return { models, diagnostics: sortDiagnostics(dedupeDiagnostics(diagnostics)) };
}

export async function compile(options: CompileOptions, world: World): Promise<CompileResult> {
  const { models, diagnostics } = await buildModels(options, world);
  if (hasErrors(diagnostics)) return { outputs: [], diagnostics, models: [] };
  const written = await writeOutputs(models, options, world.env);
  const all = sortDiagnostics([...diagnostics, ...written.diagnostics]);
  const outputs: OutputFile[] = hasErrors(all) ? [] : written.outputs;
  return { outputs, diagnostics: all, models };
}
