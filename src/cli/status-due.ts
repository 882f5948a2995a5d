/** `bcreport status --due [date]`: the status of every report due around a date, one period after another. */
import type { Command } from "commander";
import type { DueStatus } from "../commands/status-due.js";
import type { IsoDate } from "../vi/dates.js";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { dateText, nextStep, renderStatus, statusText } from "./render-status.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { say, useColour, type CliIo } from "./io.js";
import { printDiagnostics } from "./report-diagnostics.js";

export function renderDue(s: DueStatus, colour: boolean, io: Pick<CliIo, "lang">): string {
  const params = { date: dateText(s.date, io), count: s.daysAfterDue };
  if (s.periods.length === 0) return say(io, "cli.status.due.none", params) + "\n";
  // Each period's table ends with a blank line; then one next step per period.
  const blocks = s.periods.map((p) => renderStatus(p, colour, io) + "\n").join("");
  const next = s.periods.flatMap((p) => nextStep(p, io) ?? []);
  return `${say(io, "cli.status.due.heading", params)}\n\n${blocks}${next.map((n) => n + "\n").join("")}`;
}

/** Prints the status of every report due around `date` and sets the exit code (1 under `strict` while one lacks a part). */
export async function runStatusDue(
  program: Command,
  io: CliIo,
  setCode: (c: number) => void,
  opts: { json?: boolean; strict?: boolean },
  date: IsoDate,
): Promise<void> {
  const { dueStatus } = await import("../commands/status-due.js");
  const { status, diagnostics } = dueStatus(nodeWorld(repoDir(program, io), io.env), date);
  if (!status) {
    printDiagnostics(io, diagnostics);
    return setCode(exitCodeFor(diagnostics) || EXIT.usage);
  }
  if (opts.json)
    io.stdout(JSON.stringify({ ...status, periods: status.periods.map((p) => statusText(p, io)) }, null, 2) + "\n");
  else io.stdout(renderDue(status, useColour(io), io));
  const broken = status.periods.some((p) => p.kinds.some((k) => k.reportInvalid));
  setCode(opts.strict && (status.outstanding || broken) ? EXIT.input : EXIT.ok);
}
