/** `bcreport status <period>`: a table of units × sections per report kind, and the deadlines. */
import type { Command } from "commander";
import { parseIsoDate, type IsoDate } from "../vi/dates.js";
import type { EntryState, KindStatus, PeriodStatus } from "../commands/status.js";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { useColour, type CliIo } from "./io.js";
import { printDiagnostics } from "./report-diagnostics.js";

const COLOURS: Record<EntryState | "overdue", string> = { submitted: "32", empty: "33", missing: "31", invalid: "1;31", overdue: "31" };

/** Today: `--today`, else SOURCE_DATE_EPOCH, else the clock — read here, in the CLI, and nowhere else. */
export function resolveToday(flag: string | undefined, env: CliIo["env"]): IsoDate | string {
  if (flag !== undefined) {
    const p = parseIsoDate(flag);
    return p.ok && p.date.day ? flag : `expected --today as YYYY-MM-DD, found \`${flag}\``;
  }
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch)) return `expected SOURCE_DATE_EPOCH to be a number of seconds, found \`${epoch}\``;
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function deadlineText(k: KindStatus): string {
  if (k.issued) return `issued ${k.issued.date} as số ${k.issued.number}`;
  if (!k.deadline || k.daysLeft === undefined) return "no deadline set";
  const d = k.daysLeft;
  const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
  return `due ${k.deadline}: ${d > 0 ? `${days(d)} left` : d === 0 ? "due today" : `overdue by ${days(-d)}`}`;
}

export function renderStatus(s: PeriodStatus, colour: boolean): string {
  const paint = (code: string, t: string) => (colour ? `\x1b[${code}m${t}\x1b[0m` : t);
  const out: string[] = [];
  for (const k of s.kinds) {
    const overdue = (k.daysLeft ?? 0) < 0 && k.entries.some((e) => e.required && e.state !== "submitted");
    out.push(`${s.period} · ${k.kind}${k.name !== k.kind ? ` (${k.name})` : ""} — ${overdue ? paint(COLOURS.overdue, deadlineText(k)) : deadlineText(k)}${k.reportFile ? (k.reportInvalid ? ` — ${k.reportFile} has errors: run \`bcreport check ${s.period}\`` : "") : " — no report file yet"}`);
    const rows = [["section", "unit", "state", "words"], ...k.entries.map((e) => [e.section, e.unit, e.state + (e.required ? "" : " (optional)"), String(e.words)])];
    const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
    rows.forEach((r, i) => {
      const state = r[2]!.padEnd(width[2]!);
      const cell = i === 0 ? state : paint(COLOURS[k.entries[i - 1]!.state], state);
      out.push(`  ${r[0]!.padEnd(width[0]!)}  ${r[1]!.padEnd(width[1]!)}  ${cell}  ${r[3]!.padStart(5)}`.trimEnd());
    });
    for (const x of k.strays) out.push(`  also: ${x.file} — ${x.problem}`);
    const count = (st: EntryState) => k.entries.filter((e) => e.state === st).length;
    const parts = (["empty", "missing", "invalid"] as const).filter((st) => count(st)).map((st) => `${count(st)} ${st}`);
    out.push(`  ${count("submitted")} of ${k.entries.length} submitted${parts.length ? `, ${parts.join(", ")}` : ""}`, "");
  }
  if (s.kinds.length === 0) out.push(`no report kind is due for ${s.period} (nothing to build or to write)`, "");
  return out.join("\n");
}

export function registerStatus(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("status")
    .description("show which unit has written which section of each report due in a period, and the deadlines")
    .argument("<period>", "a period such as 2023-11")
    .option("--json", "print the table as JSON")
    .option("--strict", "exit 1 when a required section is missing, empty or invalid")
    .option("--today <date>", "count deadline days from this date (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else the clock)")
    .action(async (period: string, opts: { json?: boolean; strict?: boolean; today?: string }) => {
      const { periodStatus } = await import("../commands/status.js");
      const today = resolveToday(opts.today, io.env);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
        io.stderr(`error: ${today}\n`);
        return setCode(EXIT.usage);
      }
      const { status, diagnostics } = periodStatus(nodeWorld(repoDir(program, io), io.env), period, today);
      if (!status) {
        printDiagnostics(io, diagnostics);
        return setCode(exitCodeFor(diagnostics) || EXIT.usage);
      }
      if (opts.json) io.stdout(JSON.stringify(status, null, 2) + "\n");
      else io.stdout(renderStatus(status, useColour(io)));
      const noFolder = status.kinds.length > 0 && status.kinds.every((k) => !k.reportFile);
      const broken = status.kinds.some((k) => k.reportInvalid);
      if (!opts.json && status.kinds.length > 0) {
        if (broken) io.stdout(`next: \`bcreport check ${period}\` shows what is wrong with the report file\n`);
        else if (noFolder) io.stdout(`next: \`bcreport new ${period}\` creates the report files and a stub per unit and section\n`);
        else if (status.outstanding) io.stdout(`next: units fill in their stubs; \`bcreport check ${period}\` validates them\n`);
        else io.stdout(`next: \`bcreport build ${period}\`\n`);
      }
      setCode(opts.strict && (status.outstanding || broken) ? EXIT.input : EXIT.ok);
    });
}
