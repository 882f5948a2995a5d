/**
 * The schema check of each kind of file: a source read by the input stage → its typed, normalised
 * form, or nothing when the file has an error (its own problems are returned, and the file goes
 * no further).
 */
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config, RawConfig } from "../input/config-types.js";
import type { Fragment, RawFragment } from "../input/fragment-types.js";
import type { YamlSource } from "../input/read-yaml-file.js";
import type { RawReport, Report } from "../input/report-types.js";
import { normalizeConfig } from "./normalize-config.js";
import { checkSchema } from "./schema-check.js";

export function validateConfigFile(source: YamlSource): { config?: Config; diagnostics: Diagnostic[] } {
  const diagnostics = checkSchema("bcreport", source.data, source.yaml);
  if (source.damaged || hasErrors(diagnostics)) return { diagnostics };
  const normalized = normalizeConfig(source.file, source.yaml, source.data as unknown as RawConfig);
  return { config: normalized.config, diagnostics: [...diagnostics, ...normalized.diagnostics] };
}

export function validateReportFile(
  source: YamlSource,
  kind: string,
  period: string,
): { report?: Report; diagnostics: Diagnostic[] } {
  const diagnostics = checkSchema("report", source.data, source.yaml);
  if (source.damaged || hasErrors(diagnostics)) return { diagnostics };
  return { report: { file: source.file, yaml: source.yaml, kind, period, raw: source.data as RawReport }, diagnostics };
}

export function validateFragmentFile(source: YamlSource): { fragment?: Fragment; diagnostics: Diagnostic[] } {
  const diagnostics = checkSchema("fragment", source.data, source.yaml);
  if (source.damaged || hasErrors(diagnostics)) return { diagnostics };
  const raw = source.data as unknown as RawFragment;
  const fragment: Fragment = {
    file: source.file,
    yaml: source.yaml,
    unit: raw.unit,
    section: raw.section,
    body: raw.body,
    tasks: raw.tasks ?? [],
    carried: raw.carried ?? [],
    metrics: raw.metrics ?? [],
    items: Object.entries(raw.items ?? {}).map(([id, text]) => ({ id, text })),
    accept: raw.accept ?? {},
  };
  return { fragment, diagnostics };
}

/** The fragments among `sources` that pass their schema; their problems are dropped (for carry-over and `status`). */
export function validFragments(sources: readonly YamlSource[]): Fragment[] {
  return sources.flatMap((s) => validateFragmentFile(s).fragment ?? []);
}
