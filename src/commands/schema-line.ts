/**
 * The `# yaml-language-server: $schema=…` first line of a file written by `new` or `init`.
 *
 * It points at the repository's own schemas in `schemas/` at its root (written by
 * `bcreport schema`, see repo-schemas.ts) by a path relative to the file, so it resolves on every
 * clone, wherever the repository is cloned or moved, with or without bcreport installed in it.
 */
import { SCHEMA_DIR } from "./repo-schemas.js";

/** `file` is repository-relative; `schema` a file name in `schemas/`, e.g. `fragment.monthly.schema.json`. */
export function schemaLine(file: string, schema: string): string {
  const up = file
    .split("/")
    .slice(0, -1)
    .map(() => "..");
  const target = [...(up.length ? up : ["."]), SCHEMA_DIR, schema].join("/");
  return `# yaml-language-server: $schema=${target}`;
}
