/** `bcreport check [period | files…]`: validate without rendering; print in one of four formats. */
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Command } from "commander";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parsePeriod } from "../vi/periods.js";
import type { CheckRequest } from "../commands/check.js";
import { DIAGNOSTIC_FORMATS, toGithub, toGitlab, toJson, type DiagnosticFormat } from "./diagnostic-formats.js";
import { changedSince, GitError } from "../git/git.js";
import { nodeWorld } from "../world.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { findRepo } from "./find-repo.js";
import type { CliIo } from "./io.js";
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
function parseTargets(args: string[], root: string, cwd: string): CheckRequest | string {
  const periods: string[] = [];
  const files: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (!arg.includes("/") && !arg.includes(sep) && parsePeriod(arg).ok && !existsSync(abs)) {
      periods.push(arg);
      continue;
    }
    const rel = relative(root, abs);
    if (rel.startsWith("..") || isAbsolute(rel)) return `expected files inside the repository ${root}, found \`${arg}\``;
    if (!existsSync(abs)) return `no file \`${arg}\` (expected a period such as 2023-11, or a file of the repository)`;
    files.push(rel.split(sep).join("/"));
  }
  if (periods.length && files.length) return "name either periods or files, not both";
  return files.length ? { files } : { periods };
}

function output(io: CliIo, format: DiagnosticFormat, diagnostics: Diagnostic[]): void {
  if (format === "human") return printDiagnostics(io, diagnostics);
  io.stdout(format === "github" ? toGithub(diagnostics) : format === "gitlab" ? toGitlab(diagnostics) : toJson(diagnostics));
  if (diagnostics.length) io.stderr(summary(diagnostics) + "\n");
}

export function registerCheck(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("check")
    .description("validate reports without rendering: whole periods (default: every period), or the reports some files belong to")
    .argument("[targets...]", "periods such as 2023-11, or files such as reports/2023-11/monthly/vp.tham-muu.yaml")
    .option("-f, --format <format>", `how to print problems: ${DIAGNOSTIC_FORMATS.join(", ")}`, "human")
    .option("--changed-since <rev>", "check only the files changed since this git revision (committed since the merge base, plus uncommitted)")
    .option("--strict", "warnings count as errors (exit 1), such as empty stub fragments")
    .action(async (targets: string[], opts: CheckOptions) => {
      const { checkReports } = await import("../commands/check.js");
      const root = repoDir(program, io);
      const format = opts.format as DiagnosticFormat;
      if (!DIAGNOSTIC_FORMATS.includes(format)) {
        io.stderr(`error: expected --format to be one of ${DIAGNOSTIC_FORMATS.join(", ")} — found \`${opts.format}\`\n`);
        return setCode(EXIT.usage);
      }
      let request: CheckRequest | string;
      if (opts.changedSince !== undefined) {
        if (targets.length) {
          io.stderr("error: --changed-since chooses the files itself; do not name periods or files with it\n");
          return setCode(EXIT.usage);
        }
        try {
          request = { files: await changedSince(root, opts.changedSince) };
        } catch (e) {
          if (!(e instanceof GitError)) throw e;
          io.stderr(`error: ${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ""}`);
          return setCode(EXIT.usage);
        }
        if (request.files.length === 0) {
          if (format !== "human") output(io, format, []);
          else io.stdout(`no files changed since ${opts.changedSince}; nothing to check\n`);
          return setCode(EXIT.ok);
        }
      } else request = parseTargets(targets, root, io.cwd);
      if (typeof request === "string") {
        io.stderr(`error: ${request}\n`);
        return setCode(EXIT.usage);
      }
      const result = await checkReports(nodeWorld(root, io.env), request);
      output(io, format, result.diagnostics);
      let code = exitCodeFor(result.diagnostics);
      if (code === EXIT.ok && opts.strict && result.diagnostics.length) code = EXIT.input;
      setCode(code);
      if (format !== "human") return;
      if (result.configChanged) io.stdout("bcreport.yaml or a template is among the files: checked every period\n");
      for (const f of result.ignored) io.stdout(`skipped ${f}: not part of a report\n`);
      for (const c of result.checked) io.stdout(`checked ${c.period}${c.kinds.length ? ` (${c.kinds.join(", ")})` : ""}\n`);
      if (result.checked.length === 0 && code === EXIT.ok)
        io.stdout("files" in request ? "none of the files belongs to a report; nothing to check\n" : "no period folders yet; start one with `bcreport new <period>`\n");
      if (code === EXIT.ok && result.checked.length) {
        const periods = result.checked.map((c) => c.period).join(" ");
        io.stdout(`${result.diagnostics.length ? summary(result.diagnostics) : "no problems"}; next: \`bcreport status ${result.checked.at(-1)!.period}\` to see what is missing, \`bcreport build ${periods}\` to write the documents\n`);
      } else if (code === EXIT.input && opts.strict && exitCodeFor(result.diagnostics) === EXIT.ok) {
        io.stdout(`--strict: warnings count as errors (${summary(result.diagnostics)}); fix the warnings above (file:line:col), then run \`bcreport check --strict\` again\n`);
      } else if (code === EXIT.input) io.stdout("fix the problems above (file:line:col), then run `bcreport check` again\n");
    });
}
