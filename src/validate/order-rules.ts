/**
 * The report file's `order`: per section, the items its units wrote (`items:` in their fragments)
 * as `<unit>.<item id>`, in the order the report prints them. Each entry must name an item of that
 * section, once; an item the order leaves out is printed after the listed ones, with a warning.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { suggestion } from "../diagnostics/did-you-mean.js";
import type { Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { Report } from "../input/report-types.js";
import { positionOf, type DataPath } from "../yaml/yaml-position.js";

export function checkOrder(report: Report, fragments: readonly Fragment[], kind: Kind): Diagnostic[] {
  const out: Diagnostic[] = [];
  const order = report.raw.order ?? {};
  const at = (path: DataPath, key = false) =>
    report.yaml ? positionOf(report.yaml, path, key ? { key: true } : undefined) : { line: 1, column: 1 };
  for (const [section, entries] of Object.entries(order)) {
    if (!kind.sections.has(section)) {
      const hint = suggestion(section, [...kind.sections.keys()]);
      out.push(
        diagnostic({
          file: report.file,
          at: at(["order", section], true),
          rule: "unknown-section",
          message: `unknown section \`${section}\` in \`order\` of report kind \`${kind.id}\``,
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
            message: `item \`${entry}\` is listed twice in \`order.${section}\``,
            hint: "list each item once",
          }),
        );
      } else if (!items.includes(entry)) {
        const known = items.length
          ? `the items of section \`${section}\` are ${items.map((k) => `\`${k}\``).join(", ")}`
          : `no fragment of section \`${section}\` has \`items:\``;
        out.push(
          diagnostic({
            file: report.file,
            at: at(["order", section, i]),
            rule: "unknown-item",
            message: `expected \`<unit>.<item id>\` of an item written for section \`${section}\` — found \`${entry}\`; ${known}`,
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
            message: `item \`${f.unit}.${item.id}\` is not listed in \`order.${section}\` of ${report.file}; it is printed after the listed items`,
            hint: `add \`${f.unit}.${item.id}\` to \`order.${section}\` where the report should print it`,
          }),
        );
      }
    }
  }
  return out;
}
