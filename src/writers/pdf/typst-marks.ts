/**
 * Source marks for `bcreport preview`: invisible `metadata` elements around each block and
 * inside each footnote body, so the laid-out pages can be mapped back to the model's `source`.
 *
 * A mark takes no space (the PDF of a marked source is byte-identical to the unmarked one —
 * test/preview-marks.test.ts checks it). One `context` at the end gathers where every mark
 * landed into a single `metadata` that the compiler's `query` returns.
 */
import { typstString } from "./typst-escape.js";

export const MARK_START = "bcr-s";
export const MARK_END = "bcr-e";
export const MARK_INDEX = "bcr-marks";

/** Where a mark landed: its id, and its page (1-based) and position in points. */
export interface MarkPosition {
  id: string;
  page: number;
  x: number;
  y: number;
  end: boolean;
}

const mark = (id: string, label: string) => `#metadata(${typstString(id)})<${label}>`;

/** A top-level block between a start and an end mark. */
export function markBlock(id: string, source: string): string {
  return `${mark(id, MARK_START)}\n${source}\n${mark(id, MARK_END)}`;
}

/** A content block `[…]` with marks at its start and end (for footnote bodies). */
export function markContent(id: string, content: string): string {
  return `[${mark(id, MARK_START)}${content.slice(1, -1)}${mark(id, MARK_END)}]`;
}

/** The last line of a marked source: where each mark landed, as `(id, end?, position)` triples. */
export const MARK_INDEX_SOURCE =
  `#context [#metadata(query(selector(<${MARK_START}>).or(<${MARK_END}>))` +
  `.map(m => (m.value, m.label == <${MARK_END}>, m.location().position())))<${MARK_INDEX}>]`;

/** Reads the result of `query(doc, { selector: "<bcr-marks>" })`. */
export function readMarkIndex(queried: unknown): MarkPosition[] {
  const first = Array.isArray(queried) ? (queried[0] as { value?: unknown } | undefined) : undefined;
  const rows = Array.isArray(first?.value) ? (first.value as unknown[]) : [];
  const pt = (v: unknown) => Number.parseFloat(String(v));
  return rows.flatMap((row) => {
    if (!Array.isArray(row) || row.length !== 3) return [];
    const [id, end, pos] = row as [unknown, unknown, { page?: unknown; x?: unknown; y?: unknown }];
    return [{ id: String(id), end: end === true, page: Number(pos?.page), x: pt(pos?.x), y: pt(pos?.y) }];
  });
}
