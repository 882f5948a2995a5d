/**
 * Carry-over: the tasks a unit planned in one period's report (`tasks:` of the `tasks: true`
 * section) are reported on in the next period's report (`carried:` with a status).
 *
 * - The previous period's fragments are an input of the pipeline (input/read-previous.ts).
 * - `plannedTasks` lists them per unit; `normalizeTask` is how texts are matched.
 * - `carriedStubs` turns one period's fragments into the `carried:` YAML each unit starts the
 *   next period with (commands/seed-carry-over.ts, for `bcreport new`).
 */
import { Document } from "yaml";
import type { Config, Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";

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
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/[\s.;,:]+$/u, "");
}

/** The planned tasks of a report's fragments, in merge order, for the units that own the tasks section. */
export function plannedTasks(fragments: readonly Fragment[], kind: Kind): PlannedTask[] {
  const out: PlannedTask[] = [];
  for (const section of kind.sections.values()) {
    if (!section.tasks) continue;
    const mine = fragments
      .filter((f) => f.section === section.id && section.units.includes(f.unit))
      .sort((a, b) => section.units.indexOf(a.unit) - section.units.indexOf(b.unit) || (a.file < b.file ? -1 : 1));
    for (const f of mine)
      f.tasks.forEach((text, index) => out.push({ unit: f.unit, text, file: f.file, index, fragment: f }));
  }
  return out;
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
/** The comment after each empty `status:` of a carried stub (`bcreport new` puts it in the repository's language). */
export const STATUS_COMMENT = "done | in-progress | not-done (not-done needs reason:)";

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
    out.set(unit, text.replace(/^(\s+)status:$/gmu, `$1status: # ${STATUS_COMMENT}`));
  }
  return out;
}
