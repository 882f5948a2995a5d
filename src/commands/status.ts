/**
 * `bcreport status <period>`: which unit has written which section of each report kind due that
 * period, and how far the deadline is. `today` is passed in; the core never reads the clock.
 */
import { msg, type Message } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config, Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import { loadConfig } from "../validate/load-config.js";
import { readPeriod } from "../input/read-period.js";
import { checkFragments } from "../validate/fragment-rules.js";
import { validateFragmentFile, validateReportFile } from "../validate/validate-files.js";
import { daysInMonth, formatIsoDate, parseIsoDate, toEpochSeconds, type IsoDate } from "../vi/dates.js";
import { parsePeriod, type Period } from "../vi/periods.js";
import type { World } from "../world.js";
import { hasContent } from "../validate/fragment-content.js";
import { countWords } from "../vi/words.js";

export type EntryState = "submitted" | "missing" | "empty" | "invalid";

export interface StatusEntry {
  section: string;
  unit: string;
  state: EntryState;
  words: number;
  /**
   * The section's `required`: false when it says `required: false`, and by default for a section with a
   * `summary` (it prints that paragraph whatever the units write). Not counted by `--strict` when false.
   */
  required: boolean;
  /** The section prints its `summary` whether or not the unit writes its part. */
  summary?: true;
  file?: string;
}

export interface KindStatus {
  kind: string;
  name: string;
  /** The report file `reports/<period>/<kind>.yaml`, when it exists. */
  reportFile?: string;
  /** True when the report file exists but has errors (its fragments are still counted). */
  reportInvalid?: boolean;
  deadline?: IsoDate;
  /** Days from today to the deadline; negative when overdue. Absent once the report is issued. */
  daysLeft?: number;
  /** The report file sets its `number` and a full `date`: the report is issued, nothing is due. */
  issued?: { number: string; date: IsoDate };
  /** With `--due`: the window the date fell in (due-periods.ts); `due` is the deadline, else the period's last day. */
  window?: { from: IsoDate; due: IsoDate; to: IsoDate };
  entries: StatusEntry[];
  /** Fragment files that match no (unit, section) of the outline. */
  /** `problem` is a catalogue message: the CLI prints it in the user's language. */
  strays: Array<{ file: string; problem: Message }>;
}

export interface PeriodStatus {
  period: string;
  today: IsoDate;
  kinds: KindStatus[];
  /** Required entries not submitted (missing, empty or invalid), over all kinds not yet issued. */
  outstanding: number;
}

const erroredFiles = (list: Diagnostic[]) => new Set(list.filter((d) => d.severity === "error").map((d) => d.file));

/** The day the kind is due: its `deadline` day of the period's last month (clamped to the month's length). */
export function deadlineOf(kind: Kind, period: Period): IsoDate | undefined {
  if (kind.deadline === undefined) return undefined;
  return formatIsoDate({
    year: period.year,
    month: period.lastMonth,
    day: Math.min(kind.deadline, daysInMonth(period.year, period.lastMonth)),
  });
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a.ok || !b.ok) return 0;
  return Math.round((toEpochSeconds(b.date) - toEpochSeconds(a.date)) / 86_400);
}

function entriesOf(
  config: Config,
  kind: Kind,
  fragments: Fragment[],
  bad: Set<string>,
  dir: string,
  files: string[],
): Pick<KindStatus, "entries" | "strays"> {
  const entries: StatusEntry[] = [];
  const used = new Set<string>();
  for (const s of kind.sections.values()) {
    for (const unit of s.units) {
      const f = fragments.find((x) => x.unit === unit && x.section === s.id);
      const byName = files.find((x) => x === `${dir}/${unit}.${s.id}.yaml` || x === `${dir}/${unit}.${s.id}.yml`);
      const file = f?.file ?? byName;
      if (file) used.add(file);
      const text = f ? [f.body ?? "", ...f.tasks].join("\n") : "";
      const n = countWords(text);
      const state: EntryState = !file
        ? "missing"
        : bad.has(file) || !f
          ? "invalid"
          : !hasContent(f)
            ? "empty"
            : "submitted";
      entries.push({
        section: s.id,
        unit,
        state,
        words: n,
        required: s.required,
        ...(s.summary !== undefined ? { summary: true as const } : {}),
        ...(file ? { file } : {}),
      });
    }
  }
  const strays = files
    .filter((file) => !used.has(file))
    .map((file) => {
      const f = fragments.find((x) => x.file === file);
      const problem = !f
        ? msg("commands.stray-invalid")
        : !config.units.has(f.unit)
          ? msg("validate.unknown-unit", { unit: f.unit })
          : !kind.sections.has(f.section)
            ? msg("commands.stray-unknown-section", { section: f.section })
            : msg("commands.stray-not-owner", { unit: f.unit, section: f.section });
      return { file, problem };
    });
  return { entries, strays };
}

export function periodStatus(
  world: World,
  periodId: string,
  today: IsoDate,
): { status?: PeriodStatus; diagnostics: Diagnostic[] } {
  const { config, diagnostics } = loadConfig(world);
  if (!config) return { diagnostics };
  const parsed = parsePeriod(periodId);
  if (!parsed.ok)
    return { diagnostics: [diagnostic({ file: "", rule: "bad-period", message: parsed.message, hint: parsed.hint })] };
  return { status: statusOf(world, config, parsed.period, today), diagnostics };
}

/**
 * The status of one period: every kind built for its type (and any kind with a report file there),
 * or, with `only`, just those kinds.
 */
export function statusOf(
  world: World,
  config: Config,
  period: Period,
  today: IsoDate,
  only?: ReadonlySet<string>,
): PeriodStatus {
  const dir = `${config.reportsDir}/${period.id}`;
  const exists = world.listDir(dir) !== undefined;
  const loaded = exists ? readPeriod(world, config, period.id) : { reports: [], diagnostics: [] };
  // Each kind's files through their schema: the valid report files and fragments, and every problem.
  const checked = new Map(
    loaded.reports.map((r) => {
      const report = r.report ? validateReportFile(r.report, r.kind, r.period) : undefined;
      const fragments = r.fragments.map(validateFragmentFile);
      const problems = [...(report?.diagnostics ?? []), ...fragments.flatMap((f) => f.diagnostics)];
      return [r.kind, { report: report?.report, fragments: fragments.flatMap((f) => f.fragment ?? []), problems }];
    }),
  );
  const present = new Set([...checked].filter(([, c]) => c.report).map(([k]) => k));
  const kinds: KindStatus[] = [];
  for (const kind of config.kinds.values()) {
    const input = checked.get(kind.id);
    const reportExists = world.fileSize(`${dir}/${kind.id}.yaml`) !== undefined;
    if (only ? !only.has(kind.id) : !kind.periods.includes(period.type) && !present.has(kind.id) && !reportExists)
      continue;
    const fragDir = `${dir}/${kind.id}`;
    const files = (world.listDir(fragDir) ?? [])
      .filter((e) => e.kind === "file" && /\.ya?ml$/i.test(e.name))
      .map((e) => `${fragDir}/${e.name}`);
    const fragments = input?.fragments ?? [];
    const bad = erroredFiles([
      ...loaded.diagnostics,
      ...[...checked.values()].flatMap((c) => c.problems),
      ...checkFragments(fragments, config, kind),
    ]);
    const deadline = deadlineOf(kind, period);
    const raw = input?.report?.raw;
    const issued =
      raw?.number !== undefined && typeof raw.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw.date)
        ? { number: String(raw.number), date: raw.date }
        : undefined;
    kinds.push({
      kind: kind.id,
      name: kind.name,
      ...(reportExists ? { reportFile: `${dir}/${kind.id}.yaml` } : {}),
      ...(reportExists && (!input?.report || bad.has(`${dir}/${kind.id}.yaml`)) ? { reportInvalid: true } : {}),
      ...(deadline ? { deadline, ...(issued ? {} : { daysLeft: daysBetween(today, deadline) }) } : {}),
      ...(issued ? { issued } : {}),
      ...entriesOf(config, kind, fragments, bad, fragDir, files),
    });
  }
  const outstanding = kinds.reduce(
    (n, k) => n + (k.issued ? 0 : k.entries.filter((e) => e.required && e.state !== "submitted").length),
    0,
  );
  return { period: period.id, today, kinds, outstanding };
}
