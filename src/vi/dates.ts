/**
 * Calendar dates without a clock: parsing "YYYY-MM-DD" / "YYYY-MM" and writing them the ND30 way
 * (docs/decree-30.md#date-line).
 * Pure arithmetic; nothing here reads the current date.
 *
 * @example dateLine("Cao Bằng", { year: 2023, month: 1, day: 5 }) // "Cao Bằng, ngày 05 tháng 01 năm 2023"
 * @example shortDate({ year: 2023, month: 6, day: 2 })           // "02/6/2023"
 */
import { msg, type Message } from "../messages/index.js";

/** A "YYYY-MM-DD" string. */
export type IsoDate = string;

/** A calendar date; `day` is absent when only the month is known (the day is left blank for signing). */
export interface CalendarDate {
  year: number;
  month: number;
  day?: number;
}

export type DateParseResult = { ok: true; date: CalendarDate } | { ok: false; message: Message; hint?: Message };

/** What a blank day is written as: 4 spaces, so "ngày" and "tháng" are 6 spaces apart (room to write by hand). */
export const BLANK_DAY = "    ";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month 1–12 of a year: daysInMonth(2024, 2) === 29. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * "2023-01-05" → { year: 2023, month: 1, day: 5 }; "2023-11" → { year: 2023, month: 11 }.
 * Rejects wrong shapes, year 0000, month 00/13+, and days that do not exist (2023-02-29, 2023-04-31).
 */
export function parseIsoDate(text: string): DateParseResult {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) {
    return {
      ok: false,
      message: msg("vi.date", { text }),
      hint: msg("vi.date.hint"),
    };
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1) return { ok: false, message: msg("vi.year", { min: "0001", found: m[1]! }) };
  if (month < 1 || month > 12) return { ok: false, message: msg("vi.month", { found: m[2]! }) };
  if (m[3] === undefined) return { ok: true, date: { year, month } };
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    const result: DateParseResult = {
      ok: false,
      message: msg("vi.day", { max, monthName: MONTH_NAMES[month - 1]!, month, year: m[1]!, found: m[3] }),
    };
    if (month === 2 && day === 29) result.hint = msg("vi.not-leap", { year: m[1]! });
    return result;
  }
  return { ok: true, date: { year, month, day } };
}

/** Throws a RangeError unless `d` is a real date (or a real month when `day` is absent). */
export function assertCalendarDate(d: CalendarDate): void {
  const ok =
    Number.isInteger(d.year) &&
    d.year >= 1 &&
    d.year <= 9999 &&
    Number.isInteger(d.month) &&
    d.month >= 1 &&
    d.month <= 12 &&
    (d.day === undefined || (Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month)));
  if (!ok) throw new RangeError(`expected a calendar date, found \`${JSON.stringify(d)}\``);
}

/** Day with two digits: 5 → "05". */
export function padDay(day: number): string {
  return String(day).padStart(2, "0");
}

/** Month padded only for January and February (docs/decree-30.md#date-line): 1 → "01", 3 → "3", 12 → "12". */
export function padMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, "0") : String(month);
}

/** { 2023, 1, 5 } → "2023-01-05"; without a day → "2023-01". */
export function formatIsoDate(d: CalendarDate): string {
  assertCalendarDate(d);
  const ym = `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}`;
  return d.day === undefined ? ym : `${ym}-${padDay(d.day)}`;
}

/** "ngày 05 tháng 01 năm 2023"; without a day "ngày      tháng 11 năm 2023" (see {@link BLANK_DAY}). */
export function dateWords(d: CalendarDate): string {
  assertCalendarDate(d);
  const day = d.day === undefined ? BLANK_DAY : padDay(d.day);
  return `ngày ${day} tháng ${padMonth(d.month)} năm ${d.year}`;
}

/** The place and date line (ô 4): "Cao Bằng, ngày 05 tháng 01 năm 2023". */
export function dateLine(place: string, d: CalendarDate): string {
  return `${place}, ${dateWords(d)}`;
}

/** As dates are cited in running text: "17/10/2023", "02/6/2023", "10/01/2023"; without a day "11/2023". */
export function shortDate(d: CalendarDate): string {
  assertCalendarDate(d);
  const my = `${padMonth(d.month)}/${d.year}`;
  return d.day === undefined ? my : `${padDay(d.day)}/${my}`;
}

/** Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** UTC midnight of the date as Unix seconds (a missing day counts as the 1st): 2023-01-05 → 1672876800. */
export function toEpochSeconds(d: CalendarDate): number {
  assertCalendarDate(d);
  return daysFromCivil(d.year, d.month, d.day ?? 1) * 86_400;
}
