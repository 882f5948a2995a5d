/**
 * Build step (not part of the CLI): make the V8 code caches of the bundles (bundle.ts).
 *
 * The bundles are loaded the way the bin loads them, then run in-process on the bundled example
 * (check; build to DOCX, PDF and Markdown; status) with the output thrown away. Each cache then
 * holds the bytecode of every function those runs compiled, so a real run starts without
 * parsing or compiling them. V8 checks a cache against its version and flags and ignores it
 * when they differ: a stale cache makes a run slower, never different.
 */
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const example = join(root, "examples/cao-bang");

interface Loader {
  CLI: string;
  loaded: Map<string, { script: { createCachedData(): Buffer } }>;
  loadBundle(file: string): { main(argv: string[], io: unknown): Promise<number> } | undefined;
  withoutCache(): void;
}

export async function trainCodeCache(): Promise<void> {
  const loader = createRequire(import.meta.url)(join(root, "bin/load-bundle.cjs")) as Loader;
  loader.withoutCache();
  const cli = loader.loadBundle(loader.CLI);
  if (!cli) throw new Error("no bundle: run dist/build/bundle.js first");
  if (existsSync(join(example, "bcreport.yaml"))) {
    const out = mkdtempSync(join(tmpdir(), "bcreport-train-"));
    const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: {}, isTTY: false };
    try {
      for (const argv of [
        ["check", "-C", example],
        ["build", "2023-11", "-C", example, "-o", out, "--format", "docx,pdf,md"],
        ["status", "2023-11", "-C", example],
      ]) {
        const code = await cli.main(argv, io);
        if (code !== 0) process.stderr.write(`train-code-cache: \`bcreport ${argv.join(" ")}\` exited ${code}; the cache covers less\n`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  for (const [file, { script }] of loader.loaded) {
    const tmp = `${file}.cache.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, `${file}.cache`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await trainCodeCache();
