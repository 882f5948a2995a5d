/**
 * Footnotes numbered 1…N through the whole report, in reading order.
 *
 * The prose stage numbers each piece of prose's footnotes locally (1…k, per fragment or frame
 * field). Merge places the pieces in reading order and passes each through here: the first
 * reference to a local footnote takes the next number, and the footnote's own content is
 * numbered right then. Later references to the same footnote reuse its number and are marked
 * `repeat`, so no writer makes a second note of them.
 */
import type { Block, Footnote, FootnoteRef, Inline } from "../model/report.js";

/** A footnote reference, whichever block holds it. */
function isReference(value: object): value is { n: number } {
  const v = value as { type?: unknown; n?: unknown };
  return v.type === "footnote" && typeof v.n === "number";
}

export class FootnoteNumbering {
  private next = 0;
  private readonly numbers = new Map<readonly Footnote[], Map<number, number>>();
  private readonly placed: Footnote[] = [];

  /** `content` with its references to `local` footnotes renumbered. */
  inlines(content: readonly Inline[], local: readonly Footnote[]): Inline[] {
    return this.renumber(content, local) as Inline[];
  }

  /** The same for blocks: every block kind's inline content (paragraphs, table cells, list items) in reading order. */
  blocks<B extends Block>(blocks: readonly B[], local: readonly Footnote[]): B[] {
    return this.renumber(blocks, local) as B[];
  }

  /** The footnotes placed so far, by number. */
  footnotes(): Footnote[] {
    return [...this.placed].sort((a, b) => a.n - b.n);
  }

  /** A copy of plain data (arrays and objects, visited in order) with each reference renumbered. */
  private renumber(value: unknown, local: readonly Footnote[]): unknown {
    if (Array.isArray(value)) return value.map((v) => this.renumber(v, local));
    if (value === null || typeof value !== "object") return value;
    if (isReference(value)) return this.reference(value.n, local);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.renumber(v, local)]));
  }

  private reference(localN: number, local: readonly Footnote[]): FootnoteRef {
    const known = this.numbers.get(local)?.get(localN);
    if (known !== undefined) return { type: "footnote", n: known, repeat: true };
    return { type: "footnote", n: this.number(localN, local) };
  }

  private number(localN: number, local: readonly Footnote[]): number {
    let map = this.numbers.get(local);
    if (!map) this.numbers.set(local, (map = new Map()));
    const n = ++this.next;
    map.set(localN, n);
    const note = local.find((f) => f.n === localN);
    if (note) this.placed.push({ ...note, n, content: this.inlines(note.content, local) });
    return n;
  }
}
