/**
 * Inline content of the report model (model/report.ts): text runs with their marks, footnote
 * references, line breaks, and the tracked-change mark any of them may carry.
 */
/** One run of inline content. Marks are flattened: a run is bold, italic, … or not. */
export type Inline = TextRun | FootnoteRef | LineBreak;

export interface TextRun {
  type: "text";
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  /** Inline code: printed literally, in the body font. */
  code?: boolean;
  /** Target of a hyperlink this run belongs to. */
  link?: string;
  /** Only in a tracked-changes model (`bcreport diff --format docx`): the run was inserted or deleted. */
  revision?: Revision;
}

/**
 * A tracked change (a Word revision), set only by `bcreport diff --format docx` on the model it
 * builds from two revisions of the repository; a model from `build` never carries one. On an
 * inline run it marks the run; on a paragraph, heading, list item or table row it marks the whole.
 */
export interface Revision {
  type: "ins" | "del";
  /** Who made the change: the git author of the commit, else the unit id. */
  author: string;
  /** When: the commit date, ISO 8601 in UTC ("2023-11-20T08:00:00Z"). */
  date: string;
}

/** A reference to footnote number `n` (1-based, numbered through the whole document). */
export interface FootnoteRef {
  type: "footnote";
  n: number;
  revision?: Revision;
  /**
   * Set on every reference to a footnote after its first one (in reading order): writers print
   * the same number as a superscript mark and add no second note.
   */
  repeat?: true;
}

/** A hard line break inside a paragraph. */
export interface LineBreak {
  type: "break";
  revision?: Revision;
}
