/**
 * `bcreport diff <rev-a> <rev-b> [period]`: build the models of the repository at two git
 * revisions (through gitWorld, no checkout) and say which sections and units changed, with words
 * added and removed. Returns data; the CLI renders it as Markdown for a pull-request comment.
 */
import { buildModels } from "../pipeline.js";
import { printedBlocks } from "../model/printed-blocks.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { CONFIG_FILE } from "../input/read-config.js";
import { loadConfig } from "../validate/load-config.js";
import type { Inline, ReportModel } from "../model/report.js";
import type { World } from "../world.js";
import { changedBetween, requireRevision } from "../git/git.js";
import { gitWorld } from "../git/git-world.js";
import { periodFolders } from "../input/period-folders.js";
import { wordDiff } from "./word-diff.js";

export interface UnitChange {
  unit: string;
  added: number;
  removed: number;
}

export interface SectionChange {
  section: string;
  /** The heading as printed at the newer revision (else the older): "1. Công tác tham mưu". */
  heading: string;
  units: UnitChange[];
}

export interface ReportChange {
  period: string;
  kind: string;
  /** Present only at the newer revision, only at the older, or at both. */
  status: "added" | "removed" | "changed";
  sections: SectionChange[];
}

export interface DiffResult {
  a: string;
  b: string;
  periods: string[];
  reports: ReportChange[];
  /** Error counts of revisions whose reports could not be built (those reports are left out). */
  failures: Array<{ rev: string; period: string; errors: number }>;
}

const plain = (content: Inline[]) => content.map((r) => (r.type === "text" ? r.text : " ")).join("");

/** Text of each (section, unit) of a model: body paragraphs, tasks, tables and footnotes. */
function textByUnit(model: ReportModel): Map<string, string> {
  const out = new Map<string, string>();
  const add = (section: string, unit: string, text: string) => {
    const key = `${section}\u0000${unit}`;
    out.set(key, (out.get(key) ?? "") + "\n" + text);
  };
  for (const b of printedBlocks(model.body)) {
    if (b.type === "paragraph" && b.source) add(b.source.section, b.source.unit, b.marker + plain(b.content));
    else if (b.type === "table" && b.source) add(b.source.section, b.source.unit, b.rows.map((r) => r.map((c) => plain(c.content)).join(" ")).join("\n"));
  }
  for (const f of model.footnotes) if (f.source?.unit) add(f.source.section, f.source.unit, plain(f.content));
  return out;
}

function headings(model: ReportModel | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of model?.body ?? []) if (b.type === "heading") out.set(b.section, `${b.number ? b.number + " " : ""}${plain(b.text)}`);
  return out;
}

/** Compare the models of one report at two revisions. */
export function diffModels(before: ReportModel | undefined, after: ReportModel | undefined): SectionChange[] {
  const a = before ? textByUnit(before) : new Map<string, string>();
  const b = after ? textByUnit(after) : new Map<string, string>();
  const titles = new Map([...headings(before), ...headings(after)]);
  const order = [...(after ?? before)!.body.filter((x) => x.type === "heading").map((x) => (x.type === "heading" ? x.section : ""))];
  const bySection = new Map<string, UnitChange[]>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const d = wordDiff(a.get(key) ?? "", b.get(key) ?? "");
    if (d.added === 0 && d.removed === 0) continue;
    const [section, unit] = key.split("\u0000") as [string, string];
    if (!bySection.has(section)) bySection.set(section, []);
    bySection.get(section)!.push({ unit, ...d });
  }
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  return [...bySection]
    .sort(([x], [y]) => rank(x) - rank(y) || (x < y ? -1 : 1))
    .map(([section, units]) => ({ section, heading: titles.get(section) ?? section, units: units.sort((x, y) => (x.unit < y.unit ? -1 : 1)) }));
}

/** Periods touched between the revisions; every period when bcreport.yaml or a template changed. */
function touchedPeriods(root: string, a: string, b: string, worlds: World[]): string[] {
  const { config } = loadConfig(worlds[1]!);
  const reports = config?.reportsDir ?? "reports";
  const templates = config?.templatesDir ?? "templates";
  const changed = changedBetween(root, a, b);
  const all = [...new Set(worlds.flatMap((w) => periodFolders(w, reports)))].sort();
  if (changed.some((f) => f === CONFIG_FILE || f.startsWith(`${templates}/`))) return all;
  return all.filter((p) => changed.some((f) => f.startsWith(`${reports}/${p}/`)));
}

export async function diffRevisions(root: string, a: string, b: string, period?: string): Promise<DiffResult> {
  requireRevision(root, a);
  requireRevision(root, b);
  const worlds = [gitWorld(root, a), gitWorld(root, b)];
  const periods = period ? [period] : touchedPeriods(root, a, b, worlds);
  const reports: ReportChange[] = [];
  const failures: DiffResult["failures"] = [];
  for (const p of periods) {
    const built: ReportModel[][] = [];
    for (const [i, world] of worlds.entries()) {
      const r = await buildModels({ periods: [p] }, world);
      const errors = r.diagnostics.filter((d: Diagnostic) => d.severity === "error" && d.rule !== "no-period").length;
      if (errors) failures.push({ rev: i ? b : a, period: p, errors });
      built.push(r.models);
    }
    const kinds = [...new Set(built.flat().map((m) => m.meta.kind))].sort();
    for (const kind of kinds) {
      const before = built[0]!.find((m) => m.meta.kind === kind);
      const after = built[1]!.find((m) => m.meta.kind === kind);
      const sections = diffModels(before, after);
      if (before && after && sections.length === 0) continue;
      reports.push({ period: p, kind, status: !before ? "added" : !after ? "removed" : "changed", sections });
    }
  }
  return { a, b, periods, reports, failures };
}
