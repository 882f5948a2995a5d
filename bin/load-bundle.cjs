// Loads the bundled CLI. `npm run build` writes two single-file bundles, each with a V8 code cache
// (src/build/bundle.ts, src/build/train-code-cache.ts):
//   dist/bundle/cli.cjs      everything but the document writers: what `check` and `status` run;
//   dist/bundle/writers.cjs  the DOCX and PDF writers, loaded by `build` when it needs them.
// With the cache V8 skips parsing and compiling the functions a run needs. A cache made by
// another Node version is rejected by V8, and the bundle is compiled as usual.
"use strict";
const { isAscii } = require("node:buffer");
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const { basename, dirname, join } = require("node:path");
const vm = require("node:vm");

const DIR = join(__dirname, "..", "dist", "bundle");
const CLI = join(DIR, "cli.cjs");
const WRITERS = join(DIR, "writers.cjs");

/** file → { exports, script, cache: "used" | "rejected" | "none" }: each bundle is evaluated once per process. */
const loaded = new Map();
let useCache = true;

function readOrUndefined(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The build makes the bundles pure ASCII (src/build/ascii-only.ts), which Latin-1 decodes by
 * copying bytes into a one-byte string; UTF-8 decoding is slower and makes a two-byte string.
 */
function sourceText(bytes) {
  return isAscii(bytes) ? bytes.latin1Slice() : bytes.toString("utf8");
}

/**
 * Evaluate a bundle as CommonJS; undefined when the file is not there. The build writes each
 * bundle already wrapped in the CommonJS module function (src/build/bundle.ts), so its text is
 * compiled as it is and evaluates to that function.
 */
function loadBundle(file) {
  const known = loaded.get(file);
  if (known) return known.exports;
  const bytes = readOrUndefined(file);
  if (bytes === undefined) return undefined;
  const source = sourceText(bytes);
  const cachedData = useCache ? readOrUndefined(`${file}.cache`) : undefined;
  // The name V8 records (and keeps in the code cache) is package-relative: no builder's path in the cache.
  const script = new vm.Script(source, { filename: `bcreport/dist/bundle/${basename(file)}`, cachedData });
  const module = { exports: {} };
  const cache = cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used";
  loaded.set(file, { exports: module.exports, script, cache });
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  loaded.get(file).exports = module.exports;
  return module.exports;
}

module.exports = {
  CLI,
  WRITERS,
  loaded,
  loadBundle,
  /** For making the caches: evaluate without them. */
  withoutCache() {
    useCache = false;
  },
};
