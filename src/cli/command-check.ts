/** `bcreport check [period | files…]`: validate without rendering; print in one of four formats. */
import { localize } from "../diagnostics/localize.js";
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Command } from "commander";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parsePeriod } from "../vi/periods.js";
import type { CheckRequest } from "../commands/check.js";
import { DIAGNOSTIC_FORMATS, toGithub, toGitlab, toJson, type DiagnosticFormat } from "./diagnostic-formats.js";
import { changedSince, GitError } from "../git/git.js";
import { problemLines } from "./problem-lines.js";
import { nodeWorld } from "../world.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { findRepo } from "./find-repo.js";
import { say, type CliIo } from "./io.js";
import { printDiagnostics, summary } from "./report-diagnostics.js";

interface CheckOptions {
  format: string;
  changedSince?: string;
  strict?: boolean;
}

/** The `-C` folder (default: the current one), as given. */
export function startDir(program: Command, io: CliIo): string {
  return resolve(io.cwd, (program.opts() as { dir: string }).dir);
}

/** The repository: the `-C` folder or the nearest one above it with a bcreport.yaml (cli/find-repo.ts). */
export function repoDir(program: Command, io: CliIo): string {
  return findRepo(startDir(program, io));
}

/** Split the arguments into periods and repository-relative files; a string is an error message. */
function parseTargets(args: string[], root: string, cwd: string, io: CliIo): CheckRequest | string {
  const periods: string[] = [];
  const files: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (!arg.includes("/") && !arg.includes(sep) && parsePeriod(arg).ok && !existsSync(abs)) {
      periods.push(arg);
      continue;
    }
    const rel = relative(root, abs);
    if (rel.startsWith("..") || isAbsolute(rel)) return say(io, "cli.check.outside", { root, arg });
    if (!existsSync(abs)) return say(io, "cli.check.no-file", { arg });
    files.push(rel.split(sep).join("/"));
  }
  if (periods.length && files.length) return say(io, "cli.check.both");
  return files.length ? { files } : { periods };
}

function output(io: CliIo, format: DiagnosticFormat, diagnostics: Diagnostic[]): void {
  if (format === "human") return printDiagnostics(io, diagnostics);
  const lang = io.lang ?? "en";
  const json = () => toJson(diagnostics.map((d) => localize(d, lang)));
  const text =
    format === "github" ? toGithub(diagnostics, lang) : format === "gitlab" ? toGitlab(diagnostics, lang) : json();
  io.stdout(text);
  if (diagnostics.length) io.stderr(summary(diagnostics, io) + "\n");
}

export function registerCheck(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("check")
    .description(say(io, "cli.check.description"))
    .argument("[targets...]", say(io, "cli.check.targets"))
    .option("-f, --format <format>", say(io, "cli.check.format", { formats: DIAGNOSTIC_FORMATS.join(", ") }), "human")
    .option("--changed-since <rev>", say(io, "cli.check.changed-since"))
    .option("--strict", say(io, "cli.check.strict"))
    .action(async (targets: string[], opts: CheckOptions) => {
      const { checkReports } = await import("../commands/check.js");
      const root = repoDir(program, io);
      const format = opts.format as DiagnosticFormat;
      if (!DIAGNOSTIC_FORMATS.includes(format)) {
        io.stderr(
          `${say(io, "error")}: ${say(io, "cli.check.bad-format", { formats: DIAGNOSTIC_FORMATS.join(", "), found: opts.format })}\n`,
        );
        return setCode(EXIT.usage);
      }
      let request: CheckRequest | string;
      if (opts.changedSince !== undefined) {
        if (targets.length) {
          io.stderr(`${say(io, "error")}: ${say(io, "cli.check.changed-since-and-targets")}\n`);
          return setCode(EXIT.usage);
        }
        try {
          request = { files: await changedSince(root, opts.changedSince) };
        } catch (e) {
          if (!(e instanceof GitError)) throw e;
          io.stderr(problemLines(io, e.text, e.hint));
          return setCode(EXIT.usage);
        }
        if (request.files.length === 0) {
          if (format !== "human") output(io, format, []);
          else io.stdout(say(io, "cli.check.nothing-changed", { rev: opts.changedSince }) + "\n");
          return setCode(EXIT.ok);
        }
      } else request = parseTargets(targets, root, io.cwd, io);
      if (typeof request === "string") {
        io.stderr(`${say(io, "error")}: ${request}\n`);
        return setCode(EXIT.usage);
      }
      const result = await checkReports(nodeWorld(root, io.env), request);
      output(io, format, result.diagnostics);
      let code = exitCodeFor(result.diagnostics);
      if (code === EXIT.ok && opts.strict && result.diagnostics.length) code = EXIT.input;
      setCode(code);
      if (format !== "human") return;
      if (result.configChanged) io.stdout(say(io, "cli.check.config-changed") + "\n");
      for (const f of result.ignored) io.stdout(say(io, "cli.check.skipped", { file: f }) + "\n");
      for (const c of result.checked)
        io.stdout(
          say(io, "cli.check.checked", { period: c.period, kinds: c.kinds.length ? ` (${c.kinds.join(", ")})` : "" }) +
            "\n",
        );
      if (result.checked.length === 0 && code === EXIT.ok)
        io.stdout(say(io, "files" in request ? "cli.check.no-report-files" : "cli.check.no-periods") + "\n");
      if (code === EXIT.ok && result.checked.length) {
        const periods = result.checked.map((c) => c.period).join(" ");
        const found = result.diagnostics.length ? summary(result.diagnostics, io) : say(io, "cli.check.no-problems");
        io.stdout(say(io, "cli.check.next", { found, period: result.checked.at(-1)!.period, periods }) + "\n");
      } else if (code === EXIT.input && opts.strict && exitCodeFor(result.diagnostics) === EXIT.ok) {
        io.stdout(say(io, "cli.check.strict-fix", { found: summary(result.diagnostics, io) }) + "\n");
      } else if (code === EXIT.input) io.stdout(say(io, "cli.check.fix") + "\n");
    });
}
