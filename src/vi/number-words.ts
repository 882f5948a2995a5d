/**
 * Integers read aloud in Vietnamese ("đọc số thành chữ"), per docs/decree-30.md#number-words rules 1–8.
 *
 * @example
 * numberToWords(45_998_409)                        // "Bốn mươi lăm triệu chín trăm chín mươi tám nghìn bốn trăm linh chín"
 * numberToWords(101, { linh: "lẻ", capitalize: false }) // "một trăm lẻ một"
 * amountInWords(45_998_409, { groupCommas: true })  // "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng"
 * decimalToWords("4997,47")                        // "Bốn nghìn chín trăm chín mươi bảy phẩy bốn mươi bảy"
 */

/** Presentation choices; every one is a per-document setting (docs/decree-30.md#number-words). */
export interface NumberWordsOptions {
  /** Word for a zero tens digit before a unit: "linh" (Northern, default) or "lẻ" (Southern). */
  linh?: "linh" | "lẻ";
  /** Word for 10³: "nghìn" (default) or "ngàn". */
  thousand?: "nghìn" | "ngàn";
  /** Unit 4 after "mươi": "tư" (default) or "bốn". After "mười"/"linh" it is always "bốn". */
  four?: "tư" | "bốn";
  /** Put ", " between the 3-digit groups (default false). */
  groupCommas?: boolean;
  /** Capitalize the first letter (default true). */
  capitalize?: boolean;
}

export interface AmountWordsOptions extends NumberWordsOptions {
  /** Appended after a space (default "đồng"); "" appends nothing. */
  currency?: string;
}

export type NumberWordsErrorCode = "negative" | "not-integer" | "not-finite" | "unsafe-integer" | "not-decimal";

/** Thrown for input that cannot be read: the only failure mode of this module. */
export class NumberWordsError extends RangeError {
  override readonly name = "NumberWordsError";
  constructor(
    readonly code: NumberWordsErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const BILLION = 1_000_000_000n;

function digit(d: number): string {
  return DIGITS[d] ?? "";
}

/** Words for one 3-digit group 1–999; `leading` omits zero hundreds (rule 1). */
function groupWords(g: number, leading: boolean, o: Required<NumberWordsOptions>): string[] {
  const h = Math.floor(g / 100);
  const t = Math.floor(g / 10) % 10;
  const u = g % 10;
  const words: string[] = [];
  if (!leading || h > 0) words.push(digit(h), "trăm");
  if (t === 0) {
    if (u > 0) {
      if (words.length > 0) words.push(o.linh); // rule 3
      words.push(digit(u));
    }
  } else if (t === 1) {
    words.push("mười"); // rule 4
    if (u > 0) words.push(u === 5 ? "lăm" : digit(u)); // rules 6–8: "mười một", "mười bốn"
  } else {
    words.push(digit(t), "mươi"); // rule 5
    if (u === 1) words.push("mốt");
    else if (u === 4) words.push(o.four);
    else if (u === 5) words.push("lăm");
    else if (u > 0) words.push(digit(u));
  }
  return words;
}

/** Phrases, one per non-zero group with its unit; above 10⁹ the part above "tỷ" is read as a number. */
function phrases(n: bigint, leading: boolean, o: Required<NumberWordsOptions>): string[] {
  const out: string[] = [];
  let first = leading;
  if (n >= BILLION) {
    const high = phrases(n / BILLION, leading, o);
    high[high.length - 1] += " tỷ";
    out.push(...high);
    first = false;
    n %= BILLION;
  }
  const scales: Array<[bigint, string]> = [
    [1_000_000n, "triệu"],
    [1_000n, o.thousand],
    [1n, ""],
  ];
  for (const [scale, unit] of scales) {
    const g = Number((n / scale) % 1000n);
    if (g === 0) continue; // rule 2
    out.push([...groupWords(g, first, o), unit].filter(Boolean).join(" "));
    first = false;
  }
  return out;
}

function withDefaults(options: NumberWordsOptions): Required<NumberWordsOptions> {
  return {
    linh: options.linh ?? "linh",
    thousand: options.thousand ?? "nghìn",
    four: options.four ?? "tư",
    groupCommas: options.groupCommas ?? false,
    capitalize: options.capitalize ?? true,
  };
}

function toBigInt(n: number | bigint): bigint {
  if (typeof n === "bigint") {
    if (n < 0n) throw new NumberWordsError("negative", `expected a non-negative integer, found \`${n}\``);
    return n;
  }
  if (!Number.isFinite(n)) throw new NumberWordsError("not-finite", `expected a finite number, found \`${n}\``);
  if (!Number.isInteger(n)) {
    throw new NumberWordsError(
      "not-integer",
      `expected an integer, found \`${n}\` (hint: use \`decimalToWords\` for "phẩy")`,
    );
  }
  if (n < 0) throw new NumberWordsError("negative", `expected a non-negative integer, found \`${n}\``);
  if (!Number.isSafeInteger(n)) {
    throw new NumberWordsError(
      "unsafe-integer",
      `expected an integer up to 2^53−1, found \`${n}\` (hint: pass a bigint)`,
    );
  }
  return BigInt(n);
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function render(n: bigint, o: Required<NumberWordsOptions>): string {
  const text = n === 0n ? "không" : phrases(n, true, o).join(o.groupCommas ? ", " : " ");
  return o.capitalize ? capitalizeFirst(text) : text;
}

/**
 * Reads a non-negative integer (any size as bigint; numbers up to 2^53−1).
 * Throws {@link NumberWordsError} for negatives, NaN/Infinity, fractions and unsafe numbers.
 * @example numberToWords(1_000_000_001) // "Một tỷ không trăm linh một"
 */
export function numberToWords(n: number | bigint, options: NumberWordsOptions = {}): string {
  return render(toBigInt(n), withDefaults(options));
}

/**
 * An amount of money in words, followed by the currency word. Integers only (the đồng has no subunit).
 * @example amountInWords(10_000_000) // "Mười triệu đồng"
 */
export function amountInWords(n: number | bigint, options: AmountWordsOptions = {}): string {
  const currency = options.currency ?? "đồng";
  const words = numberToWords(n, options);
  return currency === "" ? words : `${words} ${currency}`;
}

/**
 * A non-negative decimal written with "," or "." as decimal mark and no grouping ("4997,47", "0.05").
 * The integer part is read as usual, then "phẩy", then the fraction: each leading zero as "không",
 * the rest as a number ("0,05" → "không phẩy không năm"; "4,470" → "bốn phẩy bốn trăm bảy mươi").
 * @example decimalToWords("12,5") // "Mười hai phẩy năm"
 */
export function decimalToWords(text: string, options: NumberWordsOptions = {}): string {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!match) {
    throw new NumberWordsError("not-decimal", `expected a decimal like \`4997,47\`, found \`${text}\``);
  }
  const o = withDefaults(options);
  const intWords = render(BigInt(match[1] ?? "0"), o);
  const fraction = match[2];
  if (fraction === undefined) return intWords;
  const zeros = /^0*/.exec(fraction)?.[0].length ?? 0;
  const rest = fraction.slice(zeros);
  const fracWords = [
    ...Array<string>(zeros).fill("không"),
    ...(rest ? [render(BigInt(rest), { ...o, capitalize: false })] : []),
  ];
  return `${intWords} phẩy ${fracWords.join(" ")}`;
}
