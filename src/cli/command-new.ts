/** `bcreport new <period>`: create the period folder, report files and stub fragments; never overwrite. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import { nodeWorld } from "../world.js";
import { parseList } from "./command-build.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { errorReason } from "../world-unreadable.js";
import { say, type CliIo } from "./io.js";
import { printDiagnostics } from "./report-diagnostics.js";
import { writeRepoSchemas } from "./command-schema.js";
import { configLang } from "./choose-cli-lang.js";

/** Write files that do not exist (`wx`: never overwrite, even in a race); returns an error message or undefined. */
export function createFiles(root: string, files: Array<{ path: string; text: string }>, io: CliIo): string | undefined {
  for (const f of files) {
    const target = join(root, ...f.path.split("/"));
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.text, { flag: "wx" });
      io.stdout(say(io, "cli.created", { file: f.path }) + "\n");
    } catch (e) {
      return say(io, "cli.cannot-create", { file: f.path, detail: errorReason(e) });
    }
  }
  return undefined;
}

export function registerNew(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("new")
    .description(say(io, "cli.new.description"))
    .argument("<period>", say(io, "cli.period-argument"))
    .option("-k, --kind <kinds>", say(io, "cli.kind-option"), parseList)
    .action(async (period: string, opts: { kind?: string[] }) => {
      const { planNewPeriod } = await import("../commands/new-period.js");
      const root = repoDir(program, io);
      // The files' comments are for the repository's people: its `lang:`, else the language of this run.
      const lang = configLang(root) ?? io.lang ?? "en";
      const { plan, diagnostics } = planNewPeriod(nodeWorld(root, io.env), period, opts.kind, lang);
      if (!plan) {
        printDiagnostics(io, diagnostics);
        // Problems without a file are about the command line (period, --kind): usage errors.
        return setCode(diagnostics.some((d) => d.file === "") ? EXIT.usage : exitCodeFor(diagnostics) || EXIT.usage);
      }
      printDiagnostics(io, diagnostics);
      const error = createFiles(
        root,
        plan.files.filter((f) => !f.exists),
        io,
      );
      for (const f of plan.files.filter((x) => x.exists)) io.stdout(say(io, "cli.kept", { file: f.path }) + "\n");
      if (error) {
        io.stderr(`${say(io, "error")}: ${error}\n`);
        return setCode(EXIT.usage);
      }
      // The stubs' `$schema` lines point into schemas/: keep it current with bcreport.yaml.
      const schemaCode = await writeRepoSchemas(root, io, true);
      if (schemaCode !== EXIT.ok) return setCode(schemaCode);
      const created = plan.files.filter((f) => !f.exists).length;
      io.stdout(
        say(io, created === 0 ? "cli.new.nothing" : "cli.new.next", {
          period: plan.period,
          kinds: plan.kinds.join(", "),
        }) + "\n",
      );
      setCode(EXIT.ok);
    });
}
