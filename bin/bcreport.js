#!/usr/bin/env node
// Thin bin: everything happens in dist/cli/run.js (built by `npm ci` through the prepare script).
import("../dist/cli/run.js").then(
  (m) => m.run(process.argv.slice(2)),
  (e) => {
    process.stderr.write(`bcreport: internal error — this is a bug: cannot load the compiled CLI (${e && e.message}).\n  Run \`npm run build\` in the bcreport folder, then try again.\n`);
    process.exitCode = 70;
  },
);
