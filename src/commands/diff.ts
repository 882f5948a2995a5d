/**
 * `bcreport diff <rev-a> <rev-b> [period]`: build the models of the repository at two git
 * revisions (through gitWorld, no checkout), compare each report's whole model — frame, sections,
 * tables, footnotes, tasks, metrics — and return what changed as data, and, on request, each
 * report at `rev-b` as a DOCX with every change since `rev-a` as a Word revision.
 */
import { buildModels } from "../pipeline.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { summarise, type ReportSummary } from "../diff/summary.js";
import { emptyReport, trackedModel } from "../diff/tracked-model.js";
import { CONFIG_FILE } from "../input/read-config.js";
import { loadConfig } from "../validate/load-config.js";
import type { ReportModel } from "../model/report.js";
import type { World } from "../world.js";
import { gitAttribution } from "../git/attribution.js";
import { changedBetween, requireKnownRevision } from "../git/git.js";
import { gitWorld } from "../git/git-world.js";
import { periodFolders } from "../input/period-folders.js";
import { ProblemError } from "../diagnostics/problem-error.js";
import { msg } from "../messages/index.js";

export type { FrameChange, SectionChange, UnitChange, FootnoteChanges } from "../diff/summary.js";

export interface ReportChange extends ReportSummary {
  period: string;
  kind: string;
  /** Present only at the newer revision, only at the older, or at both. */
  status: "added" | "removed" | "changed";
}

export interface DiffResult {
  a: string;
  b: string;
  periods: string[];
  reports: ReportChange[];
  /** Error counts of revisions whose reports could not be built (those reports are left out). */
  failures: Array<{ rev: string; period: string; errors: number }>;
}

/** A problem with what was asked (exit 2), not with the repository's text; catalogue messages. */
export class DiffProblem extends ProblemError {
  override name = "DiffProblem";
}

export interface TrackedReport {
  period: string;
  kind: string;
  docx: Uint8Array;
}

interface Pair {
  period: string;
  kind: string;
  before?: ReportModel;
  after?: ReportModel;
}

interface Setting {
  root: string;
  a: string;
  b: string;
  reportsDir: string;
  templatesDir: string;
}

/** Periods touched between the revisions; every period when bcreport.yaml or a template changed. */
function touchedPeriods(s: Setting, worlds: World[]): string[] {
  const changed = changedBetween(s.root, s.a, s.b);
  const all = [...new Set(worlds.flatMap((w) => periodFolders(w, s.reportsDir)))].sort();
  if (changed.some((f) => f === CONFIG_FILE || f.startsWith(`${s.templatesDir}/`))) return all;
  return all.filter((p) => changed.some((f) => f.startsWith(`${s.reportsDir}/${p}/`)));
}

async function modelPairs(root: string, a: string, b: string, period?: string) {
  requireKnownRevision(root, a);
  requireKnownRevision(root, b);
  const worlds = [gitWorld(root, a), gitWorld(root, b)];
  const { config } = loadConfig(worlds[1]!);
  const setting: Setting = {
    root,
    a,
    b,
    reportsDir: config?.reportsDir ?? "reports",
    templatesDir: config?.templatesDir ?? "templates",
  };
  if (period !== undefined && !worlds.some((w) => periodFolders(w, setting.reportsDir).includes(period))) {
    const known = periodFolders(worlds[1]!, setting.reportsDir);
    const dir = setting.reportsDir;
    throw new DiffProblem(
      msg("diff.period-missing", { period, a, b, dir: `${dir}/${period}` }),
      known.length ? msg("diff.periods-at", { b, list: known.join(", ") }) : msg("diff.no-periods-at", { b, dir }),
    );
  }
  const periods = period ? [period] : touchedPeriods(setting, worlds);
  const pairs: Pair[] = [];
  const failures: DiffResult["failures"] = [];
  for (const p of periods) {
    const built: ReportModel[][] = [];
    const failed: boolean[] = [];
    for (const [i, world] of worlds.entries()) {
      const r = await buildModels({ periods: [p] }, world);
      const errors = r.diagnostics.filter((d: Diagnostic) => d.severity === "error" && d.rule !== "no-period").length;
      if (errors) failures.push({ rev: i ? b : a, period: p, errors });
      failed.push(errors > 0);
      built.push(r.models);
    }
    for (const kind of [...new Set(built.flat().map((m) => m.meta.kind))].sort()) {
      const before = built[0]!.find((m) => m.meta.kind === kind);
      const after = built[1]!.find((m) => m.meta.kind === kind);
      // A report missing only because its side does not build is not "added" or "removed": leave it out.
      if ((!before && failed[0]) || (!after && failed[1])) continue;
      pairs.push({ period: p, kind, ...(before ? { before } : {}), ...(after ? { after } : {}) });
    }
  }
  return { setting, periods, pairs, failures };
}

function track(pair: Pair, s: Setting) {
  const framePaths = [`${s.reportsDir}/${pair.period}/${pair.kind}.yaml`, CONFIG_FILE, s.templatesDir];
  const attribute = gitAttribution(s.root, s.a, s.b, framePaths);
  const before = pair.before ?? emptyReport(pair.after!);
  const after = pair.after ?? emptyReport(pair.before!);
  return trackedModel(before, after, attribute);
}

const unchanged = (r: ReportSummary) =>
  r.frame.length === 0 &&
  r.sections.length === 0 &&
  r.footnotes.added + r.footnotes.removed + r.footnotes.changed + r.footnotes.renumbered.length === 0;

export async function diffRevisions(root: string, a: string, b: string, period?: string): Promise<DiffResult> {
  const { setting, periods, pairs, failures } = await modelPairs(root, a, b, period);
  const reports: ReportChange[] = [];
  for (const pair of pairs) {
    const summary = summarise(pair.before, pair.after, track(pair, setting));
    if (pair.before && pair.after && unchanged(summary)) continue;
    reports.push({
      period: pair.period,
      kind: pair.kind,
      status: !pair.before ? "added" : !pair.after ? "removed" : "changed",
      ...summary,
    });
  }
  return { a, b, periods, reports, failures };
}

/** Each report of the compared periods at `b`, as a DOCX whose changes since `a` are Word revisions. */
export async function trackedReports(
  root: string,
  a: string,
  b: string,
  period?: string,
): Promise<{ reports: TrackedReport[]; failures: DiffResult["failures"] }> {
  const { setting, pairs, failures } = await modelPairs(root, a, b, period);
  const { writeDocx } = await import("../writers/docx/write-docx.js");
  const reports: TrackedReport[] = [];
  for (const pair of pairs) {
    const tracked = track(pair, setting);
    // Without a named period, only the reports that changed (a named one is written even unchanged).
    if (period === undefined && pair.before && pair.after && unchanged(summarise(pair.before, pair.after, tracked)))
      continue;
    reports.push({ period: pair.period, kind: pair.kind, docx: await writeDocx(tracked.model) });
  }
  return { reports, failures };
}
