/**
 * Carry-over rules over one report: each carried task has a status (schema) and, when
 * `not-done`, a reason; and when the previous period has a report of the same kind, every task
 * a unit planned there is in that unit's `carried:` now (matched by normalised text).
 */
import { msg, type Message } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import { positionOf, type DataPath } from "../yaml/yaml-position.js";
import { normalizeTask, plannedTasks } from "./carry-over.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";

function at(
  f: Fragment,
  path: DataPath,
  severity: Diagnostic["severity"],
  rule: string,
  message: Message,
  hint?: Message,
): Diagnostic {
  return diagnostic({ severity, file: f.file, at: positionOf(f.yaml, path), rule, message, hint });
}

const short = (text: string) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 60 ? `${one.slice(0, 60)}…` : one;
};

function reasons(fragments: readonly Fragment[]): Diagnostic[] {
  return fragments.flatMap((f) =>
    f.carried.flatMap((c, i) =>
      c.status == null
        ? [
            at(
              f,
              ["carried", i, "status"],
              "warning",
              "carried-status-unset",
              msg("validate.carried-status-unset", { n: i + 1 }),
              msg("validate.carried-status-unset.hint"),
            ),
          ]
        : c.status === "not-done" && !c.reason?.trim()
          ? [
              at(
                f,
                ["carried", i, "status"],
                "error",
                "carried-reason-missing",
                msg("validate.carried-reason-missing", { n: i + 1 }),
                msg("validate.carried-reason-missing.hint"),
              ),
            ]
          : [],
    ),
  );
}

export interface PreviousReport {
  period: string;
  fragments: Fragment[];
}

export function checkCarried(
  reportFile: string,
  fragments: readonly Fragment[],
  kind: Kind,
  previous: PreviousReport | undefined,
): Diagnostic[] {
  const out = reasons(fragments);
  if (!previous) return out;
  const planned = plannedTasks(previous.fragments, kind);
  const units = new Set(planned.map((t) => t.unit));
  for (const unit of units) {
    const mine = fragments.filter((f) => f.unit === unit);
    const carried = mine.flatMap((f) => f.carried.map((c, i) => ({ f, i, key: normalizeTask(c.task) })));
    const plannedKeys = new Set(planned.filter((t) => t.unit === unit).map((t) => normalizeTask(t.text)));
    const unplanned = carried.filter((c) => !plannedKeys.has(c.key));
    // Where to point: the unit's first `carried:`, else its tasks fragment, else any of its fragments.
    const home = mine.find((f) => f.carried.length) ?? mine.find((f) => kind.sections.get(f.section)?.tasks) ?? mine[0];
    for (const t of planned.filter((p) => p.unit === unit)) {
      const key = normalizeTask(t.text);
      if (carried.some((c) => c.key === key)) continue;
      const near = didYouMean(
        key,
        unplanned.map((c) => c.key),
      );
      const where = `${t.file}:${positionOf(t.fragment.yaml, ["tasks", t.index]).line}`;
      const message = msg("validate.carried-task-dropped", {
        unit,
        period: previous.period,
        task: short(t.text),
        where,
      });
      const hint = near
        ? msg("validate.carried-task-dropped.near")
        : msg("validate.carried-task-dropped.hint", { unit });
      if (home)
        out.push(at(home, home.carried.length ? ["carried"] : [], "error", "carried-task-dropped", message, hint));
      else
        out.push(
          diagnostic({
            file: reportFile,
            line: 1,
            column: 1,
            rule: "carried-task-dropped",
            message,
            hint: msg("validate.carried-task-dropped.no-fragment", { unit, period: previous.period }),
          }),
        );
    }
    for (const c of unplanned) {
      out.push(
        at(
          c.f,
          ["carried", c.i, "task"],
          "warning",
          "carried-task-unplanned",
          msg("validate.carried-task-unplanned", { n: c.i + 1, unit, period: previous.period }),
          msg("validate.carried-task-unplanned.hint"),
        ),
      );
    }
  }
  // Units that carry tasks although they planned none last period.
  for (const f of fragments) {
    if (units.has(f.unit)) continue;
    f.carried.forEach((_, i) =>
      out.push(
        at(
          f,
          ["carried", i, "task"],
          "warning",
          "carried-task-unplanned",
          msg("validate.carried-task-unplanned", { n: i + 1, unit: f.unit, period: previous.period }),
          msg("validate.carried-task-unplanned.hint"),
        ),
      ),
    );
  }
  return out;
}
