#!/usr/bin/env node
// Thin bin: everything happens in the compiled CLI (built by `npm ci` through the prepare script):
// the bundle dist/bundle/cli.cjs (see load-bundle.cjs), or dist/cli/run.js when only `tsc` ran.
// CommonJS, not an ES module: Node starts a CommonJS entry point a few milliseconds sooner.
"use strict";

function loadFailed(e) {
  process.stderr.write(`bcreport: internal error — this is a bug: cannot load the compiled CLI (${e && e.message}).\n  Run \`npm run build\` in the bcreport folder, then try again.\n`);
  process.exitCode = 70;
}

let cli;
try {
  const { loadBundle, CLI } = require("./load-bundle.cjs");
  cli = loadBundle(CLI);
} catch (e) {
  loadFailed(e);
}
if (cli) cli.run(process.argv.slice(2));
else if (process.exitCode !== 70) import("../dist/cli/run.js").then((m) => m.run(process.argv.slice(2)), loadFailed);
