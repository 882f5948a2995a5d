/**
 * Which reports are due around a date (`bcreport status --due`): for every kind, every period of
 * the types it is built for whose writing window holds the date. Pure date arithmetic; the date is
 * passed in.
 *
 * A period's window opens on the day its data is cut off — the kind's `cutoffDay` of the period's
 * last month, when units can write the period up (docs/decree-30.md#reporting-periods) — and
 * closes {@link DAYS_AFTER_DUE} days after it is due: the kind's `deadline` day of that month, or
 * the period's last day when the kind sets no deadline. A deadline before the cut-off day opens the
 * window on the deadline itself. So a monthly report cut off on the 15th and due on the 20th is
 * due from the 15th to the 27th; a quarterly one from 15 March to 27 March; a yearly one with no
 * deadline from 15 December to 7 January.
 */
import type { Config, Kind } from "../input/config-types.js";
import { daysInMonth, formatIsoDate, parseIsoDate, toEpochSeconds, type IsoDate } from "../vi/dates.js";
import { makePeriod, type Period, type PeriodType } from "../vi/periods.js";

/** How long an overdue report stays in the list: a week of reminders after its due date. */
export const DAYS_AFTER_DUE = 7;

export interface DuePeriod {
  period: Period;
  kind: Kind;
  /** The day the window opens (the data cut-off). */
  from: IsoDate;
  /** The deadline, or the period's last day when the kind has none. */
  due: IsoDate;
  /** The last day of the window: {@link DAYS_AFTER_DUE} days after `due`. */
  to: IsoDate;
}

const COUNT: Record<PeriodType, number> = { month: 12, quarter: 4, half: 2, "nine-months": 1, year: 1 };

const dayNumber = (date: IsoDate): number => {
  const p = parseIsoDate(date);
  if (!p.ok) throw new RangeError(`expected a date YYYY-MM-DD, found \`${date}\``);
  return toEpochSeconds(p.date) / 86_400;
};
const fromDayNumber = (n: number): IsoDate => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** The window of one period of a kind. */
export function dueWindow(kind: Kind, period: Period): Omit<DuePeriod, "period" | "kind"> {
  const { year, lastMonth: month } = period;
  const last = daysInMonth(year, month);
  const dueDay = kind.deadline === undefined ? last : Math.min(kind.deadline, last);
  const due = formatIsoDate({ year, month, day: dueDay });
  const from = formatIsoDate({ year, month, day: Math.min(kind.cutoffDay, dueDay) });
  return { from, due, to: fromDayNumber(dayNumber(due) + DAYS_AFTER_DUE) };
}

/** The periods due around `date`, by due date, then in the order of the kinds in bcreport.yaml. */
export function duePeriods(config: Config, date: IsoDate): DuePeriod[] {
  const today = dayNumber(date);
  const year = Number(date.slice(0, 4));
  const found: DuePeriod[] = [];
  for (const kind of config.kinds.values()) {
    for (const type of kind.periods) {
      // A window lies within its period's last month and the week after: the year before, this one, the next.
      for (const y of [year - 1, year, year + 1].filter((n) => n >= 1000 && n <= 9999)) {
        for (let i = 1; i <= COUNT[type]; i++) {
          const period = makePeriod(type, y, i);
          const w = dueWindow(kind, period);
          if (dayNumber(w.from) <= today && today <= dayNumber(w.to)) found.push({ period, kind, ...w });
        }
      }
    }
  }
  // Array.prototype.sort is stable: equal due dates keep the kinds' order.
  return found.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
