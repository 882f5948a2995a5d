/** `bcreport codeowners`: write a CODEOWNERS file (default .github/CODEOWNERS) from the units' reviewers. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { errorReason } from "../world-unreadable.js";
import { say, type CliIo } from "./io.js";
import { printDiagnostics } from "./report-diagnostics.js";

export function registerCodeowners(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("codeowners")
    .description(say(io, "cli.codeowners.description"))
    .option("-o, --out <file>", say(io, "cli.codeowners.out"), ".github/CODEOWNERS")
    .option("--stdout", say(io, "cli.codeowners.stdout"))
    .action(async (opts: { out: string; stdout?: boolean }) => {
      const [{ loadConfig }, { codeownersText }] = await Promise.all([
        import("../validate/load-config.js"),
        import("../commands/codeowners.js"),
      ]);
      const root = repoDir(program, io);
      const { config, diagnostics } = loadConfig(nodeWorld(root, io.env));
      if (!config || exitCodeFor(diagnostics) !== EXIT.ok) {
        printDiagnostics(io, diagnostics);
        return setCode(exitCodeFor(diagnostics) || EXIT.usage);
      }
      printDiagnostics(io, diagnostics);
      const text = codeownersText(config);
      if (opts.stdout) {
        io.stdout(text);
        return setCode(EXIT.ok);
      }
      const target = resolve(root, opts.out);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      } catch (e) {
        io.stderr(`${say(io, "error")}: ${say(io, "cli.cannot-write", { file: opts.out, detail: errorReason(e) })}\n`);
        return setCode(EXIT.usage);
      }
      io.stdout(`${say(io, "cli.wrote", { file: opts.out })}\n${say(io, "cli.codeowners.next")}\n`);
      setCode(EXIT.ok);
    });
}
