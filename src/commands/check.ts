/**
 * `bcreport check`: load, validate and merge — no writer is loaded. Either whole periods, or the
 * reports that some files belong to, keeping only the problems of those files (and of the
 * configuration). Returns data; the CLI prints it.
 */
import { buildModels } from "../pipeline.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { dedupeDiagnostics, sortDiagnostics } from "../diagnostics/diagnostic.js";
import { CONFIG_FILE } from "../input/read-config.js";
import { loadConfig } from "../validate/load-config.js";
import type { World } from "../world.js";
import { kindsInPeriod, periodFolderProblems, periodFolders } from "../input/period-folders.js";
import { staleSchemas } from "./stale-schemas.js";

export type CheckRequest = { periods: string[] } | { files: string[] };

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** What was checked: each period with its kinds. */
  checked: Array<{ period: string; kinds: string[] }>;
  /** Named files that belong to no report (README.md, scripts …): nothing to check. */
  ignored: string[];
  /** True when a named file is bcreport.yaml or a template, so every period was checked. */
  configChanged: boolean;
}

interface Plan {
  /** period → kinds (undefined: every kind of the period). */
  targets: Map<string, Set<string> | undefined>;
  ignored: string[];
  configChanged: boolean;
}

/** Which period and kind each file belongs to: `reports/<period>/<kind>.yaml` or `reports/<period>/<kind>/…`. */
export function planFiles(files: string[], reportsDir: string, templatesDir: string): Plan {
  const targets = new Map<string, Set<string> | undefined>();
  const ignored: string[] = [];
  let configChanged = false;
  const prefix = reportsDir.replace(/\/+$/, "") + "/";
  for (const file of files) {
    if (file === CONFIG_FILE || file.startsWith(templatesDir.replace(/\/+$/, "") + "/")) {
      configChanged = true;
      continue;
    }
    const parts = file.startsWith(prefix) ? file.slice(prefix.length).split("/") : [];
    const period = parts[0];
    const kind =
      parts.length === 2 && /\.ya?ml$/i.test(parts[1]!)
        ? parts[1]!.replace(/\.ya?ml$/i, "")
        : parts.length >= 3
          ? parts[1]
          : undefined;
    if (!period || !kind) {
      ignored.push(file);
      continue;
    }
    if (!targets.has(period)) targets.set(period, new Set());
    targets.get(period)!.add(kind);
  }
  return { targets, ignored, configChanged };
}

export async function checkReports(world: World, request: CheckRequest): Promise<CheckResult> {
  const loaded = loadConfig(world);
  const { config, diagnostics: configProblems } = loaded;
  if (!config) return { diagnostics: sortDiagnostics(configProblems), checked: [], ignored: [], configChanged: false };
  const known = new Set(config.kinds.keys());
  const all = new Map<string, Set<string> | undefined>(
    periodFolders(world, config.reportsDir).map((p) => [p, undefined]),
  );
  let plan: Plan;
  if ("periods" in request) {
    plan = {
      targets: request.periods.length ? new Map(request.periods.map((p) => [p, undefined])) : all,
      ignored: [],
      configChanged: false,
    };
  } else {
    plan = planFiles(request.files, config.reportsDir, config.templatesDir);
    if (plan.configChanged) plan.targets = all;
  }
  const named = "files" in request && !plan.configChanged ? new Set(request.files) : undefined;
  const diagnostics: Diagnostic[] = [...staleSchemas(world, config)];
  const checked: CheckResult["checked"] = [];
  if (plan.targets === all) diagnostics.push(...periodFolderProblems(world, config.reportsDir));
  for (const [period, kinds] of plan.targets) {
    const only = kinds ? [...kinds].filter((k) => known.has(k)) : undefined;
    const built = await buildModels({ periods: [period], ...(only ? { kinds: only } : {}) }, world, loaded);
    diagnostics.push(...built.diagnostics);
    const list = only ?? kindsInPeriod(world, config.reportsDir, period, known);
    checked.push({ period, kinds: list });
  }
  const keep = (d: Diagnostic) =>
    !named ||
    named.has(d.file) ||
    d.file === "" ||
    d.rule === "schemas-outdated" ||
    d.file === CONFIG_FILE ||
    d.file.startsWith(`${config.templatesDir}/`) ||
    d.file.startsWith("(built-in)");
  return {
    diagnostics: sortDiagnostics(dedupeDiagnostics(diagnostics.filter(keep))),
    checked,
    ignored: plan.ignored,
    configChanged: plan.configChanged,
  };
}
