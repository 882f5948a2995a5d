/**
 * `npm run build` (also run by `npm ci` / `npm install` through `prepare`), in four steps:
 *
 *   1. clean dist/;
 *   2. the schema validators: ajv's standalone code for schemas/*.schema.json, written to
 *      dist/validate/schema-validators.cjs, which src/validate/validators.ts imports as `#schema-validators`:
 *      the CLI, the library and the tests all run this code, and none compiles a schema at run time;
 *   3. tsc: src/ → dist/ (the library, `import … from "bcreport"`);
 *   4. esbuild: dist/cli/run.js and everything it imports → dist/bundle/cli.cjs, which the bin
 *      loads (one file instead of ~500 modules saves ~50 ms a run), except the DOCX and PDF
 *      writers → dist/bundle/writers.cjs, which `build` loads when it needs them.
 *
 * It ends by writing dist/build-stamp.json, which tells the bin and the tests whether dist/ is
 * older than the sources (bin/build-freshness.cjs).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const require = createRequire(import.meta.url);
const { writeStamp } = require("../bin/build-freshness.cjs");
const startedAt = Date.now();

// 1. clean
rmSync(`${root}dist`, { recursive: true, force: true });

// 2. schema validators (the export names are what src/validate/validators.ts reads)
const SCHEMAS = { bcreport: "bcreport.schema.json", report: "report", fragment: "fragment" };
const { Ajv } = require("ajv");
const standaloneCode = require("ajv/dist/standalone").default;
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true } });
for (const [name, id] of Object.entries(SCHEMAS))
  ajv.addSchema(JSON.parse(readFileSync(`${root}schemas/${name}.schema.json`, "utf8")), id);
mkdirSync(`${root}dist/validate`, { recursive: true });
writeFileSync(`${root}dist/validate/schema-validators.cjs`, standaloneCode(ajv, SCHEMAS));

// 3. tsc
const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", `${root}tsconfig.json`], {
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// 4. bundle (esbuild-wasm: no per-platform binary package to install)
const { build } = await import("esbuild-wasm");
/** The writers (dist/writers/index.js, which registry.js imports) are a bundle of their own: `check` neither reads nor compiles them. */
const writersApart = {
  name: "writers-apart",
  setup(b) {
    b.onResolve({ filter: /^\.\/index\.js$/ }, (args) =>
      /[\\/]dist[\\/]writers[\\/][^\\/]+\.js$/.test(args.importer)
        ? { path: "./writers.cjs", external: true }
        : undefined,
    );
  },
};
const bundle = (entry, outfile, plugins = []) =>
  build({
    entryPoints: [`${root}${entry}`],
    outfile: `${root}${outfile}`,
    plugins,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    // Smaller to read and parse; names are kept, so stack traces stay readable.
    minifyWhitespace: MINIFY,
    minifySyntax: MINIFY,
    // `import()` → `require()`: the writers bundle is CommonJS, and Node would scan it for its
    // exports before importing it as an ES module (~20 ms for 400 kB).
    supported: { "dynamic-import": false },
    // The native Typst compiler is loaded from node_modules as it is.
    external: ["@myriaddreamin/*"],
    // CommonJS has no import.meta: the sources' `new URL("../../templates/", import.meta.url)`
    // get the bundle's own URL, and dist/bundle/ is as deep as dist/<folder>/, so they find the same files.
    define: { "import.meta.url": "__bundle_url" },
    banner: { js: `"use strict";\nvar __bundle_url = require("node:url").pathToFileURL(__filename).href;` },
    legalComments: "none",
    logLevel: "warning",
  });
const MINIFY = true;
await bundle("dist/cli/run.js", "dist/bundle/cli.cjs", [writersApart]);
await bundle("dist/writers/index.js", "dist/bundle/writers.cjs");

writeStamp(root, startedAt);
