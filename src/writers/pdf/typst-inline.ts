/**
 * Inline runs → Typst content. Each run becomes one code expression; a run list becomes a
 * content block `[#e1#e2…]`, so no markup text is ever emitted between the expressions.
 */
import type { Footnote, Inline, TextRun } from "../../model/report.js";
import { typstString, typstText } from "./typst-escape.js";
import { markContent } from "./typst-marks.js";

/** Footnote bodies by number, plus which numbers have been placed already. */
export class FootnoteTracker {
  private readonly bodies = new Map<number, Footnote>();
  private readonly placed = new Set<number>();
  private next = 1;

  /** `marks`: put source marks (typst-marks.ts) around each footnote body, for the preview. */
  constructor(
    footnotes: Footnote[],
    private readonly marks = false,
  ) {
    for (const f of footnotes) this.bodies.set(f.n, f);
  }

  /** The expression(s) for a reference to footnote `n`, in reading order; a repeat shows the note's number. */
  reference(n: number, repeat = false): string {
    const label = `<bcr-fn-${n}>`;
    if (repeat || this.placed.has(n)) return `footnote(${label})`;
    this.placed.add(n);
    // The model numbers footnotes 1..N in reading order, as Typst does; only resynchronise
    // the counter when the model says otherwise, so the printed number is always the model's.
    const sync = n === this.next ? "" : `counter(footnote).update(${n - 1})#`;
    this.next = n + 1;
    const body = inlineContent(this.bodies.get(n)?.content ?? []);
    return `${sync}footnote(${this.marks ? markContent(`f${n}`, body) : body})${label}`;
  }

  /**
   * Footnotes first cited in a table's header rows, each placed hidden before the table (the code
   * to put there): Typst repeats the header on every page, and a note made inside it would be
   * made again, with a new number, on each. The header then cites the placed note by its label.
   */
  beforeRepeatedHeader(runs: readonly Inline[]): string[] {
    return runs.flatMap((r) =>
      r.type === "footnote" && !r.repeat && !this.placed.has(r.n) ? [`place(hide[#${this.reference(r.n)}])`] : [],
    );
  }
}

function runExpr(run: TextRun): string {
  let e = typstText(run.text);
  if (run.bold) e = `text(weight: "bold", ${e})`;
  if (run.italic) e = `text(style: "italic", ${e})`;
  if (run.underline) e = `underline(${e})`;
  if (run.strike) e = `strike(${e})`;
  if (run.superscript) e = `super(${e})`;
  if (run.subscript) e = `sub(${e})`;
  if (run.link !== undefined) e = `link(${typstString(run.link)}, ${e})`;
  return e;
}

/**
 * A Typst content block for `runs`. Footnote references need `footnotes`; without it (inside
 * footnote bodies) they are dropped.
 */
export function inlineContent(runs: Inline[], footnotes?: FootnoteTracker): string {
  const parts: string[] = [];
  for (const run of runs) {
    if (run.type === "text") {
      if (run.text !== "") parts.push(runExpr(run));
    } else if (run.type === "break") {
      parts.push("linebreak()");
    } else if (footnotes) {
      parts.push(footnotes.reference(run.n, run.repeat === true));
    }
  }
  return `[${parts.map((p) => `#${p}`).join("")}]`;
}
