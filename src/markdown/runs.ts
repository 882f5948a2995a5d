import type { Inline, TextRun } from "../model/report.js";

/** The marks a run can carry, as set by the enclosing mdast nodes. */
export type Marks = Omit<TextRun, "type" | "text">;

const MARK_KEYS = ["bold", "italic", "strike", "underline", "superscript", "subscript", "code", "link"] as const;

export function textRun(text: string, marks: Marks): TextRun {
  const run: TextRun = { type: "text", text };
  for (const key of MARK_KEYS) {
    const value = marks[key];
    if (value !== undefined && value !== false) (run as unknown as Record<string, unknown>)[key] = value;
  }
  return run;
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return MARK_KEYS.every((key) => a[key] === b[key]);
}

/** Drop empty text runs and merge adjacent runs whose marks are identical. */
export function mergeRuns(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type !== "text") {
      out.push(inline);
      continue;
    }
    if (inline.text === "") continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.type === "text" && sameMarks(last, inline)) {
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    } else {
      out.push(inline);
    }
  }
  return out;
}

/** Characters of visible text (a footnote number counts as one), for estimating column widths. */
export function plainLength(inlines: readonly Inline[]): number {
  let n = 0;
  for (const inline of inlines) {
    if (inline.type === "text") n += [...inline.text].length;
    else if (inline.type === "footnote") n += 1;
  }
  return n;
}
