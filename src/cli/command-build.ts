/** `bcreport build <period…>`: validate, merge and write DOCX/PDF (and JSON/Markdown) outputs. */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { printDiagnostics, summary } from "./report-diagnostics.js";
import { writeFiles } from "./write-files.js";
import { fontDirs } from "../writers/font-dirs.js";
import { isOutputFormat, OUTPUT_FORMATS, reviewExtensions, WRITERS } from "../writers/registry.js";

const formatHelp = OUTPUT_FORMATS.map((f) => `${f} (${WRITERS[f].summary})`).join(", ");


export function parseList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(",").map((s) => s.trim()).filter(Boolean)];
}

/** What to do once the documents are written: look at them, and chase the parts still missing. */
export function nextAfterBuild(written: string[], diagnostics: Diagnostic[], periods: string[]): string {
  const docs = reviewExtensions().map((ext) => written.filter((w) => w.endsWith(ext))).find((list) => list.length > 0) ?? [];
  // Documents are written as <out>/<period>/<kind>.<ext>: the folder is what precedes the last two parts.
  const dir = `${docs[0]?.split("/").slice(0, -2).join("/") || "."}/`;
  const steps = docs.length === 1 ? [`open ${docs[0]} to review it`] : docs.length > 1 ? [`open the ${docs.length} documents under ${dir} to review them`] : [];
  if (diagnostics.some((d) => d.rule === "empty-fragment" || d.rule === "empty-section")) {
    steps.push(`\`bcreport status ${periods.length === 1 ? periods[0] : "<period>"}\` shows which units still owe their text`);
  }
  return steps.length ? `next: ${steps.join("; ")}\n` : "";
}

export function registerBuild(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("build")
    .description("build the reports of one or more periods into out/<period>/<kind>.docx and .pdf")
    .argument("[periods...]", "periods such as 2023-11, 2023-Q1, 2023-H1, 2023-9M, 2023")
    .option("--all", "build every period folder in the repository")
    .option("-k, --kind <kinds>", "only these report kinds (comma-separated, repeatable)", parseList)
    .option("-o, --out <dir>", "output folder (relative to the repository)", "out")
    .option("-f, --format <formats>", `output formats, comma-separated: ${formatHelp}`, "docx,pdf")
    .option("--pdf-engine <engine>", "typst (bundled) or libreoffice (soffice on PATH, paginates like Word)", "typst")
    .option("--pdf-a", "write PDF/A-2b for archiving")
    .option("-q, --quiet", "print only problems")
    .action(async (periods: string[], opts: { all?: boolean; kind?: string[]; out: string; format: string; pdfEngine: string; pdfA?: boolean; quiet?: boolean }) => {
      const { compile } = await import("../pipeline.js");
      const { listPeriods } = await import("./list-periods.js");
      const dir = repoDir(program, io);
      const formats = parseList(opts.format);
      const bad = formats.filter((f) => !isOutputFormat(f));
      if (bad.length || formats.length === 0) {
        io.stderr(`error: expected --format to list some of ${OUTPUT_FORMATS.join(", ")} — found \`${opts.format}\`\n`);
        return setCode(EXIT.usage);
      }
      if (opts.pdfEngine !== "typst" && opts.pdfEngine !== "libreoffice") {
        io.stderr(`error: expected --pdf-engine to be typst or libreoffice — found \`${opts.pdfEngine}\`\n`);
        return setCode(EXIT.usage);
      }
      if (statSync(resolve(dir, opts.out), { throwIfNoEntry: false })?.isDirectory() === false) {
        io.stderr(`error: expected -o, --out to name a folder — \`${opts.out}\` is a file\n  hint: name a new or existing folder, e.g. \`-o out\`\n`);
        return setCode(EXIT.usage);
      }
      const world = nodeWorld(dir, io.env);
      const listed = opts.all ? listPeriods(world) : { periods, diagnostics: [] };
      const list = listed.periods;
      if (list.length === 0) {
        printDiagnostics(io, listed.diagnostics);
        io.stderr(opts.all ? "error: no period folders found\n" : "error: name at least one period, e.g. `bcreport build 2023-11`, or use --all\n");
        return setCode(EXIT.usage);
      }
      const result = await compile(
        { periods: list, kinds: opts.kind, formats: formats.filter(isOutputFormat), outDir: opts.out, pdfEngine: opts.pdfEngine, pdfA: opts.pdfA ?? false, fontDirs: fontDirs(dir, io.env) },
        world,
      );
      result.diagnostics.unshift(...listed.diagnostics);
      printDiagnostics(io, result.diagnostics);
      const code = exitCodeFor(result.diagnostics);
      if (code !== EXIT.ok) {
        io.stderr("nothing was written\n");
        return setCode(code);
      }
      const { written, error } = writeFiles(dir, result.outputs);
      if (!opts.quiet) for (const w of written) io.stdout(`wrote ${w}\n`);
      if (error) {
        io.stderr(`error: ${error}\n`);
        return setCode(EXIT.usage);
      }
      if (!opts.quiet && result.diagnostics.length) io.stdout(`built with ${summary(result.diagnostics)}\n`);
      if (!opts.quiet) io.stdout(nextAfterBuild(written, result.diagnostics, list));
      setCode(EXIT.ok);
    });
}
