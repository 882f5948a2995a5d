/**
 * The compiled schema validators: ajv's standalone code for `schemas/*.schema.json`, which
 * `npm run build` writes to dist/validate/schema-validators.cjs (scripts/build.mjs), imported through
 * package.json "imports" (`#schema-validators`; its types are schema-validators.d.cts). The CLI, the
 * library and the tests all run that same code; after a schema changes, the bin asks for a
 * rebuild and the test run rebuilds (bin/build-freshness.cjs).
 */
import type { ValidateFunction } from "ajv";
import validators from "#schema-validators";

export type SchemaName = "bcreport" | "report" | "fragment";

export function loadValidators(): Record<SchemaName, ValidateFunction> {
  return validators;
}
