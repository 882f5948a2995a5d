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
import { say, type CliIo } from "./io.js";
import { translate, type Message } from "../messages/index.js";
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
    .description(say(io, "cli.diff.description"))
    .argument("<rev-a>", say(io, "cli.diff.rev-a"))
    .argument("<rev-b>", say(io, "cli.diff.rev-b"))
    .argument("[period]", say(io, "cli.diff.period"))
    .option("--format <format>", say(io, "cli.diff.format"), "md")
    .option("-o, --output <file>", say(io, "cli.diff.output"))
    .action(async (a: string, b: string, period: string | undefined, options: DiffOptions) => {
      const text = (m: string | Message) => (typeof m === "string" ? m : translate(m, io.lang ?? "en"));
      const usage = (message: string | Message, hint?: string | Message) => {
        io.stderr(`${say(io, "error")}: ${text(message)}\n${hint ? `  ${say(io, "hint")}: ${text(hint)}\n` : ""}`);
        setCode(EXIT.usage);
      };
      const format = options.format as Format;
      if (!FORMATS.includes(format))
        return usage(say(io, "cli.diff.bad-format", { formats: FORMATS.join(", "), found: options.format }));
      if (options.output !== undefined && format !== "docx") return usage(say(io, "cli.diff.output-needs-docx"));
      const parsed = period === undefined ? undefined : parsePeriod(period);
      if (parsed && !parsed.ok) return usage(`${text(parsed.message)} [bad-period]`, parsed.hint);
      const { DiffProblem, diffRevisions, trackedReports } = await import("../commands/diff.js");
      const root = repoDir(program, io);
      try {
        if (format !== "docx") {
          const result = await diffRevisions(root, a, b, period);
          io.stdout(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : renderDiff(result, io.lang));
          return setCode(EXIT.ok);
        }
        const { reports } = await trackedReports(root, a, b, period);
        if (reports.length === 0) {
          io.stdout(say(io, "cli.diff.nothing-changed", { a, b }) + "\n");
          return setCode(EXIT.ok);
        }
        if (options.output !== undefined && reports.length > 1) {
          const list = reports.map((r) => `${r.period} ${r.kind}`).join(", ");
          return usage(
            say(io, "cli.diff.output-one", { count: reports.length, list }),
            say(io, "cli.diff.output-one.hint"),
          );
        }
        const target = (r: (typeof reports)[number]) =>
          options.output !== undefined ? resolve(io.cwd, options.output) : `out/${r.period}/${r.kind}.changes.docx`;
        const written = writeFiles(
          root,
          reports.map((r) => ({ path: target(r), data: r.docx })),
        );
        for (const f of written.written) io.stdout(say(io, "cli.wrote", { file: options.output ?? f }) + "\n");
        if (written.error) return usage(written.error);
        return setCode(EXIT.ok);
      } catch (e) {
        if (!(e instanceof GitError) && !(e instanceof DiffProblem)) throw e;
        return usage(e.text, e.hint);
      }
    });
}
