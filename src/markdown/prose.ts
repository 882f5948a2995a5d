/**
 * The prose stage: the Markdown of each fragment (and of the frame's Markdown fields) → blocks and
 * inline runs, one file at a time, its problems reported on that file.
 *
 * Footnotes are numbered 1…k inside each piece of prose, in the order it was converted; the merge
 * stage renumbers them through the report in reading order (merge/number-footnotes.ts). Within a
 * fragment the order is body, items, carried tasks, planned tasks — the order they are read in.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Fragment } from "../input/fragment-types.js";
import type { Block, Footnote, Inline, List, Paragraph } from "../model/report.js";
import { scalarMapper } from "../yaml/yaml-position.js";
import type { BlockRole } from "./blocks.js";
import { FootnoteScope } from "./footnote-scope.js";
import { markdownToBlocks, markdownToInlines } from "./index.js";
import type { MarkdownSource } from "./source.js";
import { periodDirOf, type Resources } from "./resources.js";

/** Converted Markdown and the footnotes it refers to, numbered locally from 1. */
export interface Prose<T> {
  content: T;
  footnotes: Footnote[];
}

export interface CarriedProse {
  task: Inline[];
  note?: Inline[];
  reason?: Inline[];
}

export interface FragmentProse {
  /** The `body` as blocks (none when it holds no text). */
  body: Block[];
  /** The `items:` as blocks, by item id, in the fragment's order. */
  items: Map<string, Block[]>;
  /** Each planned task of `tasks:`, one paragraph of inline content. */
  tasks: Inline[][];
  /** By index of `carried:`; null for a task whose status is not set (it prints nothing). */
  carried: Array<CarriedProse | null>;
  /** Local footnotes of all the fragment's fields: labels are local to a fragment. */
  footnotes: Footnote[];
  diagnostics: Diagnostic[];
}

/** A Markdown field whose text came from a template or a report file, with the way back to where it was written. */
export interface ProseSource {
  text: string;
  file: string;
  map: MarkdownSource["map"];
}

function localScope(): FootnoteScope {
  let n = 0;
  return new FootnoteScope(() => ++n);
}

/**
 * What each fragment converted to, per parsed file. A World that returns the same bytes for an
 * unchanged file gets the same parsed YamlFile back (input/read-yaml-file.ts), so `preview`
 * converts only the fragment that changed; the node World parses afresh, so nothing is kept for it.
 * The key holds every field the conversion reads besides the file's positions; a result is used
 * again only while the files the body named (CSV, images) read as the very same bytes. Results
 * are shared: callers never change them.
 */
interface Converted {
  prose: FragmentProse;
  /** Each file the conversion read, with what the World answered. */
  read: Map<string, { bytes: Uint8Array | undefined; inside: boolean }>;
}
const convertedBefore = new WeakMap<Fragment["yaml"], Map<string, Converted>>();

/** `world` is where the files a body names (CSV data, images) are read from; without it they cannot be used. */
export function proseOfFragment(f: Fragment, world?: Resources["world"]): FragmentProse {
  const key = JSON.stringify([f.file, f.unit, f.section, f.body, f.tasks, f.carried, world !== undefined]);
  let kept = convertedBefore.get(f.yaml);
  if (!kept) convertedBefore.set(f.yaml, (kept = new Map()));
  const before = kept.get(key);
  const unchanged = (c: Converted) =>
    [...c.read].every(
      ([path, r]) => world !== undefined && world.readFile(path) === r.bytes && world.isInside(path) === r.inside,
    );
  if (before && unchanged(before)) return before.prose;
  const read: Converted["read"] = new Map();
  const recording: Resources["world"] | undefined = world && {
    readFile(path) {
      const bytes = world.readFile(path);
      read.set(path, { bytes, inside: world.isInside(path) });
      return bytes;
    },
    isInside: (path) => world.isInside(path),
  };
  const prose = convertFragment(f, recording);
  kept.set(key, { prose, read });
  return prose;
}

function convertFragment(f: Fragment, world?: Resources["world"]): FragmentProse {
  const scope = localScope();
  const diagnostics: Diagnostic[] = [];
  const src = (text: string, path: Array<string | number>): MarkdownSource => ({
    text,
    file: f.file,
    unit: f.unit,
    section: f.section,
    map: scalarMapper(f.yaml, path),
  });
  const inline = (text: string, path: Array<string | number>) => {
    const r = markdownToInlines(src(text, path), scope);
    diagnostics.push(...r.diagnostics);
    return r.content;
  };
  let body: Block[] = [];
  if (f.body !== undefined && f.body.trim() !== "") {
    const resources = world ? { resources: { world, baseDir: periodDirOf(f.file) } } : {};
    const r = markdownToBlocks({ ...src(f.body, ["body"]), ...resources }, scope, "body");
    diagnostics.push(...r.diagnostics);
    body = r.blocks;
  }
  const items = new Map<string, Block[]>();
  for (const item of f.items) {
    const r = markdownToBlocks(src(item.text, ["items", item.id]), scope, "body");
    diagnostics.push(...r.diagnostics);
    items.set(item.id, r.blocks);
  }
  // A carried task whose status nobody has set is not printed, so its text is not converted either.
  const carried = f.carried.map((c, i) =>
    c.status == null
      ? null
      : {
          task: inline(c.task, ["carried", i, "task"]),
          ...(c.note ? { note: inline(c.note, ["carried", i, "note"]) } : {}),
          ...(c.reason ? { reason: inline(c.reason, ["carried", i, "reason"]) } : {}),
        },
  );
  const tasks = f.tasks.map((task, i) => inline(task, ["tasks", i]));
  const finished = scope.finish();
  return {
    body,
    items,
    tasks,
    carried,
    footnotes: finished.footnotes,
    diagnostics: [...diagnostics, ...finished.diagnostics],
  };
}

/** The Markdown fields of a rendered frame (frame/frame-report.ts gives them). */
export interface FrameFields {
  preamble: readonly ProseSource[];
  closing: ProseSource;
  /** Rendered `summary` templates, by section id. */
  summaries: ReadonlyMap<string, ProseSource>;
}

export interface FrameProse {
  /** The preamble's paragraphs, sharing one footnote scope. */
  preamble: Prose<Array<Paragraph | List>>;
  closing: Prose<Array<Paragraph | List>>;
  /** Only the summaries with text, by section id, each with its own footnotes. */
  summaries: Map<string, Prose<Block[]>>;
  diagnostics: Diagnostic[];
}

/** The frame's Markdown fields → blocks: the preamble, the closing and the section summaries. */
export function proseOfFrame(fields: FrameFields): FrameProse {
  const preamble = proseOfFields(fields.preamble, "preamble", "preamble");
  const closing = fields.closing.text.trim()
    ? proseOfFields([fields.closing], "closing", "closing")
    : { content: [], footnotes: [], diagnostics: [] };
  const diagnostics = [...preamble.diagnostics, ...closing.diagnostics];
  const summaries = new Map<string, Prose<Block[]>>();
  for (const [id, field] of fields.summaries) {
    if (!field.text.trim()) continue;
    const r = proseOfField(field, id);
    diagnostics.push(...r.diagnostics);
    summaries.set(id, { content: r.content, footnotes: r.footnotes });
  }
  return {
    preamble: { content: preamble.content, footnotes: preamble.footnotes },
    closing: { content: closing.content, footnotes: closing.footnotes },
    summaries,
    diagnostics,
  };
}

/** Fields that share one footnote scope (the preamble's paragraphs), converted in order. */
function proseOfFields(
  fields: readonly ProseSource[],
  role: BlockRole,
  section: string,
): Prose<Array<Paragraph | List>> & { diagnostics: Diagnostic[] } {
  const scope = localScope();
  const diagnostics: Diagnostic[] = [];
  const content: Array<Paragraph | List> = [];
  for (const field of fields) {
    const r = markdownToBlocks({ text: field.text, file: field.file, unit: "", section, map: field.map }, scope, role);
    diagnostics.push(...r.diagnostics);
    // Paragraphs and lists; a table there is left out.
    content.push(...r.blocks.filter((b): b is Paragraph | List => b.type === "paragraph" || b.type === "list"));
  }
  const finished = scope.finish();
  return { content, footnotes: finished.footnotes, diagnostics: [...diagnostics, ...finished.diagnostics] };
}

/** One field of its own (a section's summary): every block kind. */
function proseOfField(field: ProseSource, section: string): Prose<Block[]> & { diagnostics: Diagnostic[] } {
  const scope = localScope();
  const r = markdownToBlocks({ text: field.text, file: field.file, unit: "", section, map: field.map }, scope, "body");
  const finished = scope.finish();
  return { content: r.blocks, footnotes: finished.footnotes, diagnostics: [...r.diagnostics, ...finished.diagnostics] };
}
