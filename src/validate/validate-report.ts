/**
 * The validate stage for one report: each file against its schema, then the rules — of the report
 * file, of each fragment, of carry-over against the previous period. A file with an error of its
 * own (schema, unknown unit or section, …) is dropped on its own; the others go on to the next
 * stages, so one run reports every problem of every file.
 */
import { msg } from "../messages/index.js";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config, Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { PreviousSources } from "../input/read-previous.js";
import type { ReportSources } from "../input/read-period.js";
import type { Report } from "../input/report-types.js";
import type { Period } from "../vi/periods.js";
import { checkCarried, type PreviousReport } from "./carry-rules.js";
import { allowDataOnlyFragments } from "./data-only-fragments.js";
import { checkFragments } from "./fragment-rules.js";
import { checkReport } from "./report-rules.js";
import { checkOrder } from "./order-rules.js";
import { validateFragmentFile, validateReportFile, validFragments } from "./validate-files.js";

export interface ValidatedReport {
  /** Absent when the report file has an error: there is no frame to render, but the fragments are still checked. */
  report?: Report;
  /** Every fragment that passed its schema (what rules, lints and carry-over look at). */
  schemaValid: Fragment[];
  /** The fragments with no error of their own, owned by their section: what the later stages get. */
  fragments: Fragment[];
  /** True when a fragment was dropped: a section may look empty only because of that. */
  dropped: boolean;
  /** An error of the rules: the report is not built (its problems are still all reported). */
  ruleErrors: boolean;
  diagnostics: Diagnostic[];
}

function previousReport(previous: PreviousSources | undefined, kind: Kind): PreviousReport | undefined {
  if (!previous || !validateReportFile(previous.report, kind.id, previous.period).report) return undefined;
  return { period: previous.period, fragments: validFragments(previous.fragments) };
}

export function validateReport(
  sources: ReportSources,
  previous: PreviousSources | undefined,
  config: Config,
  kind: Kind,
  period: Period,
): ValidatedReport {
  const diagnostics: Diagnostic[] = [];
  const reportFile = sources.report ? validateReportFile(sources.report, kind.id, sources.period) : undefined;
  diagnostics.push(...(reportFile?.diagnostics ?? []));
  const report = reportFile?.report;

  const checked: Fragment[] = [];
  for (const source of sources.fragments) {
    const r = validateFragmentFile(source);
    diagnostics.push(...r.diagnostics);
    if (r.fragment) checked.push(r.fragment);
  }

  const fileProblems = allowDataOnlyFragments(checkFragments(checked, config, kind), checked);
  const rules = [
    ...(report ? [...checkReport(report, config), ...checkOrder(report, checked, kind)] : []),
    ...fileProblems,
    ...checkCarried(sources.file, checked, kind, previousReport(previous, kind)),
  ];
  if (report && !kind.periods.includes(period.type)) {
    rules.push(
      diagnostic({
        file: report.file,
        line: 1,
        column: 1,
        rule: "wrong-period",
        message: msg("validate.wrong-period", {
          kind: kind.id,
          periods: kind.periods.join(", "),
          period: sources.period,
          type: period.type,
        }),
        hint: msg("validate.wrong-period.hint"),
      }),
    );
  }
  diagnostics.push(...rules);

  const failed = new Set(fileProblems.filter((d) => d.severity === "error").map((d) => d.file));
  const fragments = checked.filter((f) => !failed.has(f.file) && kind.sections.get(f.section)?.units.includes(f.unit));
  return {
    ...(report ? { report } : {}),
    schemaValid: checked,
    fragments,
    dropped: fragments.length < sources.fragments.length,
    ruleErrors: hasErrors(rules),
    diagnostics,
  };
}
