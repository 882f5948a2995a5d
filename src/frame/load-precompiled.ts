/**
 * The built-in templates precompiled by generate-templates.ts (template text → Handlebars
 * template spec), or an empty record when there are none. The bundle (src/build/bundle.ts) swaps
 * this file for a static `require`, so the specs are part of the bundle and of its code cache.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function loadPrecompiledTemplates(): Record<string, unknown> {
  try {
    return require("./templates.generated.cjs") as Record<string, unknown>;
  } catch {
    return {};
  }
}
