/**
 * Word-level comparison of two inline run lists (jsdiff `diffArrays` over word tokens that keep
 * their formatting). The result is one run list in which deleted words carry a `del` revision and
 * inserted words an `ins` one: dropping the deleted runs gives the new text, dropping the inserted
 * ones gives the old. Footnote references compare by their footnote's text; the footnotes of the
 * result are collected, in reading order, in `ctx.footnotes`, so their numbers follow the document.
 */
import { diffArrays } from "diff";
import type { Footnote, Inline, Revision, SourceRef, TextRun } from "../model/report.js";
import { words } from "../vi/words.js";
import { plainText } from "./plain-text.js";

/** Who made a change: the revision to put on `text` that one side's source inserted or deleted. */
export type Attribute = (type: Revision["type"], source: SourceRef | undefined, text?: string) => Revision;

export interface TrackContext {
  /** The footnotes of the old and the new model, by number. */
  a: ReadonlyMap<number, Footnote>;
  b: ReadonlyMap<number, Footnote>;
  /** The footnotes of the tracked model, in reading order (n = position + 1). */
  footnotes: Footnote[];
  attribute: Attribute;
  /** Words added and removed, by the place they belong to. */
  count: (source: SourceRef | undefined, added: number, removed: number) => void;
  footnoteLog: FootnoteLog;
}

/** What happened to the footnotes: numbers on each side. */
export interface FootnoteLog {
  /** [old number, new number, text changed] of footnotes on both sides. */
  kept: Array<[number, number, boolean]>;
  added: number[];
  removed: number[];
}

interface Token {
  key: string;
  inline: Inline;
}

const MARKS = ["bold", "italic", "strike", "underline", "superscript", "subscript", "code", "link"] as const;

function tokens(runs: readonly Inline[], footnotes: ReadonlyMap<number, Footnote>): Token[] {
  const out: Token[] = [];
  for (const run of runs) {
    if (run.type === "break") out.push({ key: "\n", inline: run });
    else if (run.type === "footnote")
      out.push({ key: `[^${plainText(footnotes.get(run.n)?.content ?? [])}]`, inline: run });
    else {
      const marks = JSON.stringify(MARKS.map((m) => run[m] ?? null));
      for (const piece of run.text.match(/\s+|\S+/g) ?? [])
        out.push({ key: `${marks}${piece}`, inline: { ...run, text: piece } });
    }
  }
  return out;
}

const wordCount = (runs: readonly Inline[]) =>
  runs.reduce((n, r) => n + (r.type === "text" ? words(r.text).length : 0), 0);

/** Counts the words of runs inserted or deleted whole. */
export function countAll(
  runs: readonly Inline[],
  type: Revision["type"],
  source: SourceRef | undefined,
  ctx: TrackContext,
): void {
  const n = wordCount(runs);
  ctx.count(source, type === "ins" ? n : 0, type === "del" ? n : 0);
}

/** Every run of one side as inserted (`ins`, from the new model) or deleted (`del`, from the old one). */
export function markAll(
  runs: readonly Inline[],
  type: Revision["type"],
  source: SourceRef | undefined,
  ctx: TrackContext,
  text = plainText(runs),
): Inline[] {
  const revision = ctx.attribute(type, source, text);
  return join(
    runs.map((run) => (run.type === "footnote" ? footnoteRef(run.n, type, ctx, revision) : { ...run, revision })),
  );
}

export function diffInlines(
  a: readonly Inline[],
  b: readonly Inline[],
  sources: { a?: SourceRef; b?: SourceRef },
  ctx: TrackContext,
): Inline[] {
  const ta = tokens(a, ctx.a);
  const tb = tokens(b, ctx.b);
  const out: Inline[] = [];
  let i = 0;
  let j = 0;
  let removed: Inline[] = [];
  let added: Inline[] = [];
  let changed = false;
  const flush = () => {
    if (removed.length + added.length === 0) return;
    changed = true;
    // One footnote reference replaced by one other: the same footnote, its text changed.
    const refsA = removed.filter((r) => r.type === "footnote");
    const refsB = added.filter((r) => r.type === "footnote");
    const paired = refsA.length === 1 && refsB.length === 1;
    if (paired) removed = removed.filter((r) => r.type !== "footnote");
    const del = markAll(removed, "del", sources.a, ctx);
    // Who inserted it is looked up by the new words with the two words before them, as in the source.
    const context = `${plainText(out).split(/\s+/).filter(Boolean).slice(-2).join(" ")} ${plainText(added)}`.trim();
    const ins = paired
      ? added.map((r) => (r.type === "footnote" ? r : markAll([r], "ins", sources.b, ctx, context)[0]!))
      : markAll(added, "ins", sources.b, ctx, context);
    if (paired) {
      const at = ins.findIndex((r) => r.type === "footnote" && r.revision === undefined);
      ins[at] = sharedFootnote((refsA[0] as { n: number }).n, (refsB[0] as { n: number }).n, ctx);
    }
    ctx.count(sources.b ?? sources.a, wordCount(added), 0);
    ctx.count(sources.a ?? sources.b, 0, wordCount(removed));
    out.push(...del, ...ins);
    removed = [];
    added = [];
  };
  for (const change of diffArrays(
    ta.map((t) => t.key),
    tb.map((t) => t.key),
  )) {
    if (change.removed) removed.push(...ta.slice(i, (i += change.count)).map((t) => t.inline));
    else if (change.added) added.push(...tb.slice(j, (j += change.count)).map((t) => t.inline));
    else {
      flush();
      for (let k = 0; k < change.count; k++, i++, j++) {
        const x = ta[i]!.inline;
        const y = tb[j]!.inline;
        out.push(x.type === "footnote" && y.type === "footnote" ? sharedFootnote(x.n, y.n, ctx) : y);
      }
    }
  }
  flush();
  if (changed) return join(out);
  // Nothing changed: the new runs as they are (only footnote numbers follow the tracked model).
  let k = 0;
  const refs = out.filter((r) => r.type === "footnote");
  return b.map((r) => (r.type === "footnote" ? refs[k++]! : r));
}

/** A reference to a footnote present on both sides; its text is compared word by word. */
function sharedFootnote(na: number, nb: number, ctx: TrackContext): Inline {
  const fa = ctx.a.get(na);
  const fb = ctx.b.get(nb);
  const slot: Footnote = { n: ctx.footnotes.length + 1, content: [] };
  ctx.footnotes.push(slot);
  slot.content = diffInlines(
    fa?.content ?? [],
    fb?.content ?? [],
    { ...(fa?.source ? { a: fa.source } : {}), ...(fb?.source ? { b: fb.source } : {}) },
    ctx,
  );
  if (fb?.source) slot.source = fb.source;
  ctx.footnoteLog.kept.push([na, nb, hasRevision(slot.content)]);
  return { type: "footnote", n: slot.n };
}

/** A reference to a footnote only one side has: the reference and the footnote's text are marked. */
function footnoteRef(n: number, type: Revision["type"], ctx: TrackContext, revision: Revision): Inline {
  const note = (type === "ins" ? ctx.b : ctx.a).get(n);
  const slot: Footnote = { n: ctx.footnotes.length + 1, content: [] };
  ctx.footnotes.push(slot);
  slot.content = markAll(note?.content ?? [], type, note?.source, ctx);
  ctx.count(
    note?.source,
    type === "ins" ? wordCount(note?.content ?? []) : 0,
    type === "del" ? wordCount(note?.content ?? []) : 0,
  );
  if (note?.source) slot.source = note.source;
  (type === "ins" ? ctx.footnoteLog.added : ctx.footnoteLog.removed).push(n);
  return { type: "footnote", n: slot.n, revision };
}

const hasRevision = (runs: readonly Inline[]) => runs.some((r) => r.revision !== undefined);

/** Neighbouring text runs with the same marks and the same revision become one run. */
function join(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (run.type === "text" && last?.type === "text" && sameRun(last, run))
      out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

function sameRun(x: TextRun, y: TextRun): boolean {
  return (
    MARKS.every((m) => x[m] === y[m]) &&
    x.revision?.type === y.revision?.type &&
    x.revision?.author === y.revision?.author &&
    x.revision?.date === y.revision?.date
  );
}
