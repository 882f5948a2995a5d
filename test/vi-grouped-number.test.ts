import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalSpelling, formatNumber, groupedDigits, groupedValue, looksGrouped } from "../src/vi/index.js";

describe("looksGrouped", () => {
  it.each(["3.517", "12.000", "3.000", "1.234.567", "999.999", "-12.000", "+3.517"])("flags %s", (text) => {
    expect(looksGrouped(text)).toBe(true);
  });

  it.each(["3.5", "97.25", "99.66", "0.750", "1234.567", "3.5170", "3517", "3", "1.23.456", "1,234", "3.517e2", ""])(
    "does not flag %s",
    (text) => expect(looksGrouped(text)).toBe(false),
  );

  it("flags every whole number from 1.000 up written the Vietnamese way, and reads it back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = formatNumber(n); // "3.517", "1.234.567"
        expect(looksGrouped(text)).toBe(true);
        expect(groupedValue(text)).toBe(n);
        expect(groupedDigits(text)).toBe(String(n));
      }),
    );
  });

  it("never flags a decimal typed with 1, 2 or 4 and more fraction digits", () => {
    const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
    const fraction = fc.oneof(digits(1, 2), digits(4, 12));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fraction, (int, frac) => {
        expect(looksGrouped(`${int}.${frac}`)).toBe(false);
      }),
    );
  });

  it("never flags a decimal below 1 or with four and more digits before the point", () => {
    const frac = fc.stringMatching(/^[0-9]{3}$/);
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10 ** 9 }), frac, (int, f) => {
        expect(looksGrouped(`${int}.${f}`)).toBe(false);
        expect(looksGrouped(`0.${f}`)).toBe(false);
      }),
    );
  });

  it("never flags a number as JavaScript writes it unless it has exactly three fraction digits", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const text = String(x);
        const threeDecimals = /^-?[1-9]\d{0,2}\.\d{3}$/.test(text);
        expect(looksGrouped(text)).toBe(threeDecimals);
      }),
    );
  });
});

describe("decimalSpelling", () => {
  it.each([
    ["3.000", "3"],
    ["1.250", "1.25"],
    ["3.517", "3.5170"],
    ["10.100", "10.1"],
  ])("%s → %s, the same decimal that does not look grouped", (text, spelled) => {
    expect(decimalSpelling(text)).toBe(spelled);
    expect(looksGrouped(spelled)).toBe(false);
    expect(Number(spelled)).toBe(Number(text));
  });

  it("always spells the same decimal without looking grouped", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^[0-9]{3}$/), (int, frac) => {
        const text = `${int}.${frac}`;
        expect(looksGrouped(decimalSpelling(text))).toBe(false);
        expect(Number(decimalSpelling(text))).toBe(Number(text));
      }),
    );
  });
});
