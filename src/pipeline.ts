/**
 * The pipeline, stage by stage:
 *
 *   load config → for each period: load report files and fragments → validate (schema, rules,
 *   carry-over against the previous period) → lint (warnings) → render frame (templates) →
 *   merge (outline, footnotes) → write (DOCX, PDF, JSON, Markdown)
 *
 * Nothing is printed and nothing is written to disk here: outputs come back as bytes with the
 * diagnostics, and the CLI writes them only when there is no error.
 */
import type { CompileOptions, CompileResult, OutputFile } from "./compile-api.js";
import { dedupeDiagnostics, hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import { buildContext } from "./frame/context.js";
import { loadTemplates } from "./frame/load-templates.js";
import { renderFrame } from "./frame/render-frame.js";
import { loadConfig } from "./input/load-config.js";
import { loadPeriod } from "./input/load-period.js";
import { mergeReport } from "./merge/merge-report.js";
import type { ReportModel } from "./model/report.js";
import { collectLintInput } from "./lint/collect-input.js";
import { checkLintConfig, runLints } from "./lint/index.js";
import { checkCarried } from "./validate/carry-rules.js";
import { allowDataOnlyFragments } from "./validate/data-only-fragments.js";
import { checkFragments } from "./validate/fragment-rules.js";
import { previousFragments } from "./input/carry-over.js";
import { checkReport } from "./validate/report-rules.js";
import { parsePeriod } from "./vi/periods.js";
import type { World } from "./world.js";
import { writeOutputs } from "./writers/write-outputs.js";

/**
 * Load, validate and merge: everything up to the model, with no writer loaded. A caller that
 * builds period by period (`check`) passes the profile it loaded once.
 */
export async function buildModels(
  options: Pick<CompileOptions, "periods" | "kinds">,
  world: World,
  loaded: ReturnType<typeof loadConfig> = loadConfig(world),
): Promise<{ models: ReportModel[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const models: ReportModel[] = [];
  diagnostics.push(...loaded.diagnostics);
  const config = loaded.config;
  if (!config) return { models, diagnostics: sortDiagnostics(diagnostics) };
  diagnostics.push(...checkLintConfig(config));
  const { templates, diagnostics: templateProblems } = loadTemplates(world, config.templatesDir);
  diagnostics.push(...templateProblems);

  for (const periodId of options.periods) {
    const parsed = parsePeriod(periodId);
    if (!parsed.ok) {
      diagnostics.push({ severity: "error", file: "", line: 0, column: 0, rule: "bad-period", message: parsed.message, ...(parsed.hint ? { hint: parsed.hint } : {}) });
      continue;
    }
    const period = parsed.period;
    const { inputs, diagnostics: loadProblems } = loadPeriod(world, config, periodId, options.kinds);
    diagnostics.push(...loadProblems);
    for (const { report, fragments } of inputs) {
      const kind = config.kinds.get(report.kind)!;
      const problems = [
        ...checkReport(report, config),
        ...allowDataOnlyFragments(checkFragments(fragments, config, kind), fragments),
        ...checkCarried(report, fragments, kind, previousFragments(world, config, period, kind.id)),
      ];
      if (!kind.periods.includes(period.type)) {
        problems.push({ severity: "error", file: report.file, line: 1, column: 1, rule: "wrong-period", message: `report kind \`${kind.id}\` is built for ${kind.periods.join(", ")} periods, not for \`${periodId}\` (${period.type})`, hint: "add the period type to the kind's `periods`, or move the report to a matching period folder" });
      }
      diagnostics.push(...problems, ...runLints(collectLintInput(world, config, kind, report, fragments, templates.recipients.text), config));
      if (hasErrors(problems)) continue;
      const valid = fragments.filter((f) => kind.sections.get(f.section)?.units.includes(f.unit));
      const ctx = buildContext(config, kind, report, period, valid);
      const rendered = renderFrame(config, kind, report, ctx, templates, config.signatureSpace);
      const merged = mergeReport({ config, kind, report, fragments: valid, ctx, rendered });
      // With files that failed to load, a section may look empty only because its fragment was unreadable.
      diagnostics.push(...(hasErrors(loadProblems) ? merged.diagnostics.filter((d) => d.rule !== "empty-section") : merged.diagnostics));
      models.push(merged.model);
    }
  }
  return { models, diagnostics: sortDiagnostics(dedupeDiagnostics(diagnostics)) };
}


export async function compile(options: CompileOptions, world: World): Promise<CompileResult> {
  const { models, diagnostics } = await buildModels(options, world);
  if (hasErrors(diagnostics)) return { outputs: [], diagnostics, models: [] };
  const written = await writeOutputs(models, options);
  const all = sortDiagnostics([...diagnostics, ...written.diagnostics]);
  const outputs: OutputFile[] = hasErrors(all) ? [] : written.outputs;
  return { outputs, diagnostics: all, models };
}
