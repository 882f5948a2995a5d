/**
 * Walk the kind's outline and merge the fragments into body blocks: a heading per section
 * (numbered from the outline), then each owning unit's fragment in the order the section lists
 * its units (its body, its metrics sentences, its carried tasks), then planned tasks numbered
 * across units, then the metrics table and the summary paragraph when the section asks for
 * them, then the sub-sections.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Fragment, Kind, Section } from "../input/types.js";
import { FootnoteScope, markdownToBlocks, markdownToInlines } from "../markdown/index.js";
import { scalarMapper } from "../yaml/yaml-position.js";
import type { Block, Inline } from "../model/report.js";
import type { ProseField } from "../frame/render-frame.js";
import { carriedBlocks } from "./carried-blocks.js";
import { metricBlocks } from "./metric-blocks.js";
import { metricsTable } from "./metrics-table.js";
import { bareNumber, printedNumber } from "./numbering.js";

export interface BodyInput {
  kind: Kind;
  fragments: Fragment[];
  /** Section title after template rendering, by section id. */
  titles: Map<string, string>;
  /** Rendered `summary` templates (Markdown), by section id. */
  summaries: Map<string, ProseField>;
  /** "tháng 12 năm 2023", for the sentence after carried tasks. */
  periodName: string;
  allocate: () => number;
}

export interface BodyResult {
  blocks: Block[];
  scopes: FootnoteScope[];
  diagnostics: Diagnostic[];
}

function ordered(section: Section, fragments: Fragment[]): Fragment[] {
  const rank = (u: string) => section.units.indexOf(u);
  return fragments
    .filter((f) => f.section === section.id && rank(f.unit) >= 0)
    .sort((a, b) => rank(a.unit) - rank(b.unit) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function emptySection(kind: Kind, section: Section): Diagnostic {
  return {
    severity: "warning",
    file: "",
    line: 0,
    column: 0,
    rule: "empty-section",
    message: `section \`${section.id}\` of \`${kind.id}\` has no text from ${section.units.map((u) => `\`${u}\``).join(", ")} and is left out`,
    hint: "the units that own it still have to write their fragment, or mark the section `required: false` in bcreport.yaml",
  };
}

export function mergeBody(input: BodyInput): BodyResult {
  const { kind } = input;
  const blocks: Block[] = [];
  const scopes: FootnoteScope[] = [];
  const diagnostics: Diagnostic[] = [];
  const scopeOf = new Map<Fragment, FootnoteScope>();
  const scope = (f: Fragment) => {
    let s = scopeOf.get(f);
    if (!s) {
      s = new FootnoteScope(input.allocate);
      scopeOf.set(f, s);
      scopes.push(s);
    }
    return s;
  };

  const hasContent = (section: Section): boolean =>
    ordered(section, input.fragments).some((f) => (f.body ?? "").trim() !== "" || (section.tasks && f.tasks.length > 0) || f.carried.length > 0 || f.metrics.length > 0) ||
    (section.metricsTable && input.fragments.some((f) => f.metrics.length > 0)) ||
    (input.summaries.get(section.id)?.text.trim() ?? "") !== "" ||
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
      const text: Inline[] = [{ kind: "text", text: level.uppercase ? title.toLocaleUpperCase("vi") : title }];
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
        if (f.body !== undefined && f.body.trim() !== "") {
          const r = markdownToBlocks({ text: f.body, file: f.file, unit: f.unit, section: f.section, map: scalarMapper(f.yaml, ["body"]) }, scope(f), "body");
          blocks.push(...r.blocks);
          diagnostics.push(...r.diagnostics);
        }
        blocks.push(...metricBlocks(f));
        if (f.carried.length) {
          const r = carriedBlocks(f, scope(f), input.periodName);
          blocks.push(...r.blocks);
          diagnostics.push(...r.diagnostics);
        }
      }
      if (section.tasks) {
        let n = 0;
        for (const f of mine) {
          f.tasks.forEach((task, i) => {
            const r = markdownToInlines({ text: task, file: f.file, unit: f.unit, section: f.section, map: scalarMapper(f.yaml, ["tasks", i]) }, scope(f));
            diagnostics.push(...r.diagnostics);
            blocks.push({ type: "paragraph", role: "task", marker: `${++n}. `, depth: 0, content: r.content, source: { file: f.file, unit: f.unit, section: f.section } });
          });
        }
      }
      if (section.metricsTable) {
        const table = metricsTable(input.fragments);
        if (table) blocks.push(table);
      }
      const summary = input.summaries.get(section.id);
      if (summary && summary.text.trim()) {
        const s = new FootnoteScope(input.allocate);
        scopes.push(s);
        const r = markdownToBlocks({ text: summary.text, file: summary.file, unit: "", section: section.id, map: summary.map }, s, "body");
        blocks.push(...r.blocks);
        diagnostics.push(...r.diagnostics);
      }
      walk(section.sections, bare || parentBare);
    }
  };
  walk(kind.outline, "");
  return { blocks, scopes, diagnostics };
}
