/** `bcreport status <period>` and `status --due [date]`: options, the date asked about, the exit code. */
import type { Command } from "commander";
import { parseIsoDate, type IsoDate } from "../vi/dates.js";
import { parsePeriod } from "../vi/periods.js";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { say, useColour, type CliIo } from "./io.js";
import { printDiagnostics } from "./report-diagnostics.js";
import { nextStep, renderStatus, statusText } from "./render-status.js";
import { DAYS_AFTER_DUE } from "../commands/due-periods.js";

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

/** The date asked about, or the usage error to print: `--due <date>`, else today (`--today`, SOURCE_DATE_EPOCH, the clock). */
function dueDate(due: string | true, today: string | undefined, io: CliIo): { date: IsoDate } | { error: string } {
  if (due === true) {
    const date = resolveToday(today, io.env, io);
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : { error: date };
  }
  if (today !== undefined) return { error: say(io, "cli.status.due-and-today", { due, today }) };
  const p = parseIsoDate(due);
  if (p.ok && p.date.day) return { date: due };
  const hint = parsePeriod(due).ok
    ? `\n  ${say(io, "hint")}: ${say(io, "cli.status.bad-due.period", { flag: due })}`
    : "";
  return { error: say(io, "cli.status.bad-due", { flag: due }) + hint };
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
        const usage = (text: string) => (io.stderr(`${say(io, "error")}: ${text}\n`), setCode(EXIT.usage));
        if (period !== undefined) return usage(say(io, "cli.status.period-and-due", { period }));
        const asked = dueDate(opts.due, opts.today, io);
        if ("error" in asked) return usage(asked.error);
        const { runStatusDue } = await import("./status-due.js");
        return runStatusDue(program, io, setCode, opts, asked.date);
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
