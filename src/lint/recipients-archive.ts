/**
 * `recipients-archive`: the Nơi nhận list ends with "- Lưu: VT, <unit>." (ND30 Phụ lục I).
 * The built-in template adds that line, so an item that already says "Lưu: …" would print it
 * twice; with a department template that does not add it, the list must end with it.
 */
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
        out.push(warning(list.file, list.at(i, j), "recipients-archive", `found \`${text}\` in Nơi nhận, but the report already ends the list with \`- Lưu: VT, …\``, "delete this item; set `archive:` to change what follows `Lưu: VT, `"));
      }
    });
    return out;
  }
  const last = list.items[list.items.length - 1];
  const lastText = typeof last === "string" ? last : last?.items[last.items.length - 1];
  if (lastText === undefined || !ARCHIVE.test(lastText)) {
    const at = list.items.length ? list.at(list.items.length - 1) : list.at(0);
    out.push(warning(list.file, at, "recipients-archive", `expected the Nơi nhận list to end with \`Lưu: VT, …\`, found \`${lastText ?? "nothing"}\``, "add `Lưu: VT, <drafting unit>` as the last item (your recipients template does not add it)"));
  }
  return out;
}

export const recipientsArchive: LintRule = {
  id: "recipients-archive",
  description: "a Nơi nhận list that doubles or lacks the final \"Lưu: VT, …\"",
  run: ({ recipients }) => recipients.flatMap(check),
};
