/** `bcreport schema`: write the repository's own schemas into `schemas/` (also run by `new` and `init`). */
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import type { CliIo } from "./io.js";
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
  for (const f of written) io.stdout(`wrote ${f.split("\\").join("/")}\n`);
  if (error) {
    io.stderr(`error: ${error}\n`);
    return EXIT.usage;
  }
  for (const f of sync.remove) {
    rmSync(join(root, f), { force: true });
    io.stdout(`removed ${f} (its report kind is no longer in bcreport.yaml)\n`);
  }
  if (!quietWhenCurrent && written.length === 0 && sync.remove.length === 0)
    io.stdout("schemas/ is up to date with bcreport.yaml\n");
  return EXIT.ok;
}

export function registerSchema(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("schema")
    .description("write the repository's schemas into schemas/ (its unit, section and signer ids), for editors")
    .action(async () => {
      const code = await writeRepoSchemas(repoDir(program, io), io);
      if (code === EXIT.ok)
        io.stdout("next: commit schemas/ with bcreport.yaml; editors then complete and check `unit:` and `section:`\n");
      setCode(code);
    });
}
