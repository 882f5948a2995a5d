/**
 * `invisible-character`: characters that print nothing but change what a reader sees. Bidi
 * controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) can show a figure reversed —
 * `1‮52` prints as "125" in some viewers — so next to a digit they are an error; anywhere else,
 * and zero-width characters (U+200B–U+200D, U+2060, a byte-order mark inside the text) that break
 * searches and word counts, they are warnings. Vietnamese text needs none of them.
 */
import { msg } from "../messages/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LintRule } from "./lint-input.js";
import { lineColumn, warning } from "./lint-input.js";

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** More in one file are counted in the last message, not listed. */
const MAX_PER_FILE = 10;

const name = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

export const invisibleCharacter: LintRule = {
  id: "invisible-character",
  description: "bidi controls and zero-width characters (an error next to a digit)",
  run: ({ raw }) =>
    raw.flatMap((r) => {
      const found: Diagnostic[] = [];
      const text = r.text.replace(/^\ufeff/, "");
      const shift = r.text.length - text.length;
      for (const m of text.matchAll(INVISIBLE)) {
        if (found.length === MAX_PER_FILE) break;
        const c = m[0];
        const at = lineColumn(r.text, m.index + shift);
        const nearDigit = /\d/.test(text[m.index - 1] ?? "") || /\d/.test(text[m.index + 1] ?? "");
        if (BIDI.test(c)) {
          const d = warning(
            r.file,
            at,
            "invisible-character",
            msg(nearDigit ? "lint.bidi-in-figure" : "lint.bidi", { name: name(c) }),
            msg("lint.bidi.hint"),
          );
          found.push(nearDigit ? { ...d, severity: "error" } : d);
        } else {
          found.push(
            warning(
              r.file,
              at,
              "invisible-character",
              msg("lint.zero-width", { name: name(c) }),
              msg("lint.zero-width.hint"),
            ),
          );
        }
      }
      return found;
    }),
};
