/**
 * Footnotes numbered 1…N through the whole report, in reading order.
 *
 * The prose stage numbers each piece of prose's footnotes locally (1…k, per fragment or frame
 * field). Merge places the pieces in reading order and passes each through here: the first
 * reference to a local footnote takes the next number, and the footnote's own content is
 * numbered right then, so references inside a footnote number after it. Later references to
 * the same footnote reuse its number.
 */
import type { Block, Footnote, Inline } from "../model/report.js";

export class FootnoteNumbering {
  private next = 0;
  private readonly numbers = new Map<readonly Footnote[], Map<number, number>>();
  private readonly placed: Footnote[] = [];

  /** `content` with its references to `local` footnotes renumbered. */
  inlines(content: readonly Inline[], local: readonly Footnote[]): Inline[] {
    return content.map((i) => (i.kind === "footnote" ? { ...i, n: this.number(i.n, local) } : i));
  }

  blocks<B extends Block>(blocks: readonly B[], local: readonly Footnote[]): B[] {
    return blocks.map((b) => {
      if (b.type === "paragraph") return { ...b, content: this.inlines(b.content, local) };
      if (b.type === "table") return { ...b, rows: b.rows.map((row) => row.map((cell) => ({ ...cell, content: this.inlines(cell.content, local) }))) };
      return b;
    });
  }

  /** The footnotes placed so far, by number. */
  footnotes(): Footnote[] {
    return [...this.placed].sort((a, b) => a.n - b.n);
  }

  private number(localN: number, local: readonly Footnote[]): number {
    let map = this.numbers.get(local);
    if (!map) this.numbers.set(local, (map = new Map()));
    const known = map.get(localN);
    if (known !== undefined) return known;
    const n = ++this.next;
    map.set(localN, n);
    const note = local.find((f) => f.n === localN);
    if (note) this.placed.push({ ...note, n, content: this.inlines(note.content, local) });
    return n;
  }
}
