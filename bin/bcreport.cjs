#!/usr/bin/env node
// The command line: runs dist/bundle/cli.cjs, the single-file bundle that `npm run build` makes
// (`npm ci` and `npm install` run it through the `prepare` script). CommonJS, not an ES module:
// Node starts a CommonJS entry sooner. In a checkout whose dist/ is older than its sources it
// says so and exits 2 instead of running stale code (build-freshness.cjs).
"use strict";
const { join } = require("node:path");
const { enableCompileCache } = require("node:module");
const { staleBuild } = require("./build-freshness.cjs");

// Node ≥ 22.1 keeps the compiled bundle in its own on-disk cache between runs.
if (enableCompileCache) enableCompileCache();
const problem = staleBuild(join(__dirname, ".."));
if (problem) {
  process.stderr.write(`bcreport: ${problem}\n`);
  process.exitCode = 2;
} else {
  require("../dist/bundle/cli.cjs").run(process.argv.slice(2));
}
