/** A report file, `reports/<period>/<kind>.yaml`: as written, and with where it was read from. */
import type { YamlFile } from "../yaml/parse-yaml.js";
import type { RawRecipient } from "./config-types.js";

// As written (after schema validation).

export interface RawReport {
  number?: number | string;
  date?: string;
  symbol?: string;
  title?: string;
  kinhGui?: string[];
  /** Markdown paragraphs as typed, or `{ template }` rendered with the period's values. */
  preamble?: Array<string | { template: string }>;
  /** `false`: no closing sentence. */
  closing?: string | false | { template: string };
  recipients?: RawRecipient[];
  archive?: string;
  signer?: string;
  /** Per section, the order of its units' items: `<unit>.<item id>`. */
  order?: Record<string, string[]>;
}

// Normalised: defaults applied, positions kept.

export interface Report {
  file: string;
  yaml?: YamlFile;
  kind: string;
  period: string;
  raw: RawReport;
}
