/**
 * The agency profile, `bcreport.yaml`: `Raw*` as written (schema-valid), the unprefixed names
 * normalised (defaults applied, outline indexed) by validate/normalize-config.ts.
 */
import type { Layout } from "../model/report.js";
import type { YamlFile } from "../yaml/parse-yaml.js";
import type { DataPath } from "../yaml/yaml-position.js";

// As written (after schema validation).

export type RawRecipient = string | { group: string; items: string[] };

export interface RawLevel {
  numbering?: "roman" | "arabic" | "nested" | "letter" | "upper-letter" | "none";
  prefix?: string;
  suffix?: string;
  bold?: boolean;
  italic?: boolean;
  uppercase?: boolean;
  align?: "left" | "center";
  /** Print the number and title at the start of the section's first paragraph instead of on a line of their own. */
  runIn?: boolean;
}

/** What a section nobody wrote anything for prints: nothing, its heading, or its heading and a fixed sentence. */
export type RawWhenEmpty = "omit" | "heading" | { text: string };

/** How planned tasks are listed: numbered 1. 2. 3. (default) or with a `-`/`+` bullet; optionally under each unit's name. */
export interface TaskStyle {
  marker: "number" | "-" | "+";
  groupByUnit: boolean;
}

export interface RawSection {
  id: string;
  title: string;
  units?: string[];
  sections?: RawSection[];
  tasks?: boolean | { marker?: TaskStyle["marker"]; groupByUnit?: boolean };
  numbered?: boolean;
  required?: boolean;
  /** A template (Markdown) rendered as a paragraph after the section's fragments. */
  summary?: string;
  /** Print a table of all metrics of the report, summed by id (or label), at the end of the section. */
  metricsTable?: boolean;
  /** Where `bcreport new` puts each unit's `carried:` stub (last period's planned tasks) when the unit writes here. */
  carried?: boolean;
  /** A top-level section printed as an appendix (Phụ lục) after the signature block. */
  appendix?: boolean;
  /** The section (heading, text, sub-sections) or appendix printed on landscape pages; page numbers continue. */
  landscape?: boolean;
  /** The section's own heading style, merged over the level it is at. */
  level?: RawLevel;
  /** The levels of its sub-sections (first: its children), merged over the kind's. */
  levels?: RawLevel[];
  /** Its number as the document has it ("III", "e", 3); the following siblings count on from it. */
  number?: number | string;
  whenEmpty?: RawWhenEmpty;
}

export interface RawKind {
  name?: string;
  periods?: Array<"month" | "quarter" | "half" | "nine-months" | "year">;
  cutoffDay?: number;
  deadline?: number;
  docType?: string;
  typeCode?: string;
  drafter: string;
  signer: string;
  title: string;
  preamble?: string[];
  /** The closing sentence (template); `false`: none. */
  closing?: string | false;
  kinhGui?: string[];
  recipients?: RawRecipient[];
  archive?: string;
  levels?: RawLevel[];
  outline: RawSection[];
}

export interface RawConfig {
  agency: { parent?: string | string[]; name: string; header?: string | string[]; code: string; place: string };
  reports?: string;
  templates?: string;
  units: Array<{ id: string; name: string; code: string; reviewers?: string[] }>;
  signers: Array<{ id: string; authority?: string; of?: string; title?: string; lines?: string[]; name: string }>;
  layout?: {
    margins?: { top?: number; bottom?: number; left?: number; right?: number };
    font?: string;
    bodySize?: number;
    footnoteSize?: number;
    tableSize?: number;
    firstLineIndent?: number;
    spaceBefore?: number;
    lineSpacing?: number;
    signatureSpace?: number;
  };
  lints?: Record<string, boolean>;
  kinds: Record<string, RawKind>;
}

// Normalised: defaults applied, positions kept.

export interface Unit {
  id: string;
  name: string;
  code: string;
  reviewers: string[];
}

export interface Signer {
  id: string;
  /** Title lines as printed: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  lines: string[];
  name: string;
  authority?: string;
  of?: string;
  title?: string;
}

export interface Level {
  numbering: "roman" | "arabic" | "nested" | "letter" | "upper-letter" | "none";
  /** Printed before the number, e.g. "Phần " → "Phần I."; not part of a nested child's number. */
  prefix: string;
  suffix: string;
  bold: boolean;
  italic: boolean;
  uppercase: boolean;
  align: "left" | "center";
  runIn: boolean;
}

export interface Section {
  id: string;
  title: string;
  units: string[];
  sections: Section[];
  tasks: boolean;
  taskStyle: TaskStyle;
  numbered: boolean;
  /** `required` as written; by default true, false for a section with a `summary` (it always has that text). */
  required: boolean;
  summary?: string;
  metricsTable: boolean;
  /** Where `bcreport new` puts the `carried:` stub of each unit that writes here. */
  carried: boolean;
  /** A top-level section printed as an appendix (Phụ lục) after the signature block. */
  appendix?: true;
  /** The section (heading, text, sub-sections) or appendix printed on landscape pages; page numbers continue. */
  landscape?: true;
  /** How its heading is numbered and styled: its level, with the outline's and its own overrides. */
  level: Level;
  /** Its fixed index among its siblings (1-based), when the document fixes its number. */
  number?: number;
  whenEmpty: RawWhenEmpty;
  /** 1 = top level. */
  depth: number;
  /** Where the section is written in bcreport.yaml. */
  path: DataPath;
}

export interface Kind {
  id: string;
  name: string;
  periods: Array<"month" | "quarter" | "half" | "nine-months" | "year">;
  cutoffDay: number;
  deadline?: number;
  docType: string;
  typeCode: string;
  drafter: string;
  signer: string;
  title: string;
  preamble: string[];
  /** The closing sentence (template); `false`: none. */
  closing?: string | false;
  kinhGui: string[];
  recipients: RawRecipient[];
  archive?: string;
  levels: Level[];
  outline: Section[];
  /** Every section by id, in reading order. */
  sections: Map<string, Section>;
  path: DataPath;
}

export interface Config {
  file: string;
  yaml: YamlFile;
  agency: { parent: string[]; name: string; header: string[]; code: string; place: string };
  reportsDir: string;
  templatesDir: string;
  units: Map<string, Unit>;
  signers: Map<string, Signer>;
  layout: Layout;
  lints: Record<string, boolean>;
  kinds: Map<string, Kind>;
  /** Empty lines left for the signature and seal. */
  signatureSpace: number;
}
