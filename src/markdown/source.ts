import type { Position } from "../diagnostics/diagnostic.js";
import type { Resources } from "./resources.js";

/** One Markdown field of a YAML file, with the way back to positions in that file. */
export interface MarkdownSource {
  /** The Markdown text, already NFC. */
  text: string;
  /** Repository-relative file for diagnostics and SourceRef. */
  file: string;
  unit: string;
  section: string;
  /** Map a 1-based (line, column) inside `text` to the 1-based position in the YAML file. */
  map(line: number, column: number): Position;
  /** Where files the text names (CSV data, images) are read from; without it they cannot be used. */
  resources?: Resources;
}
