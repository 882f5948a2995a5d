/**
 * Build step (not part of the CLI): bundle the compiled CLI into two CommonJS files,
 *
 *   dist/bundle/cli.cjs      dist/cli/run.js and everything it imports, dependencies included,
 *                            except the document writers: all that `check` and `status` run;
 *   dist/bundle/writers.cjs  dist/writers/index.js: the DOCX and PDF writers with docx and fflate,
 *
 * which bin/load-bundle.cjs evaluates with a V8 code cache each (train-code-cache.ts).
 *
 * Why: start-up dominates a CLI that compiles a few pages. Resolving and reading ~500 module
 * files costs ~50 ms on every run, and a single file can be given a code cache, so the functions
 * a run needs are neither parsed nor compiled again. Two files, so that `check` does not even
 * read the writers. The native Typst compiler stays an ordinary `require`.
 *
 * esbuild-wasm (a devDependency) is used because it has no per-platform binary packages.
 */
import { build, type BuildOptions, type Plugin } from "esbuild-wasm";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import Module from "node:module";
import { dirname } from "node:path";
import { asciiOnly } from "./ascii-only.js";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A loader of build-time generated code (dist/<folder>/<loader>.js) replaced by a `require`
 * esbuild can see, so the generated code is part of the bundle and of its code cache.
 */
function staticGenerated(folder: string, loader: string, contents: string): Plugin {
  return {
    name: `static-${loader}`,
    setup(b) {
      b.onLoad({ filter: new RegExp(`[\\\\/]${folder}[\\\\/]${loader}\\.js$`) }, () => ({ contents, resolveDir: `${root}dist/${folder}`, loader: "js" }));
    },
  };
}

/** The schema validators (validate/validators.ts skips its schema-hash check for bundled ones). */
const staticValidators = staticGenerated("validate", "load-generated", `export function loadGeneratedValidators() { return { ...require("./validators.generated.cjs"), bundled: true }; }`);
/** The precompiled built-in frame templates. */
const staticTemplates = staticGenerated("frame", "load-precompiled", `export function loadPrecompiledTemplates() { return require("./templates.generated.cjs"); }`);
/** Handlebars' runtime and compiler, each evaluated on its first use (frame/load-handlebars.ts). */
const lazyHandlebars = staticGenerated(
  "frame",
  "load-handlebars",
  `export function loadHandlebarsRuntime() { return require("handlebars/runtime"); }
   export function loadHandlebarsCompiler() { return require("handlebars"); }`,
);

/** writers/load-writers.js → load the writers bundle through the bin's loader (same process-wide instance). */
const separateWriters: Plugin = {
  name: "separate-writers",
  setup(b) {
    b.onLoad({ filter: /[\\/]writers[\\/]load-writers\.js$/ }, () => ({
      contents: `
        const loaderPath = require("node:path").join(__dirname, "..", "..", "bin", "load-bundle.cjs");
        export async function loadWriters() {
          const loader = require(loaderPath);
          const writers = loader.loadBundle(loader.WRITERS);
          if (!writers) throw new Error("the writers bundle " + loader.WRITERS + " is missing: run \`npm run build\`");
          return writers;
        }`,
      loader: "js",
    }));
  },
};

/**
 * commander requires node:child_process at load time, for subcommands that are separate
 * executables, which bcreport does not have: load it when such a subcommand would spawn.
 */
const lazyChildProcess: Plugin = {
  name: "lazy-child-process",
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const text = await readFile(args.path, "utf8");
      if (!text.includes(eager)) throw new Error(`${args.path}: \`${eager}\` not found (commander changed); update lazyChildProcess in src/build/bundle.ts`);
      return { contents: text.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: "js" };
    });
  },
};

/**
 * dist/bundle/ sits at the same depth as dist/<folder>/, so the `new URL("../../templates/",
 * import.meta.url)` lookups in the sources find the same folders from the bundles.
 */
const common: BuildOptions = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["@myriaddreamin/*"],
  // CommonJS has no import.meta: give every module the bundle's own URL instead.
  define: { "import.meta.url": "__bcreport_bundle_url" },
  banner: { js: `"use strict";\nvar __bcreport_bundle_url = require("node:url").pathToFileURL(__filename).href;` },
  legalComments: "none",
  logLevel: "warning",
};

/**
 * Bundle one entry point into one ASCII-only file (ascii-only.ts), written already wrapped in
 * Node's CommonJS module function, `(function (exports, require, module, __filename, __dirname) {
 * … })`: bin/load-bundle.cjs compiles the file's text as it is, where wrapping it at run time
 * would copy the 1.4 MB text once more (~0.8 ms).
 */
async function bundleOne(entry: string, outfile: string, plugins: Plugin[] = []): Promise<void> {
  const result = await build({ ...common, entryPoints: [`${root}${entry}`], outfile: `${root}${outfile}`, plugins, write: false });
  for (const out of result.outputFiles) {
    await mkdir(dirname(out.path), { recursive: true });
    await writeFile(out.path, Module.wrap(asciiOnly(out.path, out.text)));
  }
}

export async function bundle(): Promise<void> {
  await bundleOne("dist/cli/run.js", "dist/bundle/cli.cjs", [staticValidators, staticTemplates, lazyHandlebars, separateWriters, lazyChildProcess]);
  await bundleOne("dist/writers/index.js", "dist/bundle/writers.cjs");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundle();
