/**
 * A section's `number:` as the document has it — `3`, `"III"`, `"e"`, `"C"`, `"2.3"` — read back into
 * its index among its siblings in the numbering of its level, so the siblings after it count on from it.
 */
import type { Level } from "../input/config-types.js";
import { viLetterIndex } from "../vi/letters.js";
import { fromRoman } from "../vi/roman.js";

export type SectionNumber = { ok: true; index: number } | { ok: false; message: string; hint?: string };

const EXAMPLES: Record<Level["numbering"], string> = {
  roman: "`III`",
  arabic: "`3`",
  nested: "`3` (or `2.3`, the last part counts)",
  letter: "`e`",
  "upper-letter": "`C`",
  none: "",
};

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
      message: `expected no \`number\` on section \`${section}\`, whose level has \`numbering: none\``,
      hint: "remove `number`, or give the section's level a numbering",
    };
  }
  if (typeof raw === "number") return { ok: true, index: raw };
  const text = raw.trim().replace(/[.)]$/, "");
  const index = indexOf(level.numbering, text);
  if (index !== undefined) return { ok: true, index };
  return {
    ok: false,
    message: `expected the \`number\` of section \`${section}\` to be a ${level.numbering} number such as ${EXAMPLES[level.numbering]} (or its position, an integer) — found \`${raw}\``,
    hint: "write the number as the document prints it, without prefix; the suffix comes from the level",
  };
}
