/**
 * Walk the kind's outline and merge the fragments into body blocks: a heading per section
 * (numbered from the outline), then each owning unit's fragment in the order the section lists
 * its units (its body, its metrics sentences, its carried tasks), then planned tasks numbered
 * across units, then the metrics table and the summary paragraph when the section asks for
 * them, then the sub-sections. A section with `landscape: true` places all its blocks on landscape pages.
 */
import { msg } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Kind, Section } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { FragmentProse, Prose } from "../markdown/prose.js";
import type { Block, Heading, Inline } from "../model/report.js";
import { carriedBlocks } from "./carried-blocks.js";
import { keepHeadingsWithLandscape, markLandscape } from "./landscape-blocks.js";
import { metricBlocks } from "./metric-blocks.js";
import { metricsTable } from "./metrics-table.js";
import type { FootnoteNumbering } from "./number-footnotes.js";
import { bareNumber, printedNumber } from "./numbering.js";
import { orderedItems } from "./ordered-items.js";
import { plannedTasks } from "./planned-tasks.js";
import { placeHeading } from "./run-in.js";

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
  /** Per section, the order of its units' items (`<unit>.<item id>`), from the report file. */
  order: Readonly<Record<string, readonly string[]>>;
  /** Unit names by id, for tasks grouped by unit. */
  unitNames: ReadonlyMap<string, string>;
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

/** The fragments in reading order: the outline depth-first, each section's in `ordered` order. */
function readingOrder(sections: Section[], fragments: Fragment[]): Fragment[] {
  return sections.flatMap((s) => [...ordered(s, fragments), ...readingOrder(s.sections, fragments)]);
}

function emptySection(kind: Kind, section: Section): Diagnostic {
  return diagnostic({
    severity: "warning",
    file: "",
    rule: "empty-section",
    message: msg("merge.empty-section", {
      section: section.id,
      kind: kind.id,
      units: section.units.map((u) => `\`${u}\``).join(", "),
    }),
    hint: msg("merge.empty-section.hint"),
  });
}

function emptyPart(kind: Kind, section: Section, title: string): Diagnostic {
  return diagnostic({
    severity: "warning",
    file: "",
    rule: "empty-part",
    message: msg("merge.empty-part", { section: section.id, title, kind: kind.id }),
    hint: msg("merge.empty-part.hint"),
  });
}

export function mergeBody(input: BodyInput): BodyResult {
  const { kind, footnotes } = input;
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  const proseOf = (f: Fragment) => input.prose.get(f)!;
  const titleOf = (section: Section) => input.titles.get(section.id) ?? section.title;

  const written = (section: Section): boolean =>
    ordered(section, input.fragments).some(
      (f) =>
        (f.body ?? "").trim() !== "" ||
        f.items.length > 0 ||
        (section.tasks && f.tasks.length > 0) ||
        f.carried.length > 0 ||
        f.metrics.length > 0,
    ) ||
    (section.metricsTable && input.fragments.some((f) => f.metrics.length > 0)) ||
    input.summaries.has(section.id);
  const hasContent = (section: Section): boolean =>
    written(section) || section.whenEmpty !== "omit" || section.sections.some(hasContent);

  /** Why a left-out section is worth a warning: a required leaf nobody wrote, or a part that vanished whole. */
  // A section left out takes its sub-sections with it: a required part is named, and each required
  // section that units own (the part itself included) is worth its own warning.
  const warnLeftOut = (section: Section): void => {
    if (section.sections.length > 0 && section.required) diagnostics.push(emptyPart(kind, section, titleOf(section)));
    if (section.required && section.units.length > 0) diagnostics.push(emptySection(kind, section));
    section.sections.forEach(warnLeftOut);
  };

  const walk = (sections: Section[], parentBare: string) => {
    let counter = 0;
    for (const section of sections) {
      // A section nobody wrote anything for is left out (and the rest renumbered) unless its `whenEmpty` keeps it.
      if (!hasContent(section)) {
        warnLeftOut(section);
        continue;
      }
      const level = section.level;
      let bare = "";
      if (section.numbered && level.numbering !== "none") {
        counter = section.number ?? counter + 1;
        bare = bareNumber(level, counter, parentBare);
      }
      const title = titleOf(section);
      const text: Inline[] = [{ type: "text", text: level.uppercase ? title.toLocaleUpperCase("vi") : title }];
      const heading: Heading = {
        type: "heading",
        level: section.depth,
        number: printedNumber(level, bare),
        text,
        style: { bold: level.bold, italic: level.italic, align: level.align },
        section: section.id,
      };
      const start = blocks.length;
      const mine = ordered(section, input.fragments);
      const order = input.order[section.id];
      for (const f of mine) {
        const prose = proseOf(f);
        blocks.push(...footnotes.blocks(prose.body, prose.footnotes));
        if (!order) for (const item of prose.items.values()) blocks.push(...footnotes.blocks(item, prose.footnotes));
        blocks.push(...metricBlocks(f));
        if (f.carried.length)
          blocks.push(...footnotes.blocks(carriedBlocks(f, prose.carried, input.periodName), prose.footnotes));
      }
      if (order) blocks.push(...orderedItems(mine, order, proseOf, footnotes));
      if (section.tasks) blocks.push(...plannedTasks(section.taskStyle, mine, proseOf, footnotes, input.unitNames));
      if (section.metricsTable) {
        const table = metricsTable(readingOrder(kind.outline, input.fragments));
        if (table) blocks.push(table);
      }
      const summary = input.summaries.get(section.id);
      if (summary) blocks.push(...footnotes.blocks(summary.content, summary.footnotes));
      if (blocks.length === start && typeof section.whenEmpty === "object") {
        blocks.push({ type: "paragraph", role: "body", content: [{ type: "text", text: section.whenEmpty.text }] });
      }
      placeHeading(blocks, start, heading, level.runIn);
      walk(section.sections, bare || parentBare);
      // A body section on landscape pages: its heading, text and sub-sections (model/report.ts, `Placed`).
      // An appendix's orientation is the appendix's own (`Appendix.landscape`).
      if (section.landscape && !section.appendix) markLandscape(blocks, start);
    }
  };
  walk(input.outline ?? kind.outline, "");
  keepHeadingsWithLandscape(blocks);
  return { blocks, diagnostics };
}
