/**
 * Walk the kind's outline and merge the fragments into body blocks: a heading per section
 * (numbered from the outline), then each owning unit's fragment in the order the section lists
 * its units (its body, its metrics sentences, its carried tasks), then planned tasks numbered
 * across units, then the metrics table and the summary paragraph when the section asks for
 * them, then the sub-sections.
 */
import { msg } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Kind, Section } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { FragmentProse, Prose } from "../markdown/prose.js";
import type { Block, Inline } from "../model/report.js";
import { carriedBlocks } from "./carried-blocks.js";
import { metricBlocks } from "./metric-blocks.js";
import { metricsTable } from "./metrics-table.js";
import type { FootnoteNumbering } from "./number-footnotes.js";
import { bareNumber, printedNumber } from "./numbering.js";

export interface BodyInput {
  kind: Kind;
  /** The fragments that passed validation, each with its prose. */
  fragments: Fragment[];
  prose: Map<Fragment, FragmentProse>;
  /** Section title after template rendering, by section id. */
  titles: Map<string, string>;
  /** Converted `summary` templates, by section id; only those with text. */
  summaries: Map<string, Prose<Block[]>>;
  /** "tháng 12 năm 2023", for the sentence after carried tasks. */
  periodName: string;
  footnotes: FootnoteNumbering;
  /** The sections to walk (default: the kind's outline). */
  outline?: Section[];
}

export interface BodyResult {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

function ordered(section: Section, fragments: Fragment[]): Fragment[] {
  const rank = (u: string) => section.units.indexOf(u);
  return fragments
    .filter((f) => f.section === section.id && rank(f.unit) >= 0)
    .sort((a, b) => rank(a.unit) - rank(b.unit) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function emptySection(kind: Kind, section: Section): Diagnostic {
  return diagnostic({
    severity: "warning",
    file: "",
    rule: "empty-section",
    message: msg("merge.empty-section", { section: section.id, kind: kind.id, units: section.units.map((u) => `\`${u}\``).join(", ") }),
    hint: msg("merge.empty-section.hint"),
  });
}

export function mergeBody(input: BodyInput): BodyResult {
  const { kind, footnotes } = input;
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  const proseOf = (f: Fragment) => input.prose.get(f)!;

  const hasContent = (section: Section): boolean =>
    ordered(section, input.fragments).some((f) => (f.body ?? "").trim() !== "" || (section.tasks && f.tasks.length > 0) || f.carried.length > 0 || f.metrics.length > 0) ||
    (section.metricsTable && input.fragments.some((f) => f.metrics.length > 0)) ||
    input.summaries.has(section.id) ||
    section.sections.some(hasContent);

  const walk = (sections: Section[], parentBare: string) => {
    let counter = 0;
    for (const section of sections) {
      // A section nobody wrote anything for is left out (and the rest renumbered); a required one is worth a warning.
      if (!hasContent(section)) {
        if (section.required && section.units.length > 0) diagnostics.push(emptySection(input.kind, section));
        continue;
      }
      const level = kind.levels[section.depth - 1]!;
      let bare = "";
      if (section.numbered && level.numbering !== "none") bare = bareNumber(level, ++counter, parentBare);
      const title = input.titles.get(section.id) ?? section.title;
      const text: Inline[] = [{ type: "text", text: level.uppercase ? title.toLocaleUpperCase("vi") : title }];
      blocks.push({
        type: "heading",
        level: section.depth,
        number: printedNumber(level, bare),
        text,
        style: { bold: level.bold, italic: level.italic, align: level.align },
        section: section.id,
      });
      const mine = ordered(section, input.fragments);
      for (const f of mine) {
        const prose = proseOf(f);
        blocks.push(...footnotes.blocks(prose.body, prose.footnotes));
        blocks.push(...metricBlocks(f));
        if (f.carried.length) blocks.push(...footnotes.blocks(carriedBlocks(f, prose.carried, input.periodName), prose.footnotes));
      }
      if (section.tasks) {
        let n = 0;
        for (const f of mine) {
          const prose = proseOf(f);
          // One list per fragment (so each keeps its source), numbered on through the section.
          const items = prose.tasks.map((task) => ({ marker: `${++n}. `, content: footnotes.inlines(task, prose.footnotes), blocks: [] }));
          if (items.length) blocks.push({ type: "list", role: "task", items, source: { file: f.file, unit: f.unit, section: f.section } });
        }
      }
      if (section.metricsTable) {
        const table = metricsTable(input.fragments);
        if (table) blocks.push(table);
      }
      const summary = input.summaries.get(section.id);
      if (summary) blocks.push(...footnotes.blocks(summary.content, summary.footnotes));
      walk(section.sections, bare || parentBare);
    }
  };
  walk(input.outline ?? kind.outline, "");
  return { blocks, diagnostics };
}
