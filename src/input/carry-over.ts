/**
 * Carry-over: the tasks a unit planned in one period's report (`tasks:` of the `tasks: true`
 * section) are reported on in the next period's report (`carried:` with a status).
 *
 * - `previousFragments` loads the fragments of the same report kind one period back.
 * - `plannedTasks` lists them per unit; `normalizeTask` is how texts are matched.
 * - `carriedStubs` turns one period's fragments into the `carried:` YAML each unit starts the
 *   next period with; `seedCarryOver` does it from the repository for `bcreport new`.
 */
import { Document } from "yaml";
import type { Config, Fragment, Kind } from "./types.js";
import { loadPeriod } from "./load-period.js";
import { parsePeriod, previousPeriod, type Period } from "../vi/periods.js";
import type { World } from "../world.js";

export interface PlannedTask {
  unit: string;
  text: string;
  file: string;
  /** Index in the fragment's `tasks:`. */
  index: number;
  fragment: Fragment;
}

/** How planned and carried texts are compared: NFC, lower case, spacing collapsed, final punctuation dropped. */
export function normalizeTask(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim().replace(/[\s.;,:]+$/u, "");
}

/** The planned tasks of a report's fragments, in merge order, for the units that own the tasks section. */
export function plannedTasks(fragments: readonly Fragment[], kind: Kind): PlannedTask[] {
  const out: PlannedTask[] = [];
  for (const section of kind.sections.values()) {
    if (!section.tasks) continue;
    const mine = fragments
      .filter((f) => f.section === section.id && section.units.includes(f.unit))
      .sort((a, b) => section.units.indexOf(a.unit) - section.units.indexOf(b.unit) || (a.file < b.file ? -1 : 1));
    for (const f of mine) f.tasks.forEach((text, index) => out.push({ unit: f.unit, text, file: f.file, index, fragment: f }));
  }
  return out;
}

/**
 * The previous period's fragments of the same kind, or undefined when that period has no
 * report of this kind (no folder, or no `<kind>.yaml`). Problems in those files are not
 * returned: they belong to that period's own build.
 */
export function previousFragments(world: World, config: Config, period: Period, kindId: string): { period: string; fragments: Fragment[] } | undefined {
  const prev = previousPeriod(period).id;
  const entries = world.listDir(`${config.reportsDir}/${prev}`);
  if (!entries?.some((e) => e.kind !== "dir" && (e.name === `${kindId}.yaml` || e.name === `${kindId}.yml`))) return undefined;
  const { inputs } = loadPeriod(world, config, prev, [kindId]);
  const input = inputs.find((i) => i.report.kind === kindId);
  return input ? { period: prev, fragments: input.fragments } : undefined;
}

/**
 * For each unit, the YAML text of a `carried:` field listing its tasks planned in
 * `fragments` (one period's report), with `status:` left for the unit to fill in:
 *
 *   carried:
 *     - task: Quản lý, theo dõi các nhiệm vụ KH&CN …
 *       status: # done | in-progress | not-done (not-done needs reason:)
 *
 * The status is left empty: only the unit knows it, and nothing is printed for a task until it is set.
 */
export function carriedStubs(fragments: readonly Fragment[], config: Config, kind: Kind): Map<string, string> {
  const byUnit = new Map<string, string[]>();
  for (const t of plannedTasks(fragments, kind)) {
    if (!config.units.has(t.unit)) continue;
    byUnit.set(t.unit, [...(byUnit.get(t.unit) ?? []), t.text]);
  }
  const out = new Map<string, string>();
  for (const [unit, tasks] of byUnit) {
    const doc = new Document({ carried: tasks.map((task) => ({ task, status: null })) });
    const text = doc.toString({ lineWidth: 0, blockQuote: "literal", nullStr: "" });
    out.set(unit, text.replace(/^(\s+)status:$/gmu, "$1status: # done | in-progress | not-done (not-done needs reason:)"));
  }
  return out;
}

/**
 * What `bcreport new <period>` should write for each report kind: the `carried:` stub of each
 * unit, built from the previous period's fragments. Empty when that period has no such report.
 */
export function seedCarryOver(world: World, config: Config, periodId: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const parsed = parsePeriod(periodId);
  if (!parsed.ok) return out;
  for (const kind of config.kinds.values()) {
    const prev = previousFragments(world, config, parsed.period, kind.id);
    if (!prev) continue;
    const stubs = carriedStubs(prev.fragments, config, kind);
    if (stubs.size) out.set(kind.id, stubs);
  }
  return out;
}
