/**
 * Input types. `Raw*` is what a file says after schema validation (as written);
 * the unprefixed names are normalised, with defaults applied and positions kept.
 */
import type { Layout } from "../model/report.js";
import type { YamlFile } from "../yaml/parse-yaml.js";
import type { DataPath } from "../yaml/yaml-position.js";

export type RawRecipient = string | { group: string; items: string[] };

export interface RawLevel {
  numbering?: "roman" | "arabic" | "nested" | "letter" | "upper-letter" | "none";
  prefix?: string;
  suffix?: string;
  bold?: boolean;
  italic?: boolean;
  uppercase?: boolean;
  align?: "left" | "center";
}

export interface RawSection {
  id: string;
  title: string;
  units?: string[];
  sections?: RawSection[];
  tasks?: boolean;
  numbered?: boolean;
  required?: boolean;
  /** A template (Markdown) rendered as a paragraph after the section's fragments. */
  summary?: string;
  /** Print a table of all metrics of the report, summed by id (or label), at the end of the section. */
  metricsTable?: boolean;
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
  closing?: string;
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

export interface RawReport {
  number?: number | string;
  date?: string;
  symbol?: string;
  title?: string;
  kinhGui?: string[];
  preamble?: string[];
  closing?: string;
  recipients?: RawRecipient[];
  archive?: string;
  signer?: string;
}

export type CarriedStatus = "done" | "in-progress" | "not-done";

/** Last period's planned task, reported on in this period. */
export interface RawCarriedTask {
  task: string;
  /** null until a person sets it: `bcreport new` writes `status:` empty, and nothing is printed for the task. */
  status: CarriedStatus | null;
  note?: string;
  reason?: string;
}

/** A figure achieved against a plan: "Kiểm định được 487 PTĐ, đạt 104% so với kế hoạch (487/470)". */
export interface RawMetric {
  label: string;
  actual: number;
  plan?: number;
  unit?: string;
  id?: string;
  /** Row name in a metrics table (default: the label). */
  name?: string;
}

export interface RawFragment {
  unit: string;
  section: string;
  body?: string;
  tasks?: string[];
  carried?: RawCarriedTask[];
  metrics?: RawMetric[];
}

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
}

export interface Section {
  id: string;
  title: string;
  units: string[];
  sections: Section[];
  tasks: boolean;
  numbered: boolean;
  required: boolean;
  summary?: string;
  metricsTable: boolean;
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
  closing?: string;
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

export interface Report {
  file: string;
  yaml?: YamlFile;
  kind: string;
  period: string;
  raw: RawReport;
}

export interface Fragment {
  file: string;
  yaml: YamlFile;
  unit: string;
  section: string;
  body?: string;
  tasks: string[];
  carried: RawCarriedTask[];
  metrics: RawMetric[];
}
