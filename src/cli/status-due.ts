/** `bcreport status --due [date]`: the status of every report due around a date, one period after another. */
import type { Command } from "commander";
import type { DueStatus } from "../commands/status-due.js";
import { parseIsoDate, type IsoDate } from "../vi/dates.js";
import { parsePeriod } from "../vi/periods.js";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { dateText, nextStep, renderStatus, resolveToday, statusText, type StatusOptions } from "./command-status.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { say, useColour, type CliIo } from "./io.js";
import { printDiagnostics } from "./report-diagnostics.js";

/** The date asked about, or the usage error to print: `--due <date>`, else today (`--today`, SOURCE_DATE_EPOCH, the clock). */
function dueDate(due: string | true, today: string | undefined, io: CliIo): { date: IsoDate } | { error: string } {
  if (due === true) {
    const date = resolveToday(today, io.env, io);
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : { error: date };
  }
  if (today !== undefined) return { error: say(io, "cli.status.due-and-today", { due, today }) };
  const p = parseIsoDate(due);
  if (p.ok && p.date.day) return { date: due };
  const hint = parsePeriod(due).ok ? `\n  ${say(io, "hint")}: ${say(io, "cli.status.bad-due.period", { flag: due })}` : "";
  return { error: say(io, "cli.status.bad-due", { flag: due }) + hint };
}

export function renderDue(s: DueStatus, colour: boolean, io: Pick<CliIo, "lang">): string {
  const params = { date: dateText(s.date, io), count: s.daysAfterDue };
  if (s.periods.length === 0) return say(io, "cli.status.due.none", params) + "\n";
  // Each period's table ends with a blank line; then one next step per period.
  const blocks = s.periods.map((p) => renderStatus(p, colour, io) + "\n").join("");
  const next = s.periods.flatMap((p) => nextStep(p, io) ?? []);
  return `${say(io, "cli.status.due.heading", params)}\n\n${blocks}${next.map((n) => n + "\n").join("")}`;
}

export async function runStatusDue(
  program: Command,
  io: CliIo,
  setCode: (c: number) => void,
  opts: StatusOptions & { due: string | true },
  period: string | undefined,
): Promise<void> {
  const fail = (text: string) => {
    io.stderr(`${say(io, "error")}: ${text}\n`);
    setCode(EXIT.usage);
  };
  if (period !== undefined) return fail(say(io, "cli.status.period-and-due", { period }));
  const asked = dueDate(opts.due, opts.today, io);
  if ("error" in asked) return fail(asked.error);
  const { dueStatus } = await import("../commands/status-due.js");
  const { status, diagnostics } = dueStatus(nodeWorld(repoDir(program, io), io.env), asked.date);
  if (!status) {
    printDiagnostics(io, diagnostics);
    return setCode(exitCodeFor(diagnostics) || EXIT.usage);
  }
  if (opts.json) io.stdout(JSON.stringify({ ...status, periods: status.periods.map((p) => statusText(p, io)) }, null, 2) + "\n");
  else io.stdout(renderDue(status, useColour(io), io));
  const broken = status.periods.some((p) => p.kinds.some((k) => k.reportInvalid));
  setCode(opts.strict && (status.outstanding || broken) ? EXIT.input : EXIT.ok);
}
