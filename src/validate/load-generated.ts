/**
 * The validators written ahead of time by generate-validators.ts, or undefined when there are
 * none. The bundle (src/build/bundle.ts) swaps this file for a static `require` so that the
 * validators are part of the bundle and of its code cache.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function loadGeneratedValidators(): unknown {
  try {
    return require("./validators.generated.cjs");
  } catch {
    return undefined;
  }
}
