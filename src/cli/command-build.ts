/** `bcreport build <period…>`: validate, merge and write DOCX/PDF (and JSON/Markdown) outputs. */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { say, type CliIo } from "./io.js";
import { problemLines } from "./problem-lines.js";
import { printDiagnostics, summary } from "./report-diagnostics.js";
import { writeFiles } from "./write-files.js";
import { fontDirs } from "../writers/font-dirs.js";
import { isOutputFormat, OUTPUT_FORMATS, reviewExtensions } from "../writers/registry.js";

export function parseList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

/** What to do once the documents are written: look at them, and chase the parts still missing. */
export function nextAfterBuild(
  written: string[],
  diagnostics: Diagnostic[],
  periods: string[],
  io: Pick<CliIo, "lang"> = {},
): string {
  const docs =
    reviewExtensions()
      .map((ext) => written.filter((w) => w.endsWith(ext)))
      .find((list) => list.length > 0) ?? [];
  // Documents are written as <out>/<period>/<kind>.<ext>: the folder is what precedes the last two parts.
  const dir = `${docs[0]?.split("/").slice(0, -2).join("/") || "."}/`;
  const steps =
    docs.length === 1
      ? [say(io, "cli.build.open-one", { file: docs[0]! })]
      : docs.length > 1
        ? [say(io, "cli.build.open-many", { count: docs.length, dir })]
        : [];
  if (diagnostics.some((d) => d.rule === "empty-fragment" || d.rule === "empty-section")) {
    steps.push(
      say(io, "cli.build.owed", { period: periods.length === 1 ? periods[0]! : say(io, "cli.period-placeholder") }),
    );
  }
  return steps.length ? `${say(io, "cli.next", { steps: steps.join("; ") })}\n` : "";
}

export function registerBuild(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("build")
    .description(say(io, "cli.build.description"))
    .argument("[periods...]", say(io, "cli.build.periods"))
    .option("--all", say(io, "cli.build.all"))
    .option("-k, --kind <kinds>", say(io, "cli.kind-option"), parseList)
    .option("-o, --out <dir>", say(io, "cli.build.out"), "out")
    .option(
      "-f, --format <formats>",
      say(io, "cli.build.format", {
        formats: OUTPUT_FORMATS.map((f) => `${f} (${say(io, `cli.build.format.${f}`)})`).join(", "),
      }),
      "docx,pdf",
    )
    .option("--pdf-engine <engine>", say(io, "cli.build.pdf-engine"), "typst")
    .option("--pdf-a", say(io, "cli.build.pdf-a"))
    .option("-q, --quiet", say(io, "cli.build.quiet"))
    .action(
      async (
        periods: string[],
        opts: {
          all?: boolean;
          kind?: string[];
          out: string;
          format: string;
          pdfEngine: string;
          pdfA?: boolean;
          quiet?: boolean;
        },
      ) => {
        const { compile } = await import("../pipeline.js");
        const { listPeriods } = await import("./list-periods.js");
        const dir = repoDir(program, io);
        const formats = parseList(opts.format);
        const bad = formats.filter((f) => !isOutputFormat(f));
        if (bad.length || formats.length === 0) {
          io.stderr(
            `${say(io, "error")}: ${say(io, "cli.build.bad-format", { formats: OUTPUT_FORMATS.join(", "), found: opts.format })}\n`,
          );
          return setCode(EXIT.usage);
        }
        if (opts.pdfEngine !== "typst" && opts.pdfEngine !== "libreoffice") {
          io.stderr(`${say(io, "error")}: ${say(io, "cli.build.bad-engine", { found: opts.pdfEngine })}\n`);
          return setCode(EXIT.usage);
        }
        if (statSync(resolve(dir, opts.out), { throwIfNoEntry: false })?.isDirectory() === false) {
          io.stderr(
            `${say(io, "error")}: ${say(io, "cli.build.out-is-file", { out: opts.out })}\n  ${say(io, "hint")}: ${say(io, "cli.build.out-is-file.hint")}\n`,
          );
          return setCode(EXIT.usage);
        }
        const world = nodeWorld(dir, io.env);
        const listed = opts.all ? listPeriods(world) : { periods, diagnostics: [] };
        const list = listed.periods;
        if (list.length === 0) {
          printDiagnostics(io, listed.diagnostics);
          io.stderr(`${say(io, "error")}: ${say(io, opts.all ? "cli.build.no-periods" : "cli.build.name-a-period")}\n`);
          return setCode(EXIT.usage);
        }
        const result = await compile(
          {
            periods: list,
            kinds: opts.kind,
            formats: formats.filter(isOutputFormat),
            outDir: opts.out,
            pdfEngine: opts.pdfEngine,
            pdfA: opts.pdfA ?? false,
            fontDirs: fontDirs(dir, io.env),
          },
          world,
        );
        result.diagnostics.unshift(...listed.diagnostics);
        printDiagnostics(io, result.diagnostics);
        const code = exitCodeFor(result.diagnostics);
        if (code !== EXIT.ok) {
          io.stderr(say(io, "cli.build.nothing-written") + "\n");
          return setCode(code);
        }
        const { written, error } = writeFiles(dir, result.outputs);
        if (!opts.quiet) for (const w of written) io.stdout(say(io, "cli.wrote", { file: w }) + "\n");
        if (error) {
          io.stderr(problemLines(io, error));
          return setCode(EXIT.usage);
        }
        if (!opts.quiet && result.diagnostics.length)
          io.stdout(say(io, "cli.build.built-with", { summary: summary(result.diagnostics, io) }) + "\n");
        if (!opts.quiet) io.stdout(nextAfterBuild(written, result.diagnostics, list, io));
        setCode(EXIT.ok);
      },
    );
}
