/**
 * Heading numbers from the outline: "I.", "1.", "1.1.", "a)", "A.", "Phần I.". Adding or removing a
 * section renumbers the rest because numbers are computed, never typed.
 */
import type { Level } from "../input/config-types.js";
import { viLetter } from "../vi/letters.js";
import { toRoman } from "../vi/roman.js";

/** The bare number of the `index`-th (1-based) section at a level, without suffix. */
export function bareNumber(level: Level, index: number, parentBare: string): string {
  switch (level.numbering) {
    case "roman":
      return toRoman(index);
    case "arabic":
      return String(index);
    case "nested":
      return parentBare ? `${parentBare}.${index}` : String(index);
    case "letter":
      return viLetter(index);
    case "upper-letter":
      return viLetter(index).toLocaleUpperCase("vi");
    case "none":
      return "";
  }
}

export function printedNumber(level: Level, bare: string): string {
  return bare ? level.prefix + bare + level.suffix : "";
}
