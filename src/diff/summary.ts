/**
 * What changed in one report between two revisions, as data: the frame fields first (number,
 * date, title, Kính gửi, preamble, closing, Nơi nhận, signer …), then the sections × units with
 * words added and removed (body text, tasks, metrics, tables and footnotes all belong to the
 * section and unit they came from), then the footnotes: added, removed, changed and renumbered.
 */
import { printedBlocks } from "../model/printed-blocks.js";
import type { Frame, Heading, ReportModel } from "../model/report.js";
import { wordDiff } from "./word-diff.js";
import { plainText } from "./plain-text.js";
import type { Tracked } from "./tracked-model.js";

export interface FrameChange {
  /** number | date | docType | title | agency | kinhGui | preamble | closing | recipients | signer */
  field: string;
  before: string;
  after: string;
  added: number;
  removed: number;
}

export interface UnitChange {
  /** The unit id; "" for text no unit wrote (the outline's own rows, metrics from bcreport.yaml). */
  unit: string;
  added: number;
  removed: number;
}

export interface SectionChange {
  section: string;
  /** The heading as printed at the newer revision (else the older): "1. Công tác tham mưu". */
  heading: string;
  /** The section itself is new, gone, or has a new title (its number may change without this). */
  status?: "added" | "removed" | "renamed";
  units: UnitChange[];
}

export interface FootnoteChanges {
  added: number;
  removed: number;
  /** Footnotes on both sides whose text changed. */
  changed: number;
  /** Runs of footnotes that kept their text but moved: "15–20 became 16–21". */
  renumbered: Array<{ from: [number, number]; to: [number, number] }>;
}

export interface ReportSummary {
  frame: FrameChange[];
  sections: SectionChange[];
  footnotes: FootnoteChanges;
}

const blockText = (blocks: Frame["closing"]) =>
  printedBlocks(blocks)
    .map((p) => (p.type === "paragraph" ? `${p.marker}${plainText(p.content)}` : ""))
    .join("\n");

/** The frame as the fields a reader names, each as one text. */
function frameFields(m: ReportModel | undefined): Record<string, string> {
  if (!m) return {};
  const f = m.frame;
  return {
    number: f.header.numberLine,
    date: f.header.dateLine,
    docType: f.docType,
    title: f.title.join("\n"),
    agency: [...f.header.parentAgency, ...f.header.agency].join("\n"),
    kinhGui: f.kinhGui ? [f.kinhGui.heading, ...f.kinhGui.lines].join("\n") : "",
    preamble: blockText(m.preamble),
    closing: blockText(f.closing),
    recipients: [f.recipients.heading, ...f.recipients.lines.map((l) => l.text)].join("\n"),
    signer: [...f.signature.lines, f.signature.name].join("\n"),
  };
}

function frameChanges(a: ReportModel | undefined, b: ReportModel | undefined): FrameChange[] {
  const x = frameFields(a);
  const y = frameFields(b);
  const out: FrameChange[] = [];
  for (const field of Object.keys({ ...x, ...y })) {
    const before = x[field] ?? "";
    const after = y[field] ?? "";
    if (before !== after) out.push({ field, before, after, ...wordDiff(before, after) });
  }
  return out;
}

const headings = (m: ReportModel | undefined) =>
  new Map((m?.body ?? []).filter((x): x is Heading => x.type === "heading").map((h) => [h.section, h] as const));
const printed = (h: Heading) => `${h.number ? `${h.number} ` : ""}${plainText(h.text)}`;

function sectionChanges(a: ReportModel | undefined, b: ReportModel | undefined, tracked: Tracked): SectionChange[] {
  const ha = headings(a);
  const hb = headings(b);
  const order = [...hb.keys(), ...[...ha.keys()].filter((s) => !hb.has(s))];
  const units = new Map<string, UnitChange[]>();
  for (const w of tracked.words) {
    if (!units.has(w.section)) units.set(w.section, []);
    units.get(w.section)!.push({ unit: w.unit, added: w.added, removed: w.removed });
  }
  const out: SectionChange[] = [];
  for (const section of [...order, ...[...units.keys()].filter((s) => !order.includes(s))]) {
    const x = ha.get(section);
    const y = hb.get(section);
    const status =
      x && !y
        ? "removed"
        : y && !x && a
          ? "added"
          : x && y && plainText(x.text) !== plainText(y.text)
            ? "renamed"
            : undefined;
    const changed = (units.get(section) ?? []).sort((p, q) => (p.unit < q.unit ? -1 : p.unit > q.unit ? 1 : 0));
    if (!status && changed.length === 0) continue;
    const heading = y ?? x;
    out.push({ section, heading: heading ? printed(heading) : section, ...(status ? { status } : {}), units: changed });
  }
  return out;
}

/** Consecutive moves by the same offset, as ranges: [[15,16],[16,17],[17,18]] → 15–17 became 16–18. */
function renumbered(kept: ReadonlyArray<[number, number, boolean]>): FootnoteChanges["renumbered"] {
  const out: FootnoteChanges["renumbered"] = [];
  for (const [x, y] of [...kept].filter(([x, y]) => x !== y).sort((p, q) => p[0] - q[0])) {
    const last = out[out.length - 1];
    if (last && last.from[1] === x - 1 && last.to[1] === y - 1) ((last.from[1] = x), (last.to[1] = y));
    else out.push({ from: [x, x], to: [y, y] });
  }
  return out;
}

export function summarise(a: ReportModel | undefined, b: ReportModel | undefined, tracked: Tracked): ReportSummary {
  const log = tracked.footnotes;
  return {
    frame: frameChanges(a, b),
    sections: sectionChanges(a, b, tracked),
    footnotes: {
      added: log.added.length,
      removed: log.removed.length,
      changed: log.kept.filter(([, , c]) => c).length,
      renumbered: renumbered(log.kept),
    },
  };
}
