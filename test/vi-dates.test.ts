import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dateLine,
  dateWords,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  parseIsoDate,
  shortDate,
  toEpochSeconds,
} from "../src/vi/index.js";
import { translate } from "../src/messages/index.js";

/** A parse result with its message and hint in English, as the CLI prints them. */
const english = (r: ReturnType<typeof parseIsoDate>) =>
  r.ok ? r : { ok: false, message: translate(r.message, "en"), ...(r.hint ? { hint: translate(r.hint, "en") } : {}) };

describe("parseIsoDate", () => {
  it("accepts full dates and months", () => {
    expect(parseIsoDate("2023-01-05")).toEqual({ ok: true, date: { year: 2023, month: 1, day: 5 } });
    expect(parseIsoDate("2023-11")).toEqual({ ok: true, date: { year: 2023, month: 11 } });
    expect(parseIsoDate("2024-02-29")).toEqual({ ok: true, date: { year: 2024, month: 2, day: 29 } });
    expect(parseIsoDate("2000-02-29").ok).toBe(true);
  });

  it("rejects impossible dates precisely", () => {
    expect(english(parseIsoDate("2023-02-29"))).toEqual({
      ok: false,
      message: "expected a day 01–28 for February 2023, found `29`",
      hint: "2023 is not a leap year",
    });
    expect(english(parseIsoDate("1900-02-29"))).toMatchObject({ ok: false, hint: "1900 is not a leap year" });
    expect(english(parseIsoDate("2023-04-31"))).toEqual({
      ok: false,
      message: "expected a day 01–30 for April 2023, found `31`",
    });
    expect(english(parseIsoDate("2023-01-00"))).toEqual({
      ok: false,
      message: "expected a day 01–31 for January 2023, found `00`",
    });
    expect(english(parseIsoDate("2023-13"))).toEqual({ ok: false, message: "expected a month 01–12, found `13`" });
    expect(english(parseIsoDate("2023-13-01"))).toEqual({ ok: false, message: "expected a month 01–12, found `13`" });
    expect(english(parseIsoDate("2023-00-10"))).toEqual({ ok: false, message: "expected a month 01–12, found `00`" });
    expect(english(parseIsoDate("0000-01-01"))).toEqual({
      ok: false,
      message: "expected a year 0001–9999, found `0000`",
    });
  });

  it("rejects other shapes", () => {
    for (const bad of ["2023-1-5", "05/01/2023", "2023", "", " 2023-01-05", "2023-01-05T00:00"]) {
      expect(english(parseIsoDate(bad))).toEqual({
        ok: false,
        message: `expected a date \`YYYY-MM-DD\` or \`YYYY-MM\`, found \`${bad}\``,
        hint: "write months and days with two digits, e.g. `2023-06-02`",
      });
    }
  });

  it("round-trips with formatIsoDate and agrees with Date.UTC on validity", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const r = parseIsoDate(text);
          const real = Date.UTC(y, m - 1, d) < Date.UTC(y, m, 1); // day d still inside month m
          expect(r.ok).toBe(real);
          if (r.ok) expect(formatIsoDate(r.date)).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("leap years", () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])("%s", (y, leap) => expect(isLeapYear(y)).toBe(leap));
  it("days in February", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe("dateWords / dateLine (#date-line)", () => {
  it("pads the day always and the month only for 1 and 2", () => {
    expect(dateWords({ year: 2023, month: 1, day: 5 })).toBe("ngày 05 tháng 01 năm 2023");
    expect(dateWords({ year: 2023, month: 2, day: 28 })).toBe("ngày 28 tháng 02 năm 2023");
    expect(dateWords({ year: 2023, month: 3, day: 15 })).toBe("ngày 15 tháng 3 năm 2023");
    expect(dateWords({ year: 2019, month: 6, day: 29 })).toBe("ngày 29 tháng 6 năm 2019");
    expect(dateWords({ year: 2023, month: 12, day: 1 })).toBe("ngày 01 tháng 12 năm 2023");
  });
  it("leaves a blank day of 6 spaces between ngày and tháng", () => {
    expect(dateWords({ year: 2023, month: 11 })).toBe("ngày      tháng 11 năm 2023");
  });
  it("writes the place line", () => {
    expect(dateLine("Cao Bằng", { year: 2023, month: 1, day: 5 })).toBe("Cao Bằng, ngày 05 tháng 01 năm 2023");
    expect(dateLine("Thành phố Hồ Chí Minh", { year: 2019, month: 6, day: 29 })).toBe(
      "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
    );
  });
  it("throws on an impossible date", () => {
    expect(() => dateWords({ year: 2023, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => shortDate({ year: 2023, month: 13, day: 1 })).toThrow(RangeError);
  });
});

describe("shortDate (as the seeds cite dates)", () => {
  it.each([
    [{ year: 2023, month: 10, day: 17 }, "17/10/2023"],
    [{ year: 2023, month: 6, day: 2 }, "02/6/2023"],
    [{ year: 2023, month: 1, day: 10 }, "10/01/2023"],
    [{ year: 2022, month: 1, day: 30 }, "30/01/2022"],
    [{ year: 2022, month: 12, day: 6 }, "06/12/2022"],
    [{ year: 2023, month: 11 }, "11/2023"],
    [{ year: 2024, month: 2 }, "02/2024"],
  ])("%o → %s", (d, text) => expect(shortDate(d)).toBe(text));
});

describe("toEpochSeconds", () => {
  it("is UTC midnight", () => {
    expect(toEpochSeconds({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(toEpochSeconds({ year: 2023, month: 1, day: 5 })).toBe(1_672_876_800);
    expect(toEpochSeconds({ year: 2024, month: 2, day: 29 })).toBe(1_709_164_800);
    expect(toEpochSeconds({ year: 2023, month: 11 })).toBe(toEpochSeconds({ year: 2023, month: 11, day: 1 }));
  });
  it("agrees with Date.UTC", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(toEpochSeconds({ year: y, month: m, day: d })).toBe(Date.UTC(y, m - 1, d) / 1000);
        },
      ),
    );
  });
});
