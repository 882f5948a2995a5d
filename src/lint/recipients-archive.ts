/**
 * `recipients-archive`: the Nơi nhận list ends with "- Lưu: VT, <unit>." (ND30 Phụ lục I).
 * The built-in template adds that line, so an item that already says "Lưu: …" would print it
 * twice; with a department template that does not add it, the list must end with it.
 */
import { msg } from "../messages/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LintRule, RecipientList } from "./lint-input.js";
import { warning } from "./lint-input.js";

const ARCHIVE = /^\s*-?\s*lưu\b/iu;

function check(list: RecipientList): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (list.templateAddsArchive) {
    list.items.forEach((item, i) => {
      const texts = typeof item === "string" ? [[item, undefined] as const] : item.items.map((t, j) => [t, j] as const);
      for (const [text, j] of texts) {
        if (!ARCHIVE.test(text)) continue;
        out.push(
          warning(
            list.file,
            list.at(i, j),
            "recipients-archive",
            msg("lint.recipients-archive.twice", { text }),
            msg("lint.recipients-archive.twice.hint"),
          ),
        );
      }
    });
    return out;
  }
  const last = list.items[list.items.length - 1];
  const lastText = typeof last === "string" ? last : last?.items[last.items.length - 1];
  if (lastText === undefined || !ARCHIVE.test(lastText)) {
    const at = list.items.length ? list.at(list.items.length - 1) : list.at(0);
    out.push(
      warning(
        list.file,
        at,
        "recipients-archive",
        msg("lint.recipients-archive.missing", { found: lastText ?? msg("lint.nothing") }),
        msg("lint.recipients-archive.missing.hint"),
      ),
    );
  }
  return out;
}

export const recipientsArchive: LintRule = {
  id: "recipients-archive",
  description: 'a Nơi nhận list that doubles or lacks the final "Lưu: VT, …"',
  run: ({ recipients }) => recipients.flatMap(check),
};
