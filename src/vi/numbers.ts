/**
 * Digits the Vietnamese way (docs/decree-30.md#digits): "." groups thousands, "," is the decimal mark.
 * Written by hand; agrees with `Intl.NumberFormat("vi-VN")` (tested), except that it never prints "-0".
 *
 * @example formatNumber(10_000_000)                  // "10.000.000"
 * @example formatNumber(4997.47, { decimals: 3 })    // "4.997,470"
 * @example percent(487, 470)                        // "104%"
 * @example padCount(5)                              // "05"
 */

export interface FormatNumberOptions {
  /** Exactly this many fraction digits (0–20). Default: up to 3, trailing zeros dropped (as Intl does). */
  decimals?: number;
}

interface Decimal {
  negative: boolean;
  int: string;
  frac: string;
}

/** Exact digits of the shortest round-tripping representation of `n` (the one ICU rounds from). */
function toDecimal(n: number): Decimal {
  const negative = n < 0;
  const [mantissa = "0", exp = "0"] = Math.abs(n).toString().split("e");
  const [i = "0", f = ""] = mantissa.split(".");
  const shift = Number(exp);
  const digits = i + f;
  const point = i.length + shift;
  if (point <= 0) return { negative, int: "0", frac: "0".repeat(-point) + digits };
  if (point >= digits.length) return { negative, int: digits + "0".repeat(point - digits.length), frac: "" };
  return { negative, int: digits.slice(0, point), frac: digits.slice(point) };
}

/** Rounds half away from zero to `decimals` fraction digits. */
function roundDecimal(d: Decimal, decimals: number): Decimal {
  if (d.frac.length <= decimals) return { ...d, frac: d.frac.padEnd(decimals, "0") };
  const roundUp = (d.frac[decimals] ?? "0") >= "5";
  const scaled = BigInt(d.int + d.frac.slice(0, decimals)) + (roundUp ? 1n : 0n);
  const text = scaled.toString().padStart(decimals + 1, "0");
  return { negative: d.negative, int: text.slice(0, text.length - decimals), frac: text.slice(text.length - decimals) };
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+$)/g, ".");
}

function render(d: Decimal): string {
  const isZero = /^0*$/.test(d.int + d.frac);
  const sign = d.negative && !isZero ? "-" : "";
  return sign + groupThousands(d.int.replace(/^0+(?=\d)/, "")) + (d.frac ? `,${d.frac}` : "");
}

/**
 * "10.000.000", "4.997,47", "-1.234,5". Rounds half away from zero. Throws a RangeError for
 * NaN/Infinity or `decimals` outside 0–20.
 */
export function formatNumber(n: number | bigint, options: FormatNumberOptions = {}): string {
  const { decimals } = options;
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)) {
    throw new RangeError(`expected decimals 0–20, found \`${decimals}\``);
  }
  if (typeof n === "bigint") {
    const abs = n < 0n ? -n : n;
    return render({ negative: n < 0n, int: abs.toString(), frac: "0".repeat(decimals ?? 0) });
  }
  if (!Number.isFinite(n)) throw new RangeError(`expected a finite number, found \`${n}\``);
  if (decimals !== undefined) return render(roundDecimal(toDecimal(n), decimals));
  const rounded = roundDecimal(toDecimal(n), 3);
  return render({ ...rounded, frac: rounded.frac.replace(/0+$/, "") });
}

/** Counts as reports write them: 0–9 padded to two digits ("05 nhiệm vụ"), larger as {@link formatNumber}. */
export function padCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`expected a non-negative integer count, found \`${n}\``);
  return n < 10 ? `0${n}` : formatNumber(n);
}

export interface PercentOptions {
  /** Fraction digits (default 0), written with a decimal comma: "12,34%". */
  decimals?: number;
}

/**
 * actual / plan as a percentage, rounded half up (away from zero): percent(487, 470) → "104%",
 * percent(1, 8, { decimals: 1 }) → "12,5%". Integer inputs are divided exactly (no float error).
 * Throws a RangeError when `plan` is 0 or an input is not finite.
 */
export function percent(actual: number, plan: number, options: PercentOptions = {}): string {
  const decimals = options.decimals ?? 0;
  if (!Number.isFinite(actual) || !Number.isFinite(plan)) {
    throw new RangeError(`expected finite numbers, found \`${actual}\` / \`${plan}\``);
  }
  if (plan === 0) throw new RangeError("expected a non-zero plan, found `0`");
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`expected decimals 0–20, found \`${decimals}\``);
  }
  if (Number.isSafeInteger(actual) && Number.isSafeInteger(plan)) {
    const num = BigInt(actual) * 100n * 10n ** BigInt(decimals);
    const den = BigInt(plan);
    const negative = num < 0n !== den < 0n && num !== 0n;
    const a = num < 0n ? -num : num;
    const b = den < 0n ? -den : den;
    const q = (2n * a + b) / (2n * b); // half up on the magnitude
    const text = q.toString().padStart(decimals + 1, "0");
    const int = text.slice(0, text.length - decimals);
    const frac = text.slice(text.length - decimals);
    return `${render({ negative, int, frac })}%`;
  }
  return `${formatNumber((actual / plan) * 100, { decimals })}%`;
}

/** "actual/plan" as cited next to a percentage: ratio(487, 470) → "487/470", ratio(12500, 10000) → "12.500/10.000". */
export function ratio(actual: number, plan: number): string {
  return `${formatNumber(actual)}/${formatNumber(plan)}`;
}
