/**
 * A section's `number:` as the document has it — `3`, `"III"`, `"e"`, `"C"`, `"2.3"` — read back into
 * its index among its siblings in the numbering of its level, so the siblings after it count on from it.
 */
import type { Level } from "../input/config-types.js";
import { viLetterIndex } from "../vi/letters.js";
import { fromRoman } from "../vi/roman.js";
import { msg, type Message } from "../messages/index.js";

export type SectionNumber = { ok: true; index: number } | { ok: false; message: Message; hint: Message };

function indexOf(numbering: Level["numbering"], text: string): number | undefined {
  switch (numbering) {
    case "roman":
      return fromRoman(text);
    case "arabic":
      return /^[1-9][0-9]{0,5}$/.test(text) ? Number(text) : undefined;
    case "nested":
      return /^([1-9][0-9]*\.)*[1-9][0-9]{0,5}$/.test(text) ? Number(text.split(".").pop()) : undefined;
    case "letter":
      return /^\p{Ll}+$/u.test(text) ? viLetterIndex(text) : undefined;
    case "upper-letter":
      return /^\p{Lu}+$/u.test(text) ? viLetterIndex(text.toLocaleLowerCase("vi")) : undefined;
    case "none":
      return undefined;
  }
}

/** `raw` is the YAML value (schema-checked: a positive integer or a non-empty string). */
export function sectionNumber(level: Level, raw: number | string, section: string): SectionNumber {
  if (level.numbering === "none") {
    return {
      ok: false,
      message: msg("outline.number-none", { section }),
      hint: msg("outline.number-none.hint"),
    };
  }
  if (typeof raw === "number") return { ok: true, index: raw };
  const text = raw.trim().replace(/[.)]$/, "");
  const index = indexOf(level.numbering, text);
  if (index !== undefined) return { ok: true, index };
  return {
    ok: false,
    message: msg("outline.number-form", {
      section,
      numbering: level.numbering,
      example: msg(`outline.number-example.${level.numbering}`),
      raw,
    }),
    hint: msg("outline.number-form.hint"),
  };
}
