/**
 * Load the DOCX/PDF writers on demand, so that `check`, `status` and Markdown/JSON output never
 * load them. In the bundled CLI (src/build/bundle.ts) this file is swapped for one that loads the
 * separate writers bundle (dist/bundle/writers.cjs) with its own code cache.
 */
export type Writers = typeof import("./index.js");

export function loadWriters(): Promise<Writers> {
  return import("./index.js");
}
