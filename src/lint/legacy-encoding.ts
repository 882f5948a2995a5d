/**
 * `legacy-encoding`: Vietnamese typed with a TCVN3 (ABC) or VNI font and saved as if it were
 * Unicode: "Céng hoµ x· héi", "Ngh× quyÕt", "Coäng hoøa". Those encodings put Vietnamese letters
 * on Latin-1 code points that Vietnamese Unicode text never uses (µ ¸ ¶ · ¹ ¨ × Æ Ë ä ø …);
 * one of them inside a word is a strong sign.
 */
import { msg } from "../messages/index.js";
import type { LintRule } from "./lint-input.js";
import { lineColumn, warning } from "./lint-input.js";

/** Latin-1 characters TCVN3/VNI use for Vietnamese letters and Vietnamese Unicode does not. */
const FOREIGN = "¡¢£¤¥¦§¨©ª«¬®¯´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ";
/** A foreign character touching a letter on either side. */
const SUSPECT = new RegExp(`\\p{L}[${FOREIGN}]|[${FOREIGN}]\\p{L}`, "u");
const LETTER = /\p{L}/u;

export function findLegacyWord(line: string): { index: number; word: string } | undefined {
  const letter = LETTER;
  const isLetter = (ch: string | undefined) => !!ch && letter.test(ch) && !FOREIGN.includes(ch);
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!FOREIGN.includes(ch)) continue;
    if (!isLetter(line[i - 1]) && !isLetter(line[i + 1])) continue;
    let s = i;
    while (s > 0 && letter.test(line[s - 1]!)) s--;
    let e = i + 1;
    while (e < line.length && letter.test(line[e]!)) e++;
    return { index: s, word: line.slice(s, e) };
  }
  return undefined;
}

export const legacyEncoding: LintRule = {
  id: "legacy-encoding",
  description: 'text that looks like TCVN3/VNI typed into a Unicode file ("Céng hoµ")',
  run: ({ raw }) =>
    raw.flatMap((r) => {
      if (!SUSPECT.test(r.text)) return [];
      const out = [];
      let offset = 0;
      for (const line of r.text.split("\n")) {
        const hit = findLegacyWord(line);
        if (hit) {
          out.push(
            warning(
              r.file,
              lineColumn(r.text, offset + hit.index),
              "legacy-encoding",
              msg("lint.legacy-encoding", { word: hit.word }),
              msg("lint.legacy-encoding.hint"),
            ),
          );
        }
        offset += line.length + 1;
      }
      return out;
    }),
};
