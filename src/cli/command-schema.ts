/** `bcreport schema`: write the repository's own schemas into `schemas/` (also run by `new` and `init`). */
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { say, type CliIo } from "./io.js";
import { problemLines } from "./problem-lines.js";
import { printDiagnostics } from "./report-diagnostics.js";
import { writeFiles } from "./write-files.js";

/**
 * Bring `schemas/` in line with bcreport.yaml; prints what changed. Returns an exit code and,
 * with `quietWhenCurrent`, prints nothing when every file is already current.
 */
export async function writeRepoSchemas(root: string, io: CliIo, quietWhenCurrent = false): Promise<number> {
  const { loadConfig } = await import("../validate/load-config.js");
  const { syncSchemas } = await import("../commands/repo-schemas.js");
  const world = nodeWorld(root, io.env);
  const { config, diagnostics } = loadConfig(world);
  if (!config || diagnostics.some((d) => d.severity === "error")) {
    printDiagnostics(io, diagnostics);
    return exitCodeFor(diagnostics) || EXIT.input;
  }
  const sync = syncSchemas(world, config);
  const { written, error } = writeFiles(
    root,
    sync.write.map((f) => ({ path: f.path, data: new TextEncoder().encode(f.text) })),
  );
  for (const f of written) io.stdout(say(io, "cli.wrote", { file: f.split("\\").join("/") }) + "\n");
  if (error) {
    io.stderr(problemLines(io, error));
    return EXIT.usage;
  }
  for (const f of sync.remove) {
    rmSync(join(root, f), { force: true });
    io.stdout(say(io, "cli.schema.removed", { file: f }) + "\n");
  }
  if (!quietWhenCurrent && written.length === 0 && sync.remove.length === 0)
    io.stdout(say(io, "cli.schema.current") + "\n");
  return EXIT.ok;
}

export function registerSchema(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("schema")
    .description(say(io, "cli.schema.description"))
    .action(async () => {
      const code = await writeRepoSchemas(repoDir(program, io), io);
      if (code === EXIT.ok) io.stdout(say(io, "cli.schema.next") + "\n");
      setCode(code);
    });
}
