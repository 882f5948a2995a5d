/**
 * Blocks of two revisions → the blocks of a tracked-changes model. Blocks are aligned (headings by
 * their outline section, paragraphs, lists and tables by their text); a pair is compared word by
 * word (a list item by item), a block only one side has is marked inserted or deleted whole.
 * Heading numbers and list markers that changed become the first run of their text, so a
 * renumbered heading ("2." → "3.") is a tracked change too.
 */
import type { Block, Heading, Inline, List, ListItem, Revision, SourceRef, Table } from "../model/report.js";
import { align, similarity } from "./align.js";
import { countAll, diffInlines, markAll, type TrackContext } from "./inline-diff.js";
import { plainText } from "./plain-text.js";
import { hasSpans, spanShape, trackTable } from "./track-table.js";

const rowText = (row: Table["rows"][number]) => row.map((c) => plainText(c.content)).find((t) => t.trim() !== "") ?? "";
const cellsText = (t: Table) => t.rows.map((row) => row.map((c) => plainText(c.content)).join("\u0001")).join("\u0002");
const itemText = (item: ListItem): string =>
  `${item.marker}${plainText(item.content)}\n${item.blocks.map(blockText).join("\n")}`;

export function blockText(block: Block): string {
  switch (block.type) {
    case "heading":
      return `${block.number} ${plainText(block.text)}`;
    case "paragraph":
      return plainText(block.content);
    case "list":
      return block.items.map(itemText).join("\n");
    case "table":
      return cellsText(block).replace(/[\u0001\u0002]/g, " ");
    case "figure":
      return `${block.image.path} ${plainText(block.caption)}`;
  }
}

function blockKey(block: Block): string {
  switch (block.type) {
    case "heading":
      return `h\u0000${block.section}`;
    case "paragraph":
      return `p\u0000${block.role}\u0000${plainText(block.content)}`;
    case "list":
      return `l\u0000${block.role}\u0000${blockText(block)}`;
    case "table":
      return `t\u0000${cellsText(block)}`;
    case "figure":
      return `f\u0000${block.image.path}\u0000${plainText(block.caption)}`;
  }
}

function pairable(x: Block, y: Block): boolean {
  if (x.type !== y.type) return false;
  if (x.type === "heading" && y.type === "heading") return x.level === y.level && x.section === y.section;
  if (x.type === "table" && y.type === "table")
    return columns(x) === columns(y) && (hasSpans(x) || hasSpans(y) ? spanShape(x) === spanShape(y) : true);
  // The same picture (a changed caption is tracked); another picture replaces the old one whole.
  if (x.type === "figure" && y.type === "figure") return x.image.path === y.image.path && x.image.data === y.image.data;
  if (
    (x.type === "paragraph" || x.type === "list") &&
    (y.type === "paragraph" || y.type === "list") &&
    x.role !== y.role
  )
    return false;
  return similarity(blockText(x), blockText(y)) >= 0.3;
}

const columns = (t: Table) => Math.max(t.widths.length, ...t.rows.map((r) => r.length));

const lead = (text: string): Inline[] => (text === "" ? [] : [{ type: "text", text }]);
const headingRuns = (h: Heading) => [...lead(h.number === "" ? "" : `${h.number} `), ...h.text];
const itemRuns = (item: ListItem) => [...lead(item.marker), ...item.content];

/** A heading's changes are reported as the section's own (renumbered, renamed), not as words. */
const uncounted = (ctx: TrackContext): TrackContext => ({ ...ctx, count: () => undefined });

export function trackBlocks(a: readonly Block[], b: readonly Block[], ctx: TrackContext): Block[] {
  return align(a, b, blockKey, pairable).map((step) => {
    if (step.a && step.b) return trackPair(step.a, step.b, ctx);
    if (step.b) return wholeBlock(step.b, "ins", ctx);
    return wholeBlock(step.a!, "del", ctx);
  });
}

const sides = (a: { source?: SourceRef }, b: { source?: SourceRef }) => ({
  ...(a.source ? { a: a.source } : {}),
  ...(b.source ? { b: b.source } : {}),
});

function trackPair(a: Block, b: Block, ctx: TrackContext): Block {
  if (a.type === "heading" && b.type === "heading") {
    const where = { file: "", unit: "", section: b.section };
    if (a.number === b.number)
      return { ...b, text: diffInlines(a.text, b.text, { a: where, b: where }, uncounted(ctx)) };
    return {
      ...b,
      number: "",
      text: diffInlines(headingRuns(a), headingRuns(b), { a: where, b: where }, uncounted(ctx)),
    };
  }
  if (a.type === "paragraph" && b.type === "paragraph")
    return { ...b, content: diffInlines(a.content, b.content, sides(a, b), ctx) };
  if (a.type === "list" && b.type === "list") return trackList(a, b, ctx);
  if (a.type === "table" && b.type === "table") return trackTable(a, b, ctx);
  if (a.type === "figure" && b.type === "figure")
    return { ...b, caption: diffInlines(a.caption, b.caption, sides(a, b), ctx) };
  throw new Error(`cannot compare a ${a.type} with a ${b.type}`);
}

/** Two versions of a list: items aligned by their text, a pair compared word by word (nested blocks too). */
function trackList(a: List, b: List, ctx: TrackContext): List {
  const where = sides(a, b);
  const steps = align(a.items, b.items, itemText, (x, y) => similarity(itemText(x), itemText(y)) >= 0.3);
  const items = steps.map((step): ListItem => {
    if (step.a && step.b) {
      const { a: x, b: y } = step;
      const blocks = trackBlocks(x.blocks, y.blocks, ctx);
      if (x.marker === y.marker) return { ...y, content: diffInlines(x.content, y.content, where, ctx), blocks };
      return { ...y, marker: "", content: diffInlines(itemRuns(x), itemRuns(y), where, ctx), blocks };
    }
    return wholeItem((step.b ?? step.a)!, step.b ? "ins" : "del", step.b ? b : a, ctx);
  });
  return { ...b, items };
}

function wholeItem(item: ListItem, type: Revision["type"], list: List, ctx: TrackContext): ListItem {
  countAll(item.content, type, list.source, ctx);
  const runs = itemRuns(item);
  return {
    marker: "",
    content: markAll(runs, type, list.source, ctx),
    blocks: item.blocks.map((block) => wholeBlock(block, type, ctx)),
    revision: ctx.attribute(type, list.source, plainText(runs)),
  };
}

/** A block one side has and the other has not: every run and the block itself are marked. */
export function wholeBlock(block: Block, type: Revision["type"], ctx: TrackContext): Block {
  switch (block.type) {
    case "heading": {
      const where = { file: "", unit: "", section: block.section };
      const runs = headingRuns(block);
      return {
        ...block,
        number: "",
        text: markAll(runs, type, where, uncounted(ctx)),
        revision: ctx.attribute(type, where, plainText(runs)),
      };
    }
    case "paragraph":
      countAll(block.content, type, block.source, ctx);
      return {
        ...block,
        content: markAll(block.content, type, block.source, ctx),
        revision: ctx.attribute(type, block.source, plainText(block.content)),
      };
    case "list":
      return { ...block, items: block.items.map((item) => wholeItem(item, type, block, ctx)) };
    case "table":
      block.rows.forEach((row) => row.forEach((cell) => countAll(cell.content, type, block.source, ctx)));
      if (block.caption) countAll(block.caption, type, block.source, ctx);
      return {
        ...block,
        ...(block.caption ? { caption: markAll(block.caption, type, block.source, ctx) } : {}),
        rows: block.rows.map((row) =>
          row.map((cell) => ({ ...cell, content: markAll(cell.content, type, block.source, ctx) })),
        ),
        rowRevisions: block.rows.map((row) => ctx.attribute(type, block.source, rowText(row))),
        revision: ctx.attribute(type, block.source, plainText(block.caption ?? []) || rowText(block.rows[0] ?? [])),
      };
    case "figure":
      countAll(block.caption, type, block.source, ctx);
      return {
        ...block,
        caption: markAll(block.caption, type, block.source, ctx),
        revision: ctx.attribute(type, block.source, plainText(block.caption) || block.image.path),
      };
  }
}
