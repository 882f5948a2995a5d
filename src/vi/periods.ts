/**
 * Reporting periods (kỳ báo cáo) and their data cut-off windows (docs/decree-30.md#reporting-periods).
 *
 * Ids: "2023-11" (month, two digits), "2023-Q1", "2023-H1" / "2023-H2", "2023-9M", "2023".
 *
 * @example parsePeriod("2023-Q1")                      // { ok: true, period: { name: "quý I năm 2023", … } }
 * @example periodWindow(parsePeriod("2023-01").period) // { from: "2022-12-15", to: "2023-01-14" }
 */
import { msg, type Message } from "../messages/index.js";
import { daysInMonth, formatIsoDate, padMonth, type IsoDate } from "./dates.js";
import { toRoman } from "./roman.js";

export type PeriodType = "month" | "quarter" | "half" | "nine-months" | "year";

export interface Period {
  /** Canonical id, the form `parsePeriod` accepts: "2023-11", "2023-Q1", "2023-H2", "2023-9M", "2023". */
  id: string;
  type: PeriodType;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for nine-months and year. */
  index: number;
  /** For titles: "tháng 11 năm 2023", "quý I năm 2023", "6 tháng đầu năm 2023", "9 tháng đầu năm 2023", "năm 2023". */
  name: string;
  /**
   * As running text cites it: "tháng 11/2023", "quý I/2023"; halves, nine months and years have no
   * shorter form, so their shortName equals their name ("6 tháng đầu năm 2023", "năm 2023").
   */
  shortName: string;
  /** First and last calendar month covered, 1–12. */
  firstMonth: number;
  lastMonth: number;
}

export type PeriodParseResult = { ok: true; period: Period } | { ok: false; message: Message; hint?: Message };

/** A cut-off window, both ends inclusive. */
export interface PeriodWindow {
  from: IsoDate;
  to: IsoDate;
}

const MAX_INDEX: Record<PeriodType, number> = { month: 12, quarter: 4, half: 2, "nine-months": 1, year: 1 };

/** Builds a period; throws a RangeError for a year outside 1000–9999 or an index out of range. */
export function makePeriod(type: PeriodType, year: number, index = 1): Period {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`expected a year 1000–9999, found \`${year}\``);
  }
  if (!Number.isInteger(index) || index < 1 || index > MAX_INDEX[type]) {
    throw new RangeError(`expected a ${type} index 1–${MAX_INDEX[type]}, found \`${index}\``);
  }
  switch (type) {
    case "month":
      return {
        id: `${year}-${String(index).padStart(2, "0")}`,
        type,
        year,
        index,
        name: `tháng ${padMonth(index)} năm ${year}`,
        shortName: `tháng ${padMonth(index)}/${year}`,
        firstMonth: index,
        lastMonth: index,
      };
    case "quarter":
      return {
        id: `${year}-Q${index}`,
        type,
        year,
        index,
        name: `quý ${toRoman(index)} năm ${year}`,
        shortName: `quý ${toRoman(index)}/${year}`,
        firstMonth: index * 3 - 2,
        lastMonth: index * 3,
      };
    case "half": {
      const which = index === 1 ? "đầu" : "cuối";
      return {
        id: `${year}-H${index}`,
        type,
        year,
        index,
        name: `6 tháng ${which} năm ${year}`,
        shortName: `6 tháng ${which} năm ${year}`,
        firstMonth: index * 6 - 5,
        lastMonth: index * 6,
      };
    }
    case "nine-months":
      return {
        id: `${year}-9M`,
        type,
        year,
        index,
        name: `9 tháng đầu năm ${year}`,
        shortName: `9 tháng đầu năm ${year}`,
        firstMonth: 1,
        lastMonth: 9,
      };
    case "year":
      return {
        id: String(year),
        type,
        year,
        index,
        name: `năm ${year}`,
        shortName: `năm ${year}`,
        firstMonth: 1,
        lastMonth: 12,
      };
  }
}

const EXPECTED = (text: string) => msg("vi.period", { text });

/**
 * Parses a period id. Months must have two digits ("2023-01", not "2023-1"); letters are upper case.
 * @example parsePeriod("2023-13") // { ok: false, message: msg("vi.month", { found: "13" }) }
 */
export function parsePeriod(text: string): PeriodParseResult {
  const m = /^(\d{4})(?:-(.*))?$/.exec(text);
  if (!m) return { ok: false, message: EXPECTED(text) };
  const year = Number(m[1]);
  if (year < 1000) return { ok: false, message: msg("vi.year", { min: "1000", found: m[1]! }) };
  const rest = m[2];
  const ok = (type: PeriodType, index = 1): PeriodParseResult => ({ ok: true, period: makePeriod(type, year, index) });
  if (rest === undefined) return ok("year");
  if (rest === "9M") return ok("nine-months");
  if (/^\d{2}$/.test(rest)) {
    const month = Number(rest);
    return month >= 1 && month <= 12 ? ok("month", month) : { ok: false, message: msg("vi.month", { found: rest }) };
  }
  if (/^\d$/.test(rest)) {
    return {
      ok: false,
      message: msg("vi.two-digit-month", { found: rest }),
      hint: msg("vi.write", { text: `${m[1]}-${rest.padStart(2, "0")}` }),
    };
  }
  const upper = rest.toUpperCase();
  const hintCase = upper !== rest ? { hint: msg("vi.write", { text: `${m[1]}-${upper}` }) } : {};
  if (/^Q\d+$/.test(upper)) {
    const q = Number(upper.slice(1));
    if (upper === rest && q >= 1 && q <= 4 && upper.length === 2) return ok("quarter", q);
    return { ok: false, message: msg("vi.quarter", { found: rest }), ...hintCase };
  }
  if (/^H\d+$/.test(upper)) {
    const h = Number(upper.slice(1));
    if (upper === rest && (h === 1 || h === 2) && upper.length === 2) return ok("half", h);
    return { ok: false, message: msg("vi.half", { found: rest }), ...hintCase };
  }
  if (upper === "9M") return { ok: false, message: msg("vi.nine-months", { found: rest }), ...hintCase };
  return { ok: false, message: EXPECTED(text) };
}

/** The type encoded in an id, or undefined when the id does not parse: periodTypeOf("2023-H2") === "half". */
export function periodTypeOf(text: string): PeriodType | undefined {
  const r = parsePeriod(text);
  return r.ok ? r.period.type : undefined;
}

/**
 * The following period of the same type: 2023-12 → 2024-01, Q4 → next Q1, H1 → H2 → next H1.
 * There is one nine-months period per year, so 2023-9M → 2024-9M; 2023 → 2024.
 */
export function nextPeriod(p: Period): Period {
  return p.index < MAX_INDEX[p.type] ? makePeriod(p.type, p.year, p.index + 1) : makePeriod(p.type, p.year + 1, 1);
}

/** The inverse of {@link nextPeriod}: 2024-01 → 2023-12, 2024-Q1 → 2023-Q4, 2024-9M → 2023-9M. */
export function previousPeriod(p: Period): Period {
  return p.index > 1 ? makePeriod(p.type, p.year, p.index - 1) : makePeriod(p.type, p.year - 1, MAX_INDEX[p.type]);
}

/**
 * The data cut-off window (thời gian chốt số liệu, docs/decree-30.md#reporting-periods): from `cutoffDay`
 * of the month before the period's first month to `cutoffDay − 1` of its last month. With the default 15:
 * November 2023 → 2023-10-15…2023-11-14; Q1 2023 → 2022-12-15…2023-03-14; 9M 2023 → 2022-12-15…2023-09-14.
 * `cutoffDay` 1 means the calendar period itself (1st of the first month to the last day of the last month),
 * as statistical reports use. Throws a RangeError unless `cutoffDay` is an integer 1–28.
 */
export function periodWindow(p: Period, cutoffDay = 15): PeriodWindow {
  if (!Number.isInteger(cutoffDay) || cutoffDay < 1 || cutoffDay > 28) {
    throw new RangeError(`expected a cut-off day 1–28, found \`${cutoffDay}\``);
  }
  if (cutoffDay === 1) {
    return {
      from: formatIsoDate({ year: p.year, month: p.firstMonth, day: 1 }),
      to: formatIsoDate({ year: p.year, month: p.lastMonth, day: daysInMonth(p.year, p.lastMonth) }),
    };
  }
  const startMonth = p.firstMonth === 1 ? 12 : p.firstMonth - 1;
  const startYear = p.firstMonth === 1 ? p.year - 1 : p.year;
  return {
    from: formatIsoDate({ year: startYear, month: startMonth, day: cutoffDay }),
    to: formatIsoDate({ year: p.year, month: p.lastMonth, day: cutoffDay - 1 }),
  };
}
