/**
 * Điểm letters "a)", "b)" … in Vietnamese alphabetical order (docs/decree-30.md#diem-letters): no f, j, w, z;
 * "đ" after "d".
 * After "y" (the 23rd) the sequence continues like spreadsheet columns: 24 → "aa", 25 → "ab", 47 → "ay", 48 → "ba".
 *
 * @example viLetter(5) // "đ"
 * @example viLetter(7) // "g"
 */

export const VI_LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
] as const;

const BASE = VI_LETTERS.length;

/** 1-based position → letter(s). Throws a RangeError for non-integers and values < 1. */
export function viLetter(i: number): string {
  if (!Number.isSafeInteger(i) || i < 1) {
    throw new RangeError(`expected a positive integer for a điểm letter, found \`${i}\``);
  }
  let rest = i;
  let out = "";
  while (rest > 0) {
    const r = (rest - 1) % BASE;
    out = (VI_LETTERS[r] ?? "") + out;
    rest = Math.floor((rest - 1) / BASE);
  }
  return out;
}

/** Inverse of {@link viLetter}: "đ" → 5, "aa" → 24; undefined for anything not produced by it. */
export function viLetterIndex(letter: string): number | undefined {
  if (letter === "") return undefined;
  let n = 0;
  for (const ch of letter.normalize("NFC")) {
    const pos = (VI_LETTERS as readonly string[]).indexOf(ch);
    if (pos < 0) return undefined;
    n = n * BASE + pos + 1;
  }
  return n;
}
