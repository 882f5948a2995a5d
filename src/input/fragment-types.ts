/** A unit's fragment, `reports/<period>/<kind>/<unit>.<section>.yaml`: as written, and normalised. */
import type { YamlFile } from "../yaml/parse-yaml.js";

// As written (after schema validation).

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
  /** Items by id, each Markdown, for a section several units write item by item (the report file orders them). */
  items?: Record<string, string>;
  /** Per lint rule, texts of this fragment its warnings may flag and the unit accepts as written. */
  accept?: Record<string, string[]>;
}

/** One item of a fragment's `items:`: its id (unique in the fragment) and its Markdown. */
export interface FragmentItem {
  id: string;
  text: string;
}

// Normalised: defaults applied, positions kept.

export interface Fragment {
  file: string;
  yaml: YamlFile;
  unit: string;
  section: string;
  body?: string;
  tasks: string[];
  carried: RawCarriedTask[];
  metrics: RawMetric[];
  items: FragmentItem[];
  accept: Record<string, string[]>;
}
