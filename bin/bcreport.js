#!/usr/bin/env node
// Thin bin: everything happens in the compiled CLI (built by `npm ci` through the prepare script):
// the bundle dist/bundle/cli.cjs (see load-bundle.cjs), or dist/cli/run.js when only `tsc` ran.
import { createRequire } from "node:module";

let cli;
try {
  const { loadBundle, CLI } = createRequire(import.meta.url)("./load-bundle.cjs");
  cli = loadBundle(CLI) ?? (await import("../dist/cli/run.js"));
} catch (e) {
  process.stderr.write(`bcreport: internal error — this is a bug: cannot load the compiled CLI (${e && e.message}).\n  Run \`npm run build\` in the bcreport folder, then try again.\n`);
  process.exitCode = 70;
}
if (cli) await cli.run(process.argv.slice(2));
