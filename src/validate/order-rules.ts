/**
 * The report file's `order`: per section, the items its units wrote (`items:` in their fragments)
 * as `<unit>.<item id>`, in the order the report prints them. Each entry must name an item of that
 * section, once; an item the order leaves out is printed after the listed ones, with a warning.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { codeList, didYouMean, suggestion } from "../diagnostics/did-you-mean.js";
import { msg, type Message } from "../messages/index.js";
import type { Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { Report } from "../input/report-types.js";
import { positionOf, type DataPath } from "../yaml/yaml-position.js";

/** A near section id, else every section units write in this kind (the sections an `order` can name), however many. */
function orderSectionHint(section: string, kind: Kind): Message | undefined {
  const best = didYouMean(section, kind.sections.keys());
  if (best) return msg("did-you-mean", { best });
  const writable = [...kind.sections.values()].filter((s) => s.units.length > 0).map((s) => s.id);
  return writable.length ? msg("validate.unknown-section.sections", { list: codeList(writable) }) : undefined;
}

export function checkOrder(report: Report, fragments: readonly Fragment[], kind: Kind): Diagnostic[] {
  const out: Diagnostic[] = [];
  const order = report.raw.order ?? {};
  const at = (path: DataPath, key = false) =>
    report.yaml ? positionOf(report.yaml, path, key ? { key: true } : undefined) : { line: 1, column: 1 };
  for (const [section, entries] of Object.entries(order)) {
    if (!kind.sections.has(section)) {
      const hint = orderSectionHint(section, kind);
      out.push(
        diagnostic({
          file: report.file,
          at: at(["order", section], true),
          rule: "unknown-section",
          message: msg("outline.order-unknown-section", { section, kind: kind.id }),
          hint,
        }),
      );
      continue;
    }
    const items = fragments
      .filter((f) => f.section === section)
      .flatMap((f) => f.items.map((i) => `${f.unit}.${i.id}`));
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (seen.has(entry)) {
        out.push(
          diagnostic({
            file: report.file,
            at: at(["order", section, i]),
            rule: "duplicate-item",
            message: msg("outline.order-duplicate", { entry, section }),
            hint: msg("outline.order-duplicate.hint"),
          }),
        );
      } else if (!items.includes(entry)) {
        const known = items.length
          ? msg("outline.order-items-are", { section, items: codeList(items) })
          : msg("outline.order-no-items", { section });
        out.push(
          diagnostic({
            file: report.file,
            at: at(["order", section, i]),
            rule: "unknown-item",
            message: msg("outline.order-unknown-item", { section, entry, known }),
            hint: suggestion(entry, items),
          }),
        );
      }
      seen.add(entry);
    });
    for (const f of fragments.filter((f) => f.section === section)) {
      for (const item of f.items) {
        if (entries.includes(`${f.unit}.${item.id}`)) continue;
        out.push(
          diagnostic({
            severity: "warning",
            file: f.file,
            at: positionOf(f.yaml, ["items", item.id], { key: true }),
            rule: "item-unordered",
            message: msg("outline.item-unordered", { item: `${f.unit}.${item.id}`, section, file: report.file }),
            hint: msg("outline.item-unordered.hint", { item: `${f.unit}.${item.id}`, section }),
          }),
        );
      }
    }
  }
  return out;
}
