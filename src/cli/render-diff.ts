/**
 * The `diff` result as Markdown for a pull-request comment: per report, the frame changes first,
 * then the footnotes, then the sections × units table.
 */
import type { DiffResult, FrameChange, ReportChange } from "../commands/diff.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (s: string) => (s === "" ? "(none)" : `\`${s.replace(/\n/g, " / ").replace(/`/g, "'")}\``);

const FRAME_LABELS: Record<string, string> = {
  number: "Số (number)",
  date: "Date line",
  docType: "Document type",
  title: "Title (trích yếu)",
  agency: "Agency",
  kinhGui: "Kính gửi",
  preamble: "Preamble (căn cứ)",
  closing: "Closing",
  recipients: "Nơi nhận",
  signer: "Signer",
};

/** Short fields as before → after; long ones (preamble, closing) as word counts. */
function frameLine(c: FrameChange): string {
  const label = FRAME_LABELS[c.field] ?? c.field;
  const short = c.before.length <= 160 && c.after.length <= 160;
  return short
    ? `- **${label}**: ${code(c.before)} → ${code(c.after)}`
    : `- **${label}**: +${c.added} / −${c.removed} words`;
}

const range = ([x, y]: [number, number]) => (x === y ? `${x}` : `${x}–${y}`);

function footnoteLine(rep: ReportChange): string | undefined {
  const f = rep.footnotes;
  const parts: string[] = [];
  if (f.added) parts.push(`${f.added} added`);
  if (f.removed) parts.push(`${f.removed} removed`);
  if (f.changed) parts.push(`${f.changed} with new text`);
  for (const r of f.renumbered)
    parts.push(`${r.from[0] === r.from[1] ? "footnote" : "footnotes"} ${range(r.from)} became ${range(r.to)}`);
  return parts.length ? `- **Footnotes**: ${parts.join("; ")}` : undefined;
}

const STATUS = { added: " (new section)", removed: " (section removed)", renamed: " (new title)" } as const;

function reportLines(rep: ReportChange): string[] {
  const units = rep.sections.flatMap((s) => s.units);
  const total = units.reduce((t, u) => ({ added: t.added + u.added, removed: t.removed + u.removed }), {
    added: 0,
    removed: 0,
  });
  const what = rep.status === "added" ? " (new)" : rep.status === "removed" ? " (removed)" : "";
  const out = [`#### ${rep.period} · ${rep.kind}${what}: +${total.added} / −${total.removed} words`, ""];
  // A report new or gone changed in every frame field: the headline says it.
  const frame = rep.status === "changed" ? rep.frame.map(frameLine) : [];
  const notes = rep.status === "changed" ? footnoteLine(rep) : undefined;
  if (frame.length || notes) out.push(...frame, ...(notes ? [notes] : []), "");
  if (rep.sections.length === 0) {
    out.push("No change to the sections.", "");
    return out;
  }
  out.push("| Section | Unit | Words added | Words removed |", "| --- | --- | ---: | ---: |");
  for (const s of rep.sections) {
    const heading = `${cell(s.heading)}${s.status ? STATUS[s.status] : ""}`;
    if (s.units.length === 0) out.push(`| ${heading} | — | +0 | −0 |`);
    for (const u of s.units)
      out.push(`| ${heading} | ${u.unit ? `\`${u.unit}\`` : "—"} | +${u.added} | −${u.removed} |`);
  }
  out.push("");
  return out;
}

export function renderDiff(r: DiffResult): string {
  const out = [`### Report changes: \`${r.a}\` → \`${r.b}\``, ""];
  if (r.reports.length === 0)
    out.push(r.periods.length ? `No change to ${r.periods.join(", ")}.` : "No report period changed.", "");
  for (const rep of r.reports) out.push(...reportLines(rep));
  for (const f of r.failures)
    out.push(
      `> **Note:** ${f.period} does not build at \`${f.rev}\` (${f.errors} error${f.errors === 1 ? "" : "s"}); its reports there are left out. Run \`bcreport check ${f.period}\` at that revision.`,
      "",
    );
  return out.join("\n");
}
