/**
 * Blocks of two revisions → the blocks of a tracked-changes model. Blocks are aligned (headings by
 * their outline section, paragraphs and tables by their text); a pair is compared word by word, a
 * block only one side has is marked inserted or deleted whole. Heading numbers and list markers
 * become the first run of their text, so a renumbered heading ("2." → "3.") is a tracked change too.
 */
import type { Block, Heading, Inline, Paragraph, Revision, Table } from "../model/report.js";
import { align, similarity } from "./align.js";
import { countAll, diffInlines, markAll, type TrackContext } from "./inline-diff.js";
import { plainText } from "./plain-text.js";
import { trackTable } from "./track-table.js";

const rowText = (row: Table["rows"][number]) => row.map((c) => plainText(c.content)).find((t) => t.trim() !== "") ?? "";
const cellsText = (t: Table) => t.rows.map((row) => row.map((c) => plainText(c.content)).join("\u0001")).join("\u0002");

export function blockText(block: Block): string {
  switch (block.type) {
    case "heading":
      return `${block.number} ${plainText(block.text)}`;
    case "paragraph":
      return `${block.marker}${plainText(block.content)}`;
    case "table":
      return cellsText(block).replace(/[\u0001\u0002]/g, " ");
  }
}

function blockKey(block: Block): string {
  switch (block.type) {
    case "heading":
      return `h\u0000${block.section}`;
    case "paragraph":
      return `p\u0000${block.role}\u0000${block.depth}\u0000${block.marker}${plainText(block.content)}`;
    case "table":
      return `t\u0000${cellsText(block)}`;
  }
}

function pairable(x: Block, y: Block): boolean {
  if (x.type !== y.type) return false;
  if (x.type === "heading" && y.type === "heading") return x.level === y.level && x.section === y.section;
  if (x.type === "table" && y.type === "table") return columns(x) === columns(y);
  if (x.type === "paragraph" && y.type === "paragraph" && x.role !== y.role) return false;
  return similarity(blockText(x), blockText(y)) >= 0.3;
}

const columns = (t: Table) => Math.max(t.widths.length, ...t.rows.map((r) => r.length));

const lead = (text: string): Inline[] => (text === "" ? [] : [{ kind: "text", text }]);
const headingRuns = (h: Heading) => [...lead(h.number === "" ? "" : `${h.number} `), ...h.text];
const paragraphRuns = (p: Paragraph) => [...lead(p.marker), ...p.content];

export function trackBlocks(a: readonly Block[], b: readonly Block[], ctx: TrackContext): Block[] {
  return align(a, b, blockKey, pairable).map((step) => {
    if (step.a && step.b) return trackPair(step.a, step.b, ctx);
    if (step.b) return wholeBlock(step.b, "ins", ctx);
    return wholeBlock(step.a!, "del", ctx);
  });
}

function trackPair(a: Block, b: Block, ctx: TrackContext): Block {
  if (a.type === "heading" && b.type === "heading") {
    // A heading's changes are reported as the section's own (renumbered, renamed), not as words.
    const where = { file: "", unit: "", section: b.section };
    if (a.number === b.number) return { ...b, text: diffInlines(a.text, b.text, { a: where, b: where }, uncounted(ctx)) };
    return { ...b, number: "", text: diffInlines(headingRuns(a), headingRuns(b), { a: where, b: where }, uncounted(ctx)) };
  }
  if (a.type === "paragraph" && b.type === "paragraph") {
    if (a.marker === b.marker) return { ...b, content: diffInlines(a.content, b.content, sides(a, b), ctx) };
    return { ...b, marker: "", content: diffInlines(paragraphRuns(a), paragraphRuns(b), sides(a, b), ctx) };
  }
  if (a.type === "table" && b.type === "table") return trackTable(a, b, ctx);
  throw new Error(`cannot compare a ${a.type} with a ${b.type}`);
}

const uncounted = (ctx: TrackContext): TrackContext => ({ ...ctx, count: () => undefined });

const sides = (a: Paragraph | Table, b: Paragraph | Table) => ({ ...(a.source ? { a: a.source } : {}), ...(b.source ? { b: b.source } : {}) });

/** A block one side has and the other has not: every run and the block itself are marked. */
export function wholeBlock(block: Block, type: Revision["type"], ctx: TrackContext): Block {
  switch (block.type) {
    case "heading": {
      const where = { file: "", unit: "", section: block.section };
      const runs = headingRuns(block);
      return { ...block, number: "", text: markAll(runs, type, where, uncounted(ctx)), revision: ctx.attribute(type, where, plainText(runs)) };
    }
    case "paragraph":
      countAll(block.content, type, block.source, ctx);
      const runs = paragraphRuns(block);
      return { ...block, marker: "", content: markAll(runs, type, block.source, ctx), revision: ctx.attribute(type, block.source, plainText(runs)) };
    case "table":
      block.rows.forEach((row) => row.forEach((cell) => countAll(cell.content, type, block.source, ctx)));
      return {
        ...block,
        rows: block.rows.map((row) => row.map((cell) => ({ content: markAll(cell.content, type, block.source, ctx) }))),
        rowRevisions: block.rows.map((row) => ctx.attribute(type, block.source, rowText(row))),
      };
  }
}
