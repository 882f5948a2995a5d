/**
 * Read one period folder: the report file of each kind built that period and its fragments.
 *
 *   reports/2023-11/monthly.yaml       the report file of kind `monthly`
 *   reports/2023-11/monthly/*.yaml     its fragments
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config, Fragment, RawFragment, RawReport, Report } from "./types.js";
import { suggestion } from "../diagnostics/did-you-mean.js";
import type { World } from "../world.js";
import { readYamlFile } from "./read-yaml-file.js";

export interface PeriodInput {
  report: Report;
  fragments: Fragment[];
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name);
const stem = (name: string) => name.replace(/\.ya?ml$/i, "");

function at(file: string, rule: string, message: string, hint?: string, severity: Diagnostic["severity"] = "error"): Diagnostic {
  return { severity, file, line: 1, column: 1, rule, message, ...(hint ? { hint } : {}) };
}

function loadFragments(world: World, dir: string): { fragments: Fragment[]; diagnostics: Diagnostic[] } {
  const fragments: Fragment[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of world.listDir(dir) ?? []) {
    const file = `${dir}/${entry.name}`;
    if (entry.name.startsWith(".")) continue;
    if (entry.kind === "dir") {
      diagnostics.push(at(file, "stray-file", `folder \`${entry.name}\` inside a report's fragment folder is ignored`, "keep fragments directly in the folder", "warning"));
      continue;
    }
    if (!isYaml(entry.name)) {
      diagnostics.push(at(file, "stray-file", `\`${entry.name}\` is not a YAML fragment and is ignored`, "fragments are `.yaml` files", "warning"));
      continue;
    }
    const loaded = readYamlFile<RawFragment>(world, file, "fragment");
    diagnostics.push(...loaded.diagnostics);
    if (loaded.data && loaded.yaml) {
      const raw = loaded.data;
      fragments.push({ file, yaml: loaded.yaml, unit: raw.unit, section: raw.section, body: raw.body, tasks: raw.tasks ?? [], carried: raw.carried ?? [], metrics: raw.metrics ?? [] });
    }
  }
  return { fragments, diagnostics };
}

/**
 * `kinds` narrows to some report kinds (from `--kind`); a named kind without a report file is an error.
 * Returns an error diagnostic with rule `no-period` when the folder does not exist.
 */
export function loadPeriod(
  world: World,
  config: Config,
  period: string,
  kinds?: string[],
): { inputs: PeriodInput[]; diagnostics: Diagnostic[]; /** Every kind's readable fragments, even when its report file is invalid (for `status`). */ fragmentsByKind: Map<string, Fragment[]> } {
  const dir = `${config.reportsDir}/${period}`;
  const entries = world.listDir(dir);
  const diagnostics: Diagnostic[] = [];
  const fragmentsByKind = new Map<string, Fragment[]>();
  if (!entries) {
    return {
      inputs: [],
      fragmentsByKind,
      diagnostics: [{ severity: "error", file: "", line: 0, column: 0, rule: "no-period", message: `no folder \`${dir}\` for period \`${period}\``, hint: `create it with \`bcreport new ${period}\`` }],
    };
  }
  const known = [...config.kinds.keys()];
  const reportFiles = entries.filter((e) => e.kind !== "dir" && isYaml(e.name));
  for (const e of entries) {
    if (e.kind === "dir" && !config.kinds.has(e.name)) {
      diagnostics.push(at(`${dir}/${e.name}`, "unknown-kind", `folder \`${e.name}\` is not a report kind of bcreport.yaml`, suggestion(e.name, known), "warning"));
    }
  }
  const inputs: PeriodInput[] = [];
  for (const e of reportFiles) {
    const kind = stem(e.name);
    const file = `${dir}/${e.name}`;
    if (!config.kinds.has(kind)) {
      diagnostics.push(at(file, "unknown-kind", `\`${kind}\` is not a report kind of bcreport.yaml`, suggestion(kind, known) ?? "name the report file after a key of `kinds:`"));
      continue;
    }
    if (kinds && !kinds.includes(kind)) continue;
    const loaded = readYamlFile<RawReport>(world, file, "report");
    diagnostics.push(...loaded.diagnostics);
    const fr = loadFragments(world, `${dir}/${kind}`);
    diagnostics.push(...fr.diagnostics);
    fragmentsByKind.set(kind, fr.fragments);
    if (!loaded.data) continue;
    inputs.push({ report: { file, yaml: loaded.yaml, kind, period, raw: loaded.data }, fragments: fr.fragments });
  }
  for (const k of kinds ?? []) {
    if (!reportFiles.some((e) => stem(e.name) === k)) {
      diagnostics.push({
        severity: "error",
        file: "",
        line: 0,
        column: 0,
        rule: "no-report",
        message: `no report file \`${dir}/${k}.yaml\` for kind \`${k}\``,
        hint: config.kinds.has(k) ? `create it (it may be empty) or run \`bcreport new ${period}\`` : suggestion(k, known),
      });
    }
  }
  if (!kinds && reportFiles.length === 0) {
    diagnostics.push({ severity: "error", file: "", line: 0, column: 0, rule: "no-report", message: `no report file in \`${dir}\``, hint: `add \`${dir}/<kind>.yaml\` for one of: ${known.join(", ")}` });
  }
  return { inputs, diagnostics, fragmentsByKind };
}
