import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, padCount, percent, ratio } from "../src/vi/index.js";

describe("formatNumber (#digits)", () => {
  it.each([
    [10_000_000, undefined, "10.000.000"],
    [4997.47, 3, "4.997,470"],
    [4997.47, undefined, "4.997,47"],
    [-1234.5, undefined, "-1.234,5"],
    [0, undefined, "0"],
    [999, undefined, "999"],
    [1000, undefined, "1.000"],
    [1.0005, undefined, "1,001"],
    [1.005, 2, "1,01"],
    [0.125, 2, "0,13"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [1e21, undefined, "1.000.000.000.000.000.000.000"],
    [1.5e-7, 8, "0,00000015"],
    [45_998_409, 0, "45.998.409"],
    [-0.0001, 0, "0"],
    [-0, undefined, "0"],
  ] as const)("%s (decimals %s) → %s", (n, decimals, text) => {
    expect(formatNumber(n, decimals === undefined ? {} : { decimals })).toBe(text);
  });

  it("formats bigints", () => {
    expect(formatNumber(1_000_001_000_000_000n)).toBe("1.000.001.000.000.000");
    expect(formatNumber(-1234n, { decimals: 2 })).toBe("-1.234,00");
  });

  it("rejects NaN, Infinity and bad decimals", () => {
    expect(() => formatNumber(Number.NaN)).toThrow("expected a finite number, found `NaN`");
    expect(() => formatNumber(1, { decimals: -1 })).toThrow("expected decimals 0–20, found `-1`");
  });

  // Intl prints "-0" when a negative rounds to zero; we print "0".
  const intl = (n: number, decimals?: number): string =>
    new Intl.NumberFormat(
      "vi-VN",
      decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    )
      .format(n)
      .replace(/^-(?=0(,0*)?$)/, "");

  it("agrees with Intl vi-VN (default options)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }), (n) => {
        expect(formatNumber(n)).toBe(intl(n));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with Intl vi-VN (fixed decimals, incl. ties like 0,125)", () => {
    const money = fc
      .integer({ min: -1e12, max: 1e12 })
      .chain((i) => fc.integer({ min: 0, max: 6 }).map((k) => i / 10 ** k));
    fc.assert(
      fc.property(
        fc.oneof(money, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })),
        fc.integer({ min: 0, max: 6 }),
        (n, d) => {
          expect(formatNumber(n, { decimals: d })).toBe(intl(n, d));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("agrees with Intl vi-VN for integers and bigints", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (n) => {
        expect(formatNumber(n)).toBe(new Intl.NumberFormat("vi-VN").format(n));
      }),
    );
  });
});

describe("padCount", () => {
  it.each([
    [0, "00"],
    [5, "05"],
    [9, "09"],
    [10, "10"],
    [125, "125"],
    [1234, "1.234"],
  ])("%s → %s", (n, text) => expect(padCount(n)).toBe(text));
  it("rejects negatives and fractions", () => {
    expect(() => padCount(-1)).toThrow("expected a non-negative integer count, found `-1`");
    expect(() => padCount(1.5)).toThrow(RangeError);
  });
});

describe("percent", () => {
  it.each([
    [487, 470, 0, "104%"],
    [1, 5, 0, "20%"],
    [467, 402, 0, "116%"],
    [1, 8, 0, "13%"], // 12.5 rounds half up
    [1, 8, 1, "12,5%"],
    [1, 200, 0, "1%"], // 0.5 → 1
    [1, 201, 0, "0%"],
    [1234, 10000, 2, "12,34%"],
    [2, 3, 2, "66,67%"],
    [1, 3, 0, "33%"],
    [0, 7, 0, "0%"],
    [-1, 8, 0, "-13%"], // half away from zero
    [-1, 201, 0, "0%"],
    [120_000, 100, 0, "120.000%"],
    [1.5, 4, 1, "37,5%"],
  ])("%s/%s (decimals %s) → %s", (a, p, decimals, text) => expect(percent(a, p, { decimals })).toBe(text));

  it("defaults to 0 decimals", () => expect(percent(487, 470)).toBe("104%"));
  it("rejects a zero plan", () => expect(() => percent(1, 0)).toThrow("expected a non-zero plan, found `0`"));

  it("integer inputs round exactly half up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (a, p) => {
        const shown = Number(percent(a, p).replace(/\./g, "").replace("%", ""));
        // shown − ½ ≤ 100a/p < shown + ½, checked in integers: 2·shown·p − p ≤ 200a < 2·shown·p + p
        expect(2 * shown * p - p).toBeLessThanOrEqual(200 * a);
        expect(200 * a).toBeLessThan(2 * shown * p + p);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("ratio", () => {
  it("writes actual/plan", () => {
    expect(ratio(487, 470)).toBe("487/470");
    expect(ratio(1, 5)).toBe("1/5");
    expect(ratio(12_500, 10_000)).toBe("12.500/10.000");
  });
});
