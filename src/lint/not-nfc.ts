/** `not-nfc`: text typed in decomposed Unicode (e + ◌̂ + ◌́ instead of ế). bcreport normalises on read. */
import { msg } from "../messages/index.js";
import type { LintRule } from "./lint-input.js";
import { warning } from "./lint-input.js";

/** First line and column (1-based) whose text changes under NFC, and how many lines do. */
export function firstNonNfc(text: string): { line: number; column: number; lines: number } | undefined {
  let first: { line: number; column: number } | undefined;
  let lines = 0;
  text.split("\n").forEach((l, i) => {
    if (l === l.normalize("NFC")) return;
    lines++;
    if (first) return;
    let col = 0;
    // The first character whose cluster (base + combining marks) is not already composed.
    for (const m of l.matchAll(/\P{M}\p{M}+/gu)) {
      if (m[0] !== m[0].normalize("NFC")) {
        col = m.index;
        break;
      }
    }
    first = { line: i + 1, column: col + 1 };
  });
  return first && { ...first, lines };
}

export const notNfc: LintRule = {
  id: "not-nfc",
  description: "text in decomposed Unicode (not NFC)",
  run: ({ raw }) =>
    raw.flatMap((r) => {
      const found = firstNonNfc(r.text);
      if (!found) return [];
      const more = found.lines > 1 ? msg("lint.not-nfc.more", { count: found.lines - 1 }) : "";
      return [warning(r.file, found, "not-nfc", msg("lint.not-nfc", { more }), msg("lint.not-nfc.hint"))];
    }),
};
