/** The status of a period as text: a table of units × sections per report kind, the deadline, the next step. */
import { translate } from "../messages/index.js";
import { parseIsoDate, shortDate, type IsoDate } from "../vi/dates.js";
import type { EntryState, KindStatus, PeriodStatus } from "../commands/status.js";
import { say, type CliIo } from "./io.js";

const COLOURS: Record<EntryState | "overdue", string> = {
  submitted: "32",
  empty: "33",
  missing: "31",
  invalid: "1;31",
  overdue: "31",
};

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
