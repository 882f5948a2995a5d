/**
 * Letter classes for regular expressions, written out for Vietnamese text.
 *
 * A pattern with Unicode property classes (`\p{L}`, `\p{Lu}` …) takes V8 milliseconds to
 * compile, once per process: the lints spent more time compiling their patterns than running
 * them. For a text made only of the characters Vietnamese reports use (VIETNAMESE_TEXT: ASCII,
 * Latin-1, the other Vietnamese letters, punctuation, currency signs, arrows, mathematical
 * operators, box drawing and common symbols) the same classes are short lists that compile in
 * microseconds. Any other text gets the property classes, so a rule finds the same things either
 * way (test/vi-letter-classes.test.ts compares every character these lists cover).
 */

/** The contents of `[…]` character classes, and the flags a pattern that uses them needs. */
export interface LetterClasses {
  /** `\p{Lu}` */
  readonly upper: string;
  /** `\p{Ll}` */
  readonly lower: string;
  /** `\p{L}`: upper, lower and the other letters */
  readonly letter: string;
  /** `\p{N}` */
  readonly number: string;
  readonly flags: "u" | "";
}

export const UNICODE_CLASSES: LetterClasses = { upper: "\\p{Lu}", lower: "\\p{Ll}", letter: "\\p{L}", number: "\\p{N}", flags: "u" };

/** Every other code point from `from` to `to` (the precomposed Vietnamese letters alternate upper, lower). */
function alternate(from: number, to: number): string {
  let out = "";
  for (let c = from; c <= to; c += 2) out += String.fromCharCode(c);
  return out;
}

const UPPER = `A-Z\u00C0-\u00D6\u00D8-\u00DE\u0102\u0110\u0128\u0168\u01A0\u01AF${alternate(0x1ea0, 0x1ef8)}`;
const LOWER = `a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0103\u0111\u0129\u0169\u01A1\u01B0${alternate(0x1ea1, 0x1ef9)}`;

/** The classes restricted to VIETNAMESE_TEXT, without the `u` flag. */
export const VIETNAMESE_CLASSES: LetterClasses = {
  upper: UPPER,
  lower: LOWER,
  letter: `${UPPER}${LOWER}\u00AA\u00BA`,
  number: "0-9\u00B2\u00B3\u00B9\u00BC-\u00BE",
  flags: "",
};

/** The characters VIETNAMESE_CLASSES describe exactly. */
export const VIETNAMESE_TEXT = /^[\x00-\u00FF\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u2000-\u206F\u20A0-\u20CF\u2190-\u22FF\u2500-\u26FF]*$/;

export function classesFor(text: string): LetterClasses {
  return VIETNAMESE_TEXT.test(text) ? VIETNAMESE_CLASSES : UNICODE_CLASSES;
}

/**
 * A pattern built from letter classes, compiled on first use for each set: `pattern(text)` is
 * the cheap one when the text allows (tests pass the classes to compare the two).
 */
export function letterPattern(build: (c: LetterClasses) => RegExp): (text: string, classes?: LetterClasses) => RegExp {
  const compiled = new Map<LetterClasses, RegExp>();
  return (text, classes = classesFor(text)) => {
    let re = compiled.get(classes);
    if (!re) compiled.set(classes, (re = build(classes)));
    return re;
  };
}
