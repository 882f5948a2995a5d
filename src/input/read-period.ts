/**
 * Read one period folder: the report file of each kind built that period and its fragments,
 * decoded and parsed but not yet checked against their schemas.
 *
 *   reports/2023-11/monthly.yaml       the report file of kind `monthly`
 *   reports/2023-11/monthly/*.yaml     its fragments
 */
import { msg, type Message } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { suggestion } from "../diagnostics/did-you-mean.js";
import { parsePeriod } from "../vi/periods.js";
import type { World } from "../world.js";
import { isPermissionDenied } from "../world-unreadable.js";
import type { Config } from "./config-types.js";
import { readYamlFile, type YamlSource } from "./read-yaml-file.js";

/** One report of the period as read: its report file and its fragment files. */
export interface ReportSources {
  kind: string;
  period: string;
  /** `reports/<period>/<kind>.yaml`. */
  file: string;
  /** Absent when the report file could not be read or parsed (the reason is among the diagnostics). */
  report?: YamlSource;
  /** The fragment files that could be read and parsed, in folder order. */
  fragments: YamlSource[];
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name);
const stem = (name: string) => name.replace(/\.ya?ml$/i, "");

const atStart = (
  file: string,
  rule: string,
  message: Message,
  hint?: Message,
  severity: Diagnostic["severity"] = "error",
) => diagnostic({ severity, file, line: 1, column: 1, rule, message, hint });

/** A folder that is there but cannot be listed (permissions, or a file where a folder should be). */
function unreadableFolder(world: World, dir: string): Diagnostic[] {
  const why = world.whyUnreadable?.(dir, "dir");
  if (!why) return [];
  const hint = isPermissionDenied(why) ? msg("input.unreadable-folder.chmod") : undefined;
  return [atStart(dir, "unreadable", msg("input.unreadable-folder", { why }), hint)];
}

function readFragments(world: World, dir: string): { fragments: YamlSource[]; diagnostics: Diagnostic[] } {
  const fragments: YamlSource[] = [];
  const diagnostics: Diagnostic[] = [];
  const entries = world.listDir(dir);
  if (!entries) return { fragments, diagnostics: unreadableFolder(world, dir) };
  for (const entry of entries) {
    const file = `${dir}/${entry.name}`;
    if (entry.name.startsWith(".")) {
      if (isYaml(entry.name)) {
        const hint = msg("input.hidden-file.hint", { name: entry.name.replace(/^\.+/, "") });
        diagnostics.push(atStart(file, "stray-file", msg("input.hidden-file", { name: entry.name }), hint, "warning"));
      }
      continue;
    }
    if (entry.kind === "dir") {
      diagnostics.push(
        atStart(
          file,
          "stray-file",
          msg("input.stray-folder", { name: entry.name }),
          msg("input.stray-folder.hint"),
          "warning",
        ),
      );
      continue;
    }
    if (!isYaml(entry.name)) {
      diagnostics.push(
        atStart(
          file,
          "stray-file",
          msg("input.stray-file", { name: entry.name }),
          msg("input.stray-file.hint"),
          "warning",
        ),
      );
      continue;
    }
    const read = readYamlFile(world, file, "fragment");
    diagnostics.push(...read.diagnostics);
    if (read.source) fragments.push(read.source);
  }
  return { fragments, diagnostics };
}

/** `bcreport new` creates the folder, unless no kind is built for periods of this type (then it refuses too). */
function noPeriodHint(config: Config, period: string) {
  const parsed = parsePeriod(period);
  const due = !parsed.ok || [...config.kinds.values()].some((k) => k.periods.includes(parsed.period.type));
  if (due) return msg("input.no-period.hint", { period });
  const built = [...config.kinds.values()].map((k) => `\`${k.id}\`: ${k.periods.join(", ")}`).join("; ");
  return msg("input.no-period.not-due", { type: parsed.period.type, built });
}

/**
 * `kinds` narrows to some report kinds (from `--kind`); a named kind without a report file is an error.
 * Returns an error diagnostic with rule `no-period` when the folder does not exist.
 */
export function readPeriod(
  world: World,
  config: Config,
  period: string,
  kinds?: string[],
): { reports: ReportSources[]; diagnostics: Diagnostic[] } {
  const dir = `${config.reportsDir}/${period}`;
  const entries = world.listDir(dir);
  const diagnostics: Diagnostic[] = [];
  if (!entries) {
    const unreadable = unreadableFolder(world, dir);
    if (unreadable.length) return { reports: [], diagnostics: unreadable };
    const hint = noPeriodHint(config, period);
    return {
      reports: [],
      diagnostics: [
        diagnostic({ file: "", rule: "no-period", message: msg("input.no-period", { dir, period }), hint }),
      ],
    };
  }
  const known = [...config.kinds.keys()];
  const reportFiles = entries.filter((e) => e.kind !== "dir" && isYaml(e.name));
  for (const e of entries) {
    if (e.kind === "dir" && !config.kinds.has(e.name)) {
      diagnostics.push(
        atStart(
          `${dir}/${e.name}`,
          "unknown-kind",
          msg("input.unknown-kind-folder", { name: e.name }),
          suggestion(e.name, known),
          "warning",
        ),
      );
    }
  }
  const reports: ReportSources[] = [];
  for (const e of reportFiles) {
    const kind = stem(e.name);
    const file = `${dir}/${e.name}`;
    if (!config.kinds.has(kind)) {
      diagnostics.push(
        atStart(
          file,
          "unknown-kind",
          msg("input.unknown-kind", { kind }),
          suggestion(kind, known) ?? msg("input.unknown-kind.hint"),
        ),
      );
      continue;
    }
    if (kinds && !kinds.includes(kind)) continue;
    const read = readYamlFile(world, file, "report");
    diagnostics.push(...read.diagnostics);
    const fr = readFragments(world, `${dir}/${kind}`);
    diagnostics.push(...fr.diagnostics);
    reports.push({ kind, period, file, ...(read.source ? { report: read.source } : {}), fragments: fr.fragments });
  }
  for (const k of kinds ?? []) {
    if (!reportFiles.some((e) => stem(e.name) === k)) {
      diagnostics.push(
        diagnostic({
          file: "",
          rule: "no-report",
          message: msg("input.no-report-of-kind", { file: `${dir}/${k}.yaml`, kind: k }),
          hint: config.kinds.has(k) ? msg("input.no-report-of-kind.hint", { period }) : suggestion(k, known),
        }),
      );
    }
  }
  if (!kinds && reportFiles.length === 0) {
    diagnostics.push(
      diagnostic({
        file: "",
        rule: "no-report",
        message: msg("input.no-report", { dir }),
        hint: msg("input.no-report.hint", { dir, kinds: known.join(", ") }),
      }),
    );
  }
  return { reports, diagnostics };
}
