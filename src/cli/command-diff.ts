/** `bcreport diff <rev-a> <rev-b> [period]`: what changed in the built reports, as Markdown for a PR comment. */
import type { Command } from "commander";
import type { DiffResult } from "../commands/diff.js";
import { GitError } from "../git/git.js";
import { parsePeriod } from "../vi/periods.js";
import { repoDir } from "./command-check.js";
import { EXIT } from "./exit-codes.js";
import type { CliIo } from "./io.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderDiff(r: DiffResult): string {
  const out = [`### Report changes: \`${r.a}\` → \`${r.b}\``, ""];
  if (r.reports.length === 0) out.push(r.periods.length ? `No change to the text of ${r.periods.join(", ")}.` : "No report period changed.", "");
  for (const rep of r.reports) {
    const total = rep.sections.flatMap((s) => s.units).reduce((t, u) => ({ added: t.added + u.added, removed: t.removed + u.removed }), { added: 0, removed: 0 });
    const what = rep.status === "added" ? " (new)" : rep.status === "removed" ? " (removed)" : "";
    out.push(`#### ${rep.period} · ${rep.kind}${what}: +${total.added} / −${total.removed} words`, "");
    if (rep.sections.length === 0) {
      out.push("No unit text.", "");
      continue;
    }
    out.push("| Section | Unit | Words added | Words removed |", "| --- | --- | ---: | ---: |");
    for (const s of rep.sections) for (const u of s.units) out.push(`| ${cell(s.heading)} | \`${u.unit}\` | +${u.added} | −${u.removed} |`);
    out.push("");
  }
  for (const f of r.failures) out.push(`> **Note:** ${f.period} does not build at \`${f.rev}\` (${f.errors} error${f.errors === 1 ? "" : "s"}); its reports there are left out. Run \`bcreport check ${f.period}\` at that revision.`, "");
  return out.join("\n");
}

export function registerDiff(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("diff")
    .description("compare the built reports at two git revisions: sections and units changed, words added and removed (Markdown)")
    .argument("<rev-a>", "the older revision, e.g. origin/main")
    .argument("<rev-b>", "the newer revision, e.g. HEAD")
    .argument("[period]", "only this period (default: the periods changed between the revisions)")
    .action(async (a: string, b: string, period: string | undefined) => {
      const parsed = period === undefined ? undefined : parsePeriod(period);
      if (parsed && !parsed.ok) {
        io.stderr(`error: ${parsed.message} [bad-period]\n${parsed.hint ? `  hint: ${parsed.hint}\n` : ""}`);
        return setCode(EXIT.usage);
      }
      const { diffRevisions } = await import("../commands/diff.js");
      try {
        io.stdout(renderDiff(await diffRevisions(repoDir(program, io), a, b, period)));
      } catch (e) {
        if (!(e instanceof GitError)) throw e;
        io.stderr(`error: ${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ""}`);
        return setCode(EXIT.usage);
      }
      setCode(EXIT.ok);
    });
}
