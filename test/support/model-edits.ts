/**
 * Random edits of a report model, for property tests of the tracked-changes DOCX: words replaced,
 * inserted and deleted in paragraphs, headings, table cells, footnotes and frame lines; paragraphs,
 * rows and recipient lines added and removed; footnotes inserted before others and removed. The
 * edited model is renumbered the way merge numbers footnotes (reading order).
 */
import fc from "fast-check";
import type { Block, Footnote, Inline, ListItem, ReportModel } from "../../src/model/report.js";

export type Edit =
  | { op: "words"; target: number; at: number; remove: number; insert: string }
  | { op: "drop-block"; target: number }
  | { op: "add-paragraph"; target: number; text: string }
  | { op: "add-footnote"; target: number; text: string }
  | { op: "drop-footnote"; target: number }
  | { op: "footnote-words"; target: number; at: number; remove: number; insert: string }
  | { op: "drop-row"; target: number; row: number }
  | { op: "add-row"; target: number; row: number; text: string }
  | { op: "frame"; field: number; at: number; remove: number; insert: string };

const word = fc.constantFrom("mới", "sửa", "Sở", "KH&CN", "05", "tỉnh", "báo cáo", "2023", "nhiệm vụ", "đã", "x");
const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const index = fc.nat(1000);

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant("words" as const),
    target: index,
    at: index,
    remove: fc.nat(3),
    insert: fc.oneof(fc.constant(""), phrase),
  }),
  fc.record({ op: fc.constant("drop-block" as const), target: index }),
  fc.record({ op: fc.constant("add-paragraph" as const), target: index, text: phrase }),
  fc.record({ op: fc.constant("add-footnote" as const), target: index, text: phrase }),
  fc.record({ op: fc.constant("drop-footnote" as const), target: index }),
  fc.record({
    op: fc.constant("footnote-words" as const),
    target: index,
    at: index,
    remove: fc.nat(3),
    insert: fc.oneof(fc.constant(""), phrase),
  }),
  fc.record({ op: fc.constant("drop-row" as const), target: index, row: index }),
  fc.record({ op: fc.constant("add-row" as const), target: index, row: index, text: phrase }),
  fc.record({
    op: fc.constant("frame" as const),
    field: index,
    at: index,
    remove: fc.nat(3),
    insert: fc.oneof(fc.constant(""), phrase),
  }),
);

/** Replaces `remove` words at word `at` of a text with `insert`. */
export function editWords(text: string, at: number, remove: number, insert: string): string {
  const words = text.split(" ");
  const i = words.length ? at % (words.length + 1) : 0;
  words.splice(i, remove, ...(insert ? insert.split(" ") : []));
  return words.join(" ");
}

function editRuns(runs: Inline[], at: number, remove: number, insert: string): Inline[] {
  const texts = runs.map((r, i) => [r, i] as const).filter(([r]) => r.type === "text");
  if (texts.length === 0) return insert ? [...runs, { type: "text", text: insert }] : runs;
  const [run, i] = texts[at % texts.length]!;
  const out = [...runs];
  out[i] = {
    ...(run as Extract<Inline, { type: "text" }>),
    text: editWords((run as { text: string }).text, at, remove, insert),
  };
  return out.filter((r) => r.type !== "text" || r.text !== "");
}

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

export function applyEdits(model: ReportModel, edits: readonly Edit[]): ReportModel {
  const m = structuredClone(model);
  let nextFootnote = 10_000;
  const notes = new Map<number, Footnote>(m.footnotes.map((f) => [f.n, f]));
  /** Paragraphs and list items (nested too): everything with a `content` of its own. */
  type Holder = { content: Inline[]; source?: Extract<Block, { type: "paragraph" }>["source"] };
  const holders = (blocks: readonly Block[], source?: Holder["source"]): Holder[] =>
    blocks.flatMap((b): Holder[] =>
      b.type === "paragraph"
        ? [b]
        : b.type === "list"
          ? b.items.flatMap((item: ListItem) => [item as Holder, ...holders(item.blocks, b.source ?? source)])
          : [],
    );
  const paragraphs = () => holders([...m.preamble, ...m.body]);
  const tables = () => m.body.filter((b): b is Extract<Block, { type: "table" }> => b.type === "table");
  for (const e of edits) {
    switch (e.op) {
      case "words": {
        const blocks = m.body.filter((b) => b.type !== "table");
        const b = pick(blocks, e.target);
        if (b?.type === "paragraph") b.content = editRuns(b.content, e.at, e.remove, e.insert);
        if (b?.type === "heading") b.text = editRuns(b.text, e.at, e.remove, e.insert);
        if (b?.type === "list") {
          const item = pick(holders([b]), e.at);
          if (item) item.content = editRuns(item.content, e.at, e.remove, e.insert);
        }
        break;
      }
      case "drop-block":
        if (m.body.length > 1) m.body.splice(e.target % m.body.length, 1);
        break;
      case "add-paragraph": {
        const source = pick(paragraphs(), e.target)?.source;
        m.body.splice(e.target % (m.body.length + 1), 0, {
          type: "paragraph",
          role: "body",
          content: [{ type: "text", text: e.text }],
          ...(source ? { source } : {}),
        });
        break;
      }
      case "add-footnote": {
        const p = pick(paragraphs(), e.target);
        if (!p) break;
        const n = nextFootnote++;
        notes.set(n, { n, content: [{ type: "text", text: e.text }], ...(p.source ? { source: p.source } : {}) });
        p.content.splice(e.target % (p.content.length + 1), 0, { type: "footnote", n });
        break;
      }
      case "drop-footnote": {
        const p = pick(
          paragraphs().filter((x) => x.content.some((r) => r.type === "footnote")),
          e.target,
        );
        if (p)
          p.content.splice(
            p.content.findIndex((r) => r.type === "footnote"),
            1,
          );
        break;
      }
      case "footnote-words": {
        const f = pick([...notes.values()], e.target);
        if (f) f.content = editRuns(f.content, e.at, e.remove, e.insert);
        break;
      }
      case "drop-row": {
        const t = pick(tables(), e.target);
        if (t && t.rows.length > t.headerRows + 1)
          t.rows.splice(t.headerRows + (e.row % (t.rows.length - t.headerRows)), 1);
        break;
      }
      case "add-row": {
        const t = pick(tables(), e.target);
        if (t)
          t.rows.splice(
            t.headerRows + (e.row % (t.rows.length - t.headerRows + 1)),
            0,
            t.rows[0]!.map((_, c) => ({ content: [{ type: "text", text: `${e.text} ${c}` }] })),
          );
        break;
      }
      case "frame":
        editFrame(m, e);
        break;
    }
  }
  return renumberFootnotes(m, notes);
}

function editFrame(m: ReportModel, e: Extract<Edit, { op: "frame" }>): void {
  const f = m.frame;
  const w = (s: string) => editWords(s, e.at, e.remove, e.insert) || "x";
  switch (e.field % 10) {
    case 0:
      f.header.numberLine = w(f.header.numberLine);
      break;
    case 1:
      f.header.dateLine = w(f.header.dateLine);
      break;
    case 2:
      f.title = f.title.map((t, i) => (i === e.at % f.title.length ? w(t) : t));
      break;
    case 3:
      f.signature.name = w(f.signature.name);
      break;
    case 4:
      f.signature.lines = e.insert
        ? [...f.signature.lines.slice(0, 1), e.insert.toUpperCase(), ...f.signature.lines.slice(1)]
        : f.signature.lines.slice(1);
      break;
    case 5:
      if (e.insert) f.recipients.lines.splice(e.at % (f.recipients.lines.length + 1), 0, { text: `- ${e.insert};` });
      else if (f.recipients.lines.length > 1) f.recipients.lines.splice(e.at % f.recipients.lines.length, 1);
      break;
    case 6:
      f.header.agency = f.header.agency.map(w);
      break;
    case 7: {
      const c = f.closing[0];
      if (c?.type === "paragraph") c.content = editRuns(c.content, e.at, e.remove, e.insert);
      break;
    }
    case 8: {
      const p = m.preamble[e.at % Math.max(1, m.preamble.length)];
      if (p?.type === "paragraph") p.content = editRuns(p.content, e.at, e.remove, e.insert);
      break;
    }
    case 9:
      if (e.insert && !f.kinhGui) f.kinhGui = { label: "Kính gửi", heading: `Kính gửi: UBND ${e.insert}`, lines: [] };
      else if (e.insert && f.kinhGui)
        f.kinhGui.lines.splice(e.at % (f.kinhGui.lines.length + 1), 0, `- UBND ${e.insert};`);
      else if (f.kinhGui?.lines.length) f.kinhGui.lines.splice(e.at % f.kinhGui.lines.length, 1);
      else delete f.kinhGui;
      break;
  }
}

/** Footnotes numbered 1, 2, … in reading order, as merge numbers them; unreferenced ones dropped. */
function renumberFootnotes(m: ReportModel, notes: Map<number, Footnote>): ReportModel {
  const footnotes: Footnote[] = [];
  const renumber = (runs: Inline[]) =>
    runs.map((r) => {
      if (r.type !== "footnote") return r;
      const note = notes.get(r.n)!;
      footnotes.push({ ...note, n: footnotes.length + 1 });
      return { ...r, n: footnotes.length };
    });
  const block = (b: Block): Block => {
    if (b.type === "paragraph") return { ...b, content: renumber(b.content) };
    if (b.type === "table") return { ...b, rows: b.rows.map((r) => r.map((c) => ({ content: renumber(c.content) }))) };
    if (b.type === "list")
      return {
        ...b,
        items: b.items.map((item) => ({ ...item, content: renumber(item.content), blocks: item.blocks.map(block) })),
      };
    return b;
  };
  m.preamble = m.preamble.map((p) => block(p) as typeof p);
  m.body = m.body.map(block);
  m.frame.closing = m.frame.closing.map((p) => block(p) as typeof p);
  m.footnotes = footnotes;
  return m;
}
