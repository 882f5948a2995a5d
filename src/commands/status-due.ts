/**
 * `bcreport status --due [date]`: the status of every report due around a date (due-periods.ts
 * says which), one period after another — what a scheduled CI job watches, whatever periods the
 * kinds are built for. `date` is passed in; the core never reads the clock.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { loadConfig } from "../validate/load-config.js";
import type { IsoDate } from "../vi/dates.js";
import type { World } from "../world.js";
import { DAYS_AFTER_DUE, duePeriods, type DuePeriod } from "./due-periods.js";
import { statusOf, type PeriodStatus } from "./status.js";

export interface DueStatus {
  /** The date asked about; days left are counted from it. */
  date: IsoDate;
  /** How many days after its due date a report not yet issued stays listed. */
  daysAfterDue: number;
  /** The periods with a report due, each with only the kinds due then. */
  periods: PeriodStatus[];
  /** Required entries not submitted, over every period listed. */
  outstanding: number;
}

export function dueStatus(world: World, date: IsoDate): { status?: DueStatus; diagnostics: Diagnostic[] } {
  const { config, diagnostics } = loadConfig(world);
  if (!config) return { diagnostics };
  // One block per period, in the order of its first due report; a period's kinds together.
  const byPeriod = new Map<string, DuePeriod[]>();
  for (const due of duePeriods(config, date))
    byPeriod.set(due.period.id, [...(byPeriod.get(due.period.id) ?? []), due]);
  const periods = [...byPeriod.values()].map((dues) => {
    const status = statusOf(world, config, dues[0]!.period, date, new Set(dues.map((d) => d.kind.id)));
    for (const k of status.kinds) {
      const { from, due, to } = dues.find((d) => d.kind.id === k.kind)!;
      k.window = { from, due, to };
    }
    return status;
  });
  const outstanding = periods.reduce((n, p) => n + p.outstanding, 0);
  return { status: { date, daysAfterDue: DAYS_AFTER_DUE, periods, outstanding }, diagnostics };
}
