/** `bcreport new <period>`: create the period folder, report files and stub fragments; never overwrite. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import { nodeWorld } from "../world.js";
import { parseList } from "./command-build.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { printDiagnostics } from "./report-diagnostics.js";
import { writeRepoSchemas } from "./command-schema.js";

/** Write files that do not exist (`wx`: never overwrite, even in a race); returns an error message or undefined. */
export function createFiles(root: string, files: Array<{ path: string; text: string }>, io: CliIo): string | undefined {
  for (const f of files) {
    const target = join(root, ...f.path.split("/"));
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.text, { flag: "wx" });
      io.stdout(`created ${f.path}\n`);
    } catch (e) {
      return `cannot create \`${f.path}\`: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return undefined;
}

export function registerNew(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("new")
    .description("start a period: a report file per kind due that period and a stub fragment per unit and section")
    .argument("<period>", "a period such as 2023-11")
    .option("-k, --kind <kinds>", "only these report kinds (comma-separated, repeatable)", parseList)
    .action(async (period: string, opts: { kind?: string[] }) => {
      const { planNewPeriod } = await import("../commands/new-period.js");
      const root = repoDir(program, io);
      const { plan, diagnostics } = planNewPeriod(nodeWorld(root, io.env), period, opts.kind);
      if (!plan) {
        printDiagnostics(io, diagnostics);
        // Problems without a file are about the command line (period, --kind): usage errors.
        return setCode(diagnostics.some((d) => d.file === "") ? EXIT.usage : exitCodeFor(diagnostics) || EXIT.usage);
      }
      printDiagnostics(io, diagnostics);
      const error = createFiles(root, plan.files.filter((f) => !f.exists), io);
      for (const f of plan.files.filter((x) => x.exists)) io.stdout(`kept ${f.path} (already exists)\n`);
      if (error) {
        io.stderr(`error: ${error}\n`);
        return setCode(EXIT.usage);
      }
      // The stubs' `$schema` lines point into schemas/: keep it current with bcreport.yaml.
      const schemaCode = await writeRepoSchemas(root, io, true);
      if (schemaCode !== EXIT.ok) return setCode(schemaCode);
      const created = plan.files.filter((f) => !f.exists).length;
      io.stdout(
        created === 0
          ? `nothing to create: every file of ${plan.period} (${plan.kinds.join(", ")}) already exists\n`
          : `next: each unit fills in the \`body\` of its files and opens a pull request; \`bcreport status ${plan.period}\` shows what is still empty; \`bcreport build ${plan.period}\` builds at any time\n`,
      );
      setCode(EXIT.ok);
    });
}
