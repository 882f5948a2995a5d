/**
 * The planned tasks of a `tasks` section, as the document lists them: numbered 1. 2. 3. across units
 * (default) or with a `-`/`+` bullet; with `groupByUnit`, each unit's name and a colon first and the
 * numbers starting again under it. One list per fragment, so each keeps its source. Carry-over reads
 * the fragments' `tasks:`, so grouping changes nothing next period.
 */
import type { TaskStyle } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { FragmentProse } from "../markdown/prose.js";
import type { Block } from "../model/report.js";
import type { FootnoteNumbering } from "./number-footnotes.js";

export function plannedTasks(
  style: TaskStyle,
  fragments: readonly Fragment[],
  proseOf: (f: Fragment) => FragmentProse,
  footnotes: FootnoteNumbering,
  unitNames: ReadonlyMap<string, string>,
): Block[] {
  const blocks: Block[] = [];
  let n = 0;
  for (const f of fragments) {
    const prose = proseOf(f);
    if (prose.tasks.length === 0) continue;
    const source = { file: f.file, unit: f.unit, section: f.section };
    if (style.groupByUnit) {
      n = 0;
      const name = unitNames.get(f.unit) ?? f.unit;
      blocks.push({
        type: "paragraph",
        role: "task",
        content: [{ type: "text", text: `${name}:`, italic: true }],
        source,
      });
    }
    const items = prose.tasks.map((task) => ({
      marker: style.marker === "number" ? `${++n}. ` : `${style.marker} `,
      content: footnotes.inlines(task, prose.footnotes),
      blocks: [],
    }));
    blocks.push({ type: "list", role: "task", items, source });
  }
  return blocks;
}
