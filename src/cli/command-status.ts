/** `bcreport status <period>`: a table of units × sections per report kind, and the deadlines. */
import { translate } from "../messages/index.js";
import type { Command } from "commander";
import { parseIsoDate, shortDate, type IsoDate } from "../vi/dates.js";
import type { EntryState, KindStatus, PeriodStatus } from "../commands/status.js";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { say, useColour, type CliIo } from "./io.js";
import { printDiagnostics } from "./report-diagnostics.js";
import { DAYS_AFTER_DUE } from "../commands/due-periods.js";

const COLOURS: Record<EntryState | "overdue", string> = {
  submitted: "32",
  empty: "33",
  missing: "31",
  invalid: "1;31",
  overdue: "31",
};

/** Today: `--today`, else SOURCE_DATE_EPOCH, else the clock — read here, in the CLI, and nowhere else. */
export function resolveToday(
  flag: string | undefined,
  env: CliIo["env"],
  io: Pick<CliIo, "lang"> = {},
): IsoDate | string {
  if (flag !== undefined) {
    const p = parseIsoDate(flag);
    return p.ok && p.date.day ? flag : say(io, "cli.status.bad-today", { flag });
  }
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch)) return say(io, "cli.status.bad-epoch", { epoch });
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** A date as the run's language writes it: 2024-03-20 in English, 20/3/2024 in Vietnamese (shortDate of src/vi). */
export function dateText(date: IsoDate, io: Pick<CliIo, "lang">): string {
  const p = parseIsoDate(date);
  return io.lang === "vi" && p.ok ? shortDate(p.date) : date;
}

function deadlineText(k: KindStatus, io: Pick<CliIo, "lang">): string {
  if (k.issued) return say(io, "cli.status.issued", { date: dateText(k.issued.date, io), number: k.issued.number });
  if (!k.deadline || k.daysLeft === undefined) return say(io, "cli.status.no-deadline");
  const d = k.daysLeft;
  const left =
    d > 0
      ? say(io, "cli.status.days-left", { count: d })
      : d === 0
        ? say(io, "cli.status.due-today")
        : say(io, "cli.status.overdue", { count: -d });
  return say(io, "cli.status.due", { deadline: dateText(k.deadline, io), left });
}

export function renderStatus(s: PeriodStatus, colour: boolean, io: Pick<CliIo, "lang"> = {}): string {
  const paint = (code: string, t: string) => (colour ? `\x1b[${code}m${t}\x1b[0m` : t);
  const out: string[] = [];
  for (const k of s.kinds) {
    const overdue = (k.daysLeft ?? 0) < 0 && k.entries.some((e) => e.required && e.state !== "submitted");
    const deadline = deadlineText(k, io);
    const file = k.reportFile
      ? k.reportInvalid
        ? say(io, "cli.status.report-invalid", { file: k.reportFile, period: s.period })
        : ""
      : say(io, "cli.status.no-report-file");
    out.push(
      `${s.period} · ${k.kind}${k.name !== k.kind ? ` (${k.name})` : ""} — ${overdue ? paint(COLOURS.overdue, deadline) : deadline}${file}`,
    );
    const head = ["section", "unit", "state", "words"].map((h) => say(io, `cli.status.column.${h}`));
    const note = (e: (typeof k.entries)[number]) =>
      e.required ? "" : say(io, e.summary ? "cli.status.summary-printed" : "cli.status.optional");
    const state = (e: (typeof k.entries)[number]) => say(io, `cli.status.state.${e.state}`) + note(e);
    const rows = [head, ...k.entries.map((e) => [e.section, e.unit, state(e), String(e.words)])];
    const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
    rows.forEach((r, i) => {
      const state = r[2]!.padEnd(width[2]!);
      const cell = i === 0 ? state : paint(COLOURS[k.entries[i - 1]!.state], state);
      out.push(`  ${r[0]!.padEnd(width[0]!)}  ${r[1]!.padEnd(width[1]!)}  ${cell}  ${r[3]!.padStart(5)}`.trimEnd());
    });
    for (const x of k.strays)
      out.push(`  ${say(io, "cli.status.also")}: ${x.file} — ${translate(x.problem, io.lang ?? "en")}`);
    const count = (st: EntryState) => k.entries.filter((e) => e.state === st).length;
    const parts = (["empty", "missing", "invalid"] as const)
      .filter((st) => count(st))
      .map((st) => `${count(st)} ${say(io, `cli.status.state.${st}`)}`);
    out.push(
      `  ${say(io, "cli.status.submitted", { n: count("submitted"), total: k.entries.length })}${parts.length ? `, ${parts.join(", ")}` : ""}`,
      "",
    );
  }
  if (s.kinds.length === 0) out.push(say(io, "cli.status.none-due", { period: s.period }), "");
  return out.join("\n");
}

/** What to do next for a period, when it has reports due. */
export function nextStep(s: PeriodStatus, io: Pick<CliIo, "lang">): string | undefined {
  if (s.kinds.length === 0) return undefined;
  const noFolder = s.kinds.every((k) => !k.reportFile);
  const broken = s.kinds.some((k) => k.reportInvalid);
  const next = broken ? "broken" : noFolder ? "no-folder" : s.outstanding ? "outstanding" : "build";
  return say(io, `cli.status.next.${next}`, { period: s.period });
}

/** The status with its messages as text, for `--json`. */
export function statusText(s: PeriodStatus, io: Pick<CliIo, "lang">) {
  const kinds = s.kinds.map((k) => ({
    ...k,
    strays: k.strays.map((x) => ({ ...x, problem: translate(x.problem, io.lang ?? "en") })),
  }));
  return { ...s, kinds };
}

export interface StatusOptions {
  json?: boolean;
  strict?: boolean;
  today?: string;
  /** `--due` alone is true: around today. */
  due?: string | true;
}

export function registerStatus(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("status")
    .description(say(io, "cli.status.description"))
    .argument("[period]", say(io, "cli.period-argument"))
    .option("--json", say(io, "cli.status.json"))
    .option("--strict", say(io, "cli.status.strict"))
    .option("--today <date>", say(io, "cli.status.today"))
    .option("--due [date]", say(io, "cli.status.due-option", { count: DAYS_AFTER_DUE }))
    .action(async (period: string | undefined, opts: StatusOptions, command: Command) => {
      if (opts.due !== undefined) {
        const { runStatusDue } = await import("./status-due.js");
        return runStatusDue(program, io, setCode, { ...opts, due: opts.due }, period);
      }
      if (period === undefined) return command.error(`error: ${say(io, "cli.status.no-period")}`);
      const { periodStatus } = await import("../commands/status.js");
      const today = resolveToday(opts.today, io.env, io);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
        io.stderr(`${say(io, "error")}: ${today}\n`);
        return setCode(EXIT.usage);
      }
      const { status, diagnostics } = periodStatus(nodeWorld(repoDir(program, io), io.env), period, today);
      if (!status) {
        printDiagnostics(io, diagnostics);
        return setCode(exitCodeFor(diagnostics) || EXIT.usage);
      }
      if (opts.json) io.stdout(JSON.stringify(statusText(status, io), null, 2) + "\n");
      else io.stdout(renderStatus(status, useColour(io), io));
      const broken = status.kinds.some((k) => k.reportInvalid);
      const next = nextStep(status, io);
      if (!opts.json && next) io.stdout(next + "\n");
      setCode(opts.strict && (status.outstanding || broken) ? EXIT.input : EXIT.ok);
    });
}
