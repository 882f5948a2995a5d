/**
 * Plain words, with the corrected line, for two schema errors unit staff meet most: a list or
 * `key: value` lines where a text is expected (the `|` was left out), and a date not written
 * year-month-day.
 */
import { msg, type Message, type Param } from "../messages/index.js";
import { daysInMonth } from "../vi/dates.js";

type Problem = { message: Message; hint: Message };

/** The message and hint of one mistake of the catalogue (`yaml-hint.<id>`). */
const say = (id: string, values: Record<string, Param>): Problem => ({
  message: msg(`yaml-hint.${id}`, values),
  hint: msg(`yaml-hint.${id}.hint`, values),
});

/** `name` is the field as printed (`carried[0].note`), `key` its last part. */
export function textExpected(name: string, key: string, found: unknown): Problem | undefined {
  if (Array.isArray(found)) return say("text-found-list", { name, key });
  if (found && typeof found === "object") return say("text-found-mapping", { name, key });
  return undefined;
}

/** A date that exists, year first: { 2026, 9, 15 } → `2026-09-15`; undefined for 31/9 or month 13. */
function iso(year: number, month: number, day?: number): string | undefined {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  const ym = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
  return day === undefined ? ym : `${ym}-${String(day).padStart(2, "0")}`;
}

const fullYear = (y: string) => Number(y.length === 2 ? `20${y}` : y);

/**
 * The date the user meant, year first: `2026-9-15`, `2026/09/15`, `15/9/2026`, `15-09-2026`,
 * `20.11.23`, `ngày 15 tháng 9 năm 2026` → `2026-09-15`; `2026-9`, `9/2026` → `2026-09` (no day).
 * Day before month, as Vietnamese dates are written. Undefined when no real date can be read.
 */
export function correctedDate(found: string): { date: string; month: string } | undefined {
  const t = found
    .normalize("NFC")
    .trim()
    .replace(/^ngày\s+/i, "");
  const words = /^(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+(\d{4})$/i.exec(t);
  const ymd = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(t);
  const dmy = words ?? /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})$/.exec(t);
  const date = ymd
    ? iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
    : dmy
      ? iso(fullYear(dmy[3]!), Number(dmy[2]), Number(dmy[1]))
      : undefined;
  if (date) return { date, month: date.slice(0, 7) };
  const ym = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(t);
  const my = /^(?:tháng\s+)?(\d{1,2})\s*(?:[-/.]|\s+năm\s+)\s*(\d{4})$/i.exec(t);
  const month = ym ? iso(Number(ym[1]), Number(ym[2])) : my ? iso(Number(my[2]), Number(my[1])) : undefined;
  return month ? { date: month, month } : undefined;
}

export function dateForm(name: string, key: string, found: unknown): Problem {
  const text = String(found);
  const fixed = correctedDate(text);
  if (!fixed) return say("date-form-unknown", { name, key, found: text });
  if (fixed.date === fixed.month)
    return say("date-form-month", { name, key, found: text, fixed: `${key}: ${fixed.date}` });
  return say("date-form", { name, key, found: text, fixed: `${key}: ${fixed.date}`, month: fixed.month });
}
