/**
 * The `diff` result as Markdown for a pull-request comment, in the run's language: per report,
 * the frame changes first, then the footnotes, then the sections × units table. (The JSON form is
 * the DiffResult itself: ids and keys, the same in every language.)
 */
import type { DiffResult, FrameChange, ReportChange } from "../commands/diff.js";
import { msg, translate, type Lang, type Param } from "../messages/index.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const tick = (s: string) => `\`${s.replace(/\n/g, " / ").replace(/`/g, "'")}\``;

/** Short fields as before → after; long ones (preamble, closing) as word counts. */
function frameLine(c: FrameChange, t: Say): string {
  const label = t(`diff.field.${c.field}`);
  const code = (s: string) => (s === "" ? t("diff.md.none") : tick(s));
  const short = c.before.length <= 160 && c.after.length <= 160;
  return short
    ? `- **${label}**: ${code(c.before)} → ${code(c.after)}`
    : `- **${label}**: ${t("diff.md.field-words", { added: c.added, removed: c.removed })}`;
}

const range = ([x, y]: [number, number]) => (x === y ? `${x}` : `${x}–${y}`);

function footnoteLine(rep: ReportChange, t: Say): string | undefined {
  const f = rep.footnotes;
  const parts: string[] = [];
  if (f.added) parts.push(t("diff.md.footnotes-added", { count: f.added }));
  if (f.removed) parts.push(t("diff.md.footnotes-removed", { count: f.removed }));
  if (f.changed) parts.push(t("diff.md.footnotes-changed", { count: f.changed }));
  for (const r of f.renumbered) {
    const count = r.from[1] - r.from[0] + 1;
    parts.push(t("diff.md.footnote-renumbered", { count, from: range(r.from), to: range(r.to) }));
  }
  return parts.length ? `- **${t("diff.md.footnotes")}**: ${parts.join("; ")}` : undefined;
}

function reportLines(rep: ReportChange, t: Say): string[] {
  const units = rep.sections.flatMap((s) => s.units);
  const added = units.reduce((n, u) => n + u.added, 0);
  const removed = units.reduce((n, u) => n + u.removed, 0);
  const what = rep.status === "changed" ? "" : t(`diff.md.report-${rep.status}`);
  const out = [`#### ${t("diff.md.report", { period: rep.period, kind: rep.kind, what, added, removed })}`, ""];
  // A report new or gone changed in every frame field: the headline says it.
  const frame = rep.status === "changed" ? rep.frame.map((c) => frameLine(c, t)) : [];
  const notes = rep.status === "changed" ? footnoteLine(rep, t) : undefined;
  if (frame.length || notes) out.push(...frame, ...(notes ? [notes] : []), "");
  if (rep.sections.length === 0) {
    out.push(t("diff.md.no-section-change"), "");
    return out;
  }
  const columns = ["section", "unit", "added", "removed"].map((c) => t(`diff.md.column.${c}`));
  out.push(`| ${columns.join(" | ")} |`, "| --- | --- | ---: | ---: |");
  for (const s of rep.sections) {
    const heading = `${cell(s.heading)}${s.status ? t(`diff.md.section-${s.status}`) : ""}`;
    if (s.units.length === 0) out.push(`| ${heading} | — | +0 | −0 |`);
    for (const u of s.units)
      out.push(`| ${heading} | ${u.unit ? `\`${u.unit}\`` : "—"} | +${u.added} | −${u.removed} |`);
  }
  out.push("");
  return out;
}

type Say = (id: string, params?: Record<string, Param>) => string;

export function renderDiff(r: DiffResult, lang: Lang = "en"): string {
  const t: Say = (id, params) => translate(msg(id, params), lang);
  const out = [`### ${t("diff.md.title", { a: tick(r.a), b: tick(r.b) })}`, ""];
  if (r.reports.length === 0)
    out.push(
      r.periods.length ? t("diff.md.no-change-to", { periods: r.periods.join(", ") }) : t("diff.md.no-period-changed"),
      "",
    );
  for (const rep of r.reports) out.push(...reportLines(rep, t));
  for (const f of r.failures) {
    const errors = msg("cli.errors", { count: f.errors });
    const check = tick(`bcreport check ${f.period}`);
    out.push(`> ${t("diff.md.failure", { period: f.period, rev: tick(f.rev), errors, check })}`, "");
  }
  return out.join("\n");
}
