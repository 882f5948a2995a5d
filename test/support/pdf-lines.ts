/**
 * A PDF's text as a person reads it: one line per printed line (items on one baseline), pages separated by a
 * rule, "(landscape)" on the rule of a page wider than it is tall.
 */
import { pdfPages } from "./pdf-text.js";

export async function pdfLines(pdf: Uint8Array): Promise<string> {
  const pages = await pdfPages(new Uint8Array(pdf));
  return pages
    .map((page, i) => {
      const rows = new Map<number, typeof page.items>();
      for (const item of page.items) {
        if (item.str.trim() === "") continue;
        const key = Math.round(item.top);
        const near = [...rows.keys()].find((k) => Math.abs(k - key) <= 2) ?? key;
        rows.set(near, [...(rows.get(near) ?? []), item]);
      }
      const lines = [...rows.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, items]) =>
          items
            .sort((a, b) => a.x - b.x)
            .map((it) => it.str)
            .join(" ")
            .replace(/\s+/g, " ")
            .trim(),
        );
      const turned = page.width > page.height ? " (landscape)" : "";
      return `--- page ${i + 1}${turned}\n${lines.join("\n")}\n`;
    })
    .join("");
}
