/**
 * `bcreport diff <rev-a> <rev-b> [period]`: what changed in the built reports — Markdown for a
 * pull-request comment (default), the same as JSON, or a tracked-changes DOCX per report.
 */
import { resolve } from "node:path";
import type { Command } from "commander";
import { GitError } from "../git/git.js";
import { parsePeriod } from "../vi/periods.js";
import { repoDir } from "./command-check.js";
import { EXIT } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { renderDiff } from "./render-diff.js";
import { writeFiles } from "./write-files.js";

const FORMATS = ["md", "json", "docx"] as const;
type Format = (typeof FORMATS)[number];

interface DiffOptions {
  format: string;
  output?: string;
}

export function registerDiff(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("diff")
    .description(
      "compare the built reports at two git revisions: frame, sections, tables and footnotes (Markdown, JSON, or a DOCX with tracked changes)",
    )
    .argument("<rev-a>", "the older revision, e.g. origin/main")
    .argument("<rev-b>", "the newer revision, e.g. HEAD")
    .argument("[period]", "only this period (default: the periods changed between the revisions)")
    .option(
      "--format <format>",
      "md (a summary for a pull-request comment), json (the same as data), docx (each report at rev-b with every change since rev-a as a Word revision)",
      "md",
    )
    .option(
      "-o, --output <file>",
      "with --format docx: where to write the DOCX (one report only; default out/<period>/<kind>.changes.docx)",
    )
    .action(async (a: string, b: string, period: string | undefined, options: DiffOptions) => {
      const usage = (message: string, hint?: string) => {
        io.stderr(`error: ${message}\n${hint ? `  hint: ${hint}\n` : ""}`);
        setCode(EXIT.usage);
      };
      const format = options.format as Format;
      if (!FORMATS.includes(format))
        return usage(`expected \`--format\` to be one of ${FORMATS.join(", ")} — found \`${options.format}\``);
      if (options.output !== undefined && format !== "docx") return usage("`--output` goes with `--format docx`");
      const parsed = period === undefined ? undefined : parsePeriod(period);
      if (parsed && !parsed.ok) return usage(`${parsed.message} [bad-period]`, parsed.hint);
      const { DiffProblem, diffRevisions, trackedReports } = await import("../commands/diff.js");
      const root = repoDir(program, io);
      try {
        if (format !== "docx") {
          const result = await diffRevisions(root, a, b, period);
          io.stdout(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : renderDiff(result));
          return setCode(EXIT.ok);
        }
        const { reports } = await trackedReports(root, a, b, period);
        if (reports.length === 0) {
          io.stdout(`no report changed between \`${a}\` and \`${b}\`: nothing written\n`);
          return setCode(EXIT.ok);
        }
        if (options.output !== undefined && reports.length > 1) {
          return usage(
            `\`--output\` names one file but ${reports.length} reports changed (${reports.map((r) => `${r.period} ${r.kind}`).join(", ")})`,
            "name the period, or leave out `--output` to write out/<period>/<kind>.changes.docx",
          );
        }
        const target = (r: (typeof reports)[number]) =>
          options.output !== undefined ? resolve(io.cwd, options.output) : `out/${r.period}/${r.kind}.changes.docx`;
        const written = writeFiles(
          root,
          reports.map((r) => ({ path: target(r), data: r.docx })),
        );
        for (const f of written.written) io.stdout(`wrote ${options.output ?? f}\n`);
        if (written.error) return usage(written.error);
        return setCode(EXIT.ok);
      } catch (e) {
        if (!(e instanceof GitError) && !(e instanceof DiffProblem)) throw e;
        return usage(e.message, e.hint);
      }
    });
}
