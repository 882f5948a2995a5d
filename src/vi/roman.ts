/**
 * Roman numerals for "Phần I", "I. NHỮNG KẾT QUẢ…" and "quý IV"
 * (docs/decree-30.md#section-numbering, #period-names).
 *
 * @example toRoman(4)    // "IV"
 * @example toRoman(1994) // "MCMXCIV"
 */

const TABLE: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** Integers 1–3999; anything else throws a RangeError. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`expected an integer 1–3999 for a Roman numeral, found \`${n}\``);
  }
  let rest = n;
  let out = "";
  for (const [value, symbol] of TABLE) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Inverse of {@link toRoman} for its canonical output: "IV" → 4; undefined for "IIII", "VX" or anything else. */
export function fromRoman(text: string): number | undefined {
  const upper = text.toUpperCase();
  if (!/^[MDCLXVI]+$/.test(upper)) return undefined;
  let n = 0;
  let rest = upper;
  for (const [value, symbol] of TABLE) {
    while (rest.startsWith(symbol)) {
      n += value;
      rest = rest.slice(symbol.length);
    }
  }
  return rest === "" && n <= 3999 && toRoman(n) === upper ? n : undefined;
}
