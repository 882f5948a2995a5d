import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  makePeriod,
  nextPeriod,
  parsePeriod,
  periodTypeOf,
  periodWindow,
  previousPeriod,
  type Period,
  type PeriodType,
} from "../src/vi/index.js";
import { translate } from "../src/messages/index.js";

function period(id: string): Period {
  const r = parsePeriod(id);
  if (!r.ok) throw new Error(translate(r.message, "en"));
  return r.period;
}

describe("parsePeriod", () => {
  it("parses every kind", () => {
    expect(parsePeriod("2023-11")).toEqual({
      ok: true,
      period: {
        id: "2023-11",
        type: "month",
        year: 2023,
        index: 11,
        name: "tháng 11 năm 2023",
        shortName: "tháng 11/2023",
        firstMonth: 11,
        lastMonth: 11,
      },
    });
    expect(period("2024-01")).toMatchObject({ name: "tháng 01 năm 2024", shortName: "tháng 01/2024", index: 1 });
    expect(period("2023-09")).toMatchObject({ name: "tháng 9 năm 2023", shortName: "tháng 9/2023" });
    expect(period("2023-Q1")).toEqual({
      id: "2023-Q1",
      type: "quarter",
      year: 2023,
      index: 1,
      name: "quý I năm 2023",
      shortName: "quý I/2023",
      firstMonth: 1,
      lastMonth: 3,
    });
    expect(period("2023-Q4")).toMatchObject({ name: "quý IV năm 2023", firstMonth: 10, lastMonth: 12 });
    expect(period("2023-H1")).toEqual({
      id: "2023-H1",
      type: "half",
      year: 2023,
      index: 1,
      name: "6 tháng đầu năm 2023",
      shortName: "6 tháng đầu năm 2023",
      firstMonth: 1,
      lastMonth: 6,
    });
    expect(period("2023-H2")).toMatchObject({ name: "6 tháng cuối năm 2023", firstMonth: 7, lastMonth: 12, index: 2 });
    expect(period("2023-9M")).toEqual({
      id: "2023-9M",
      type: "nine-months",
      year: 2023,
      index: 1,
      name: "9 tháng đầu năm 2023",
      shortName: "9 tháng đầu năm 2023",
      firstMonth: 1,
      lastMonth: 9,
    });
    expect(period("2023")).toEqual({
      id: "2023",
      type: "year",
      year: 2023,
      index: 1,
      name: "năm 2023",
      shortName: "năm 2023",
      firstMonth: 1,
      lastMonth: 12,
    });
  });

  it.each([
    ["2023-13", { message: "expected a month 01–12, found `13`" }],
    ["2023-00", { message: "expected a month 01–12, found `00`" }],
    ["2023-1", { message: "expected a two-digit month 01–12, found `1`", hint: "write `2023-01`" }],
    ["2023-Q5", { message: "expected a quarter Q1–Q4, found `Q5`" }],
    ["2023-Q0", { message: "expected a quarter Q1–Q4, found `Q0`" }],
    ["2023-Q01", { message: "expected a quarter Q1–Q4, found `Q01`" }],
    ["2023-q1", { message: "expected a quarter Q1–Q4, found `q1`", hint: "write `2023-Q1`" }],
    ["2023-H3", { message: "expected a half H1 or H2, found `H3`" }],
    ["2023-h2", { message: "expected a half H1 or H2, found `h2`", hint: "write `2023-H2`" }],
    ["2023-9m", { message: "expected `9M` for nine months, found `9m`", hint: "write `2023-9M`" }],
    ["abc", { message: "expected a period like `2023-11`, `2023-Q1`, `2023-H1`, `2023-9M` or `2023`, found `abc`" }],
    [
      "2023-",
      { message: "expected a period like `2023-11`, `2023-Q1`, `2023-H1`, `2023-9M` or `2023`, found `2023-`" },
    ],
    [
      "23-11",
      { message: "expected a period like `2023-11`, `2023-Q1`, `2023-H1`, `2023-9M` or `2023`, found `23-11`" },
    ],
    ["0999", { message: "expected a year 1000–9999, found `0999`" }],
  ])("%s is an error", (text, expected) => {
    const r = parsePeriod(text);
    if (r.ok) throw new Error(`${text} parsed`);
    expect({
      ok: false,
      message: translate(r.message, "en"),
      ...(r.hint ? { hint: translate(r.hint, "en") } : {}),
    }).toEqual({ ok: false, ...expected });
  });

  it("periodTypeOf", () => {
    expect(periodTypeOf("2023-11")).toBe("month");
    expect(periodTypeOf("2023-Q2")).toBe("quarter");
    expect(periodTypeOf("2023-H2")).toBe("half");
    expect(periodTypeOf("2023-9M")).toBe("nine-months");
    expect(periodTypeOf("2023")).toBe("year");
    expect(periodTypeOf("2023-13")).toBeUndefined();
  });

  it("makePeriod validates", () => {
    expect(() => makePeriod("month", 2023, 13)).toThrow("expected a month index 1–12, found `13`");
    expect(() => makePeriod("year", 999)).toThrow(RangeError);
  });
});

const arbPeriod: fc.Arbitrary<Period> = fc
  .tuple(
    fc.constantFrom<PeriodType>("month", "quarter", "half", "nine-months", "year"),
    fc.integer({ min: 1001, max: 9998 }),
    fc.integer({ min: 1, max: 12 }),
  )
  .map(([type, year, i]) => {
    const max = { month: 12, quarter: 4, half: 2, "nine-months": 1, year: 1 }[type];
    return makePeriod(type, year, ((i - 1) % max) + 1);
  });

describe("period properties", () => {
  it("parse(id) round-trips", () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(parsePeriod(p.id)).toEqual({ ok: true, period: p });
      }),
    );
  });
  it("next and previous are inverse", () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(previousPeriod(nextPeriod(p))).toEqual(p);
        expect(nextPeriod(previousPeriod(p))).toEqual(p);
      }),
    );
  });
  it("consecutive windows tile the calendar (next.from is the day after to)", () => {
    fc.assert(
      fc.property(arbPeriod, fc.integer({ min: 2, max: 28 }), (p, cutoff) => {
        if (p.type === "nine-months") return; // one per year: windows do not tile
        const w = periodWindow(p, cutoff);
        const next = periodWindow(nextPeriod(p), cutoff);
        const dayAfter = Date.parse(`${w.to}T00:00:00Z`) + 86_400_000;
        expect(Date.parse(`${next.from}T00:00:00Z`)).toBe(dayAfter);
      }),
    );
  });
});

describe("nextPeriod / previousPeriod", () => {
  it.each([
    ["2023-11", "2023-12"],
    ["2023-12", "2024-01"],
    ["2023-Q3", "2023-Q4"],
    ["2023-Q4", "2024-Q1"],
    ["2023-H1", "2023-H2"],
    ["2023-H2", "2024-H1"],
    ["2023-9M", "2024-9M"],
    ["2023", "2024"],
  ])("%s → %s", (a, b) => {
    expect(nextPeriod(period(a)).id).toBe(b);
    expect(previousPeriod(period(b)).id).toBe(a);
  });
});

describe("periodWindow (#reporting-periods)", () => {
  it.each([
    ["2023-11", "2023-10-15", "2023-11-14"],
    ["2023-01", "2022-12-15", "2023-01-14"],
    ["2023-03", "2023-02-15", "2023-03-14"],
    ["2023-Q1", "2022-12-15", "2023-03-14"],
    ["2023-Q2", "2023-03-15", "2023-06-14"],
    ["2023-Q3", "2023-06-15", "2023-09-14"],
    ["2023-Q4", "2023-09-15", "2023-12-14"],
    ["2023-H1", "2022-12-15", "2023-06-14"],
    ["2023-H2", "2023-06-15", "2023-12-14"],
    ["2023-9M", "2022-12-15", "2023-09-14"],
    ["2023", "2022-12-15", "2023-12-14"],
  ])("%s: %s → %s", (id, from, to) => expect(periodWindow(period(id))).toEqual({ from, to }));

  it("cutoffDay variants", () => {
    expect(periodWindow(period("2023-11"), 20)).toEqual({ from: "2023-10-20", to: "2023-11-19" });
    expect(periodWindow(period("2024-03"), 28)).toEqual({ from: "2024-02-28", to: "2024-03-27" });
    expect(periodWindow(period("2023-01"), 2)).toEqual({ from: "2022-12-02", to: "2023-01-01" });
    expect(periodWindow(period("2023"), 16)).toEqual({ from: "2022-12-16", to: "2023-12-15" });
  });

  it("cutoffDay 1 is the calendar period", () => {
    expect(periodWindow(period("2024-02"), 1)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(periodWindow(period("2023-02"), 1)).toEqual({ from: "2023-02-01", to: "2023-02-28" });
    expect(periodWindow(period("2023-Q2"), 1)).toEqual({ from: "2023-04-01", to: "2023-06-30" });
    expect(periodWindow(period("2023"), 1)).toEqual({ from: "2023-01-01", to: "2023-12-31" });
  });

  it("rejects cut-off days outside 1–28", () => {
    for (const bad of [0, 29, 31, 1.5, Number.NaN]) {
      expect(() => periodWindow(period("2023-11"), bad)).toThrow(`expected a cut-off day 1–28, found \`${bad}\``);
    }
  });
});
