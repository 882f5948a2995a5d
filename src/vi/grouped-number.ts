/**
 * A number typed the Vietnamese way, "." between thousands (docs/decree-30.md#digits): `3.517`,
 * `12.000`, `1.234.567`. In YAML the dot is the decimal point, so `3.517` is read as three and a bit
 * and `1.234.567` as text; the validate stage turns such a value in a numeric field into an error.
 *
 * Only a text that could be nothing but grouped thousands, or a decimal with exactly three
 * fraction digits, looks grouped: `3.5`, `97.25`, `0.750`, `1234.567` and `3.5170` do not.
 *
 * @example looksGrouped("3.517")       // true
 * @example looksGrouped("97.25")       // false
 * @example groupedValue("1.234.567")   // 1234567
 */

/** One to three digits, not starting with 0, then one or more groups of "." and three digits. */
const GROUPED = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/;

export function looksGrouped(text: string): boolean {
  return GROUPED.test(text.trim());
}

/** The whole number the grouped text means: "3.517" → 3517, "-12.000" → -12000. */
export function groupedValue(text: string): number {
  return Number(text.trim().replaceAll(".", ""));
}

/** The whole number as it is typed in YAML: "3.517" → "3517". */
export function groupedDigits(text: string): string {
  return text.trim().replace(/^\+/, "").replaceAll(".", "");
}

/**
 * The same decimal number typed so that it does not look grouped: trailing zeros dropped
 * ("3.000" → "3", "1.250" → "1.25"), or a zero added when none trails ("3.517" → "3.5170").
 * Only for a text with a single ".".
 */
export function decimalSpelling(text: string): string {
  const t = text.trim().replace(/^\+/, "");
  const dropped = t.replace(/0+$/, "").replace(/\.$/, "");
  return dropped === t ? `${t}0` : dropped;
}
