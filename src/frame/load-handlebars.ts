/**
 * Handlebars in two parts. The runtime renders the precompiled built-in templates
 * (generate-templates.ts); the compiler — its parser tables and the source-map library it
 * loads — is needed only for a department's own template that is more than text and `{{path}}`
 * (simple-template.ts renders those). So the compiler is loaded the first time one is compiled,
 * and a run without one never evaluates it. The bundle (src/build/bundle.ts) swaps this file for
 * `require` calls that esbuild can see, which it evaluates on first call just the same.
 */
import type Handlebars from "handlebars";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function loadHandlebarsRuntime(): typeof Handlebars {
  return require("handlebars/runtime") as typeof Handlebars;
}

export function loadHandlebarsCompiler(): typeof Handlebars {
  return require("handlebars") as typeof Handlebars;
}
