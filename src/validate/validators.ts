/**
 * The compiled schema validators. `npm run build` (and `npm ci`, through `prepare`) writes them
 * ahead of time as standalone code (dist/validate/validators.generated.cjs), which saves ajv's
 * compile on every start; the file records a hash of the schemas it was made from, and when the
 * schemas changed since (or it is absent, as when running from src/) ajv compiles them here.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { loadGeneratedValidators } from "./load-generated.js";

export type SchemaName = "bcreport" | "report" | "fragment";
export const SCHEMA_NAMES: SchemaName[] = ["bcreport", "report", "fragment"];

const schemaDir = fileURLToPath(new URL("../../schemas/", import.meta.url));
const require = createRequire(import.meta.url);
let validators: Record<SchemaName, ValidateFunction> | undefined;

export function schemaText(name: SchemaName): string {
  return readFileSync(`${schemaDir}${name}.schema.json`, "utf8");
}

/** Hash of the three schema files, to tell whether pre-compiled validators are current. */
export function schemasHash(): string {
  const h = createHash("sha256");
  for (const n of SCHEMA_NAMES) h.update(schemaText(n));
  return h.digest("hex");
}

/** An ajv instance with every schema added under its name: what both paths compile. */
export async function schemaAjv() {
  const { Ajv } = await import("ajv");
  return ajvWith(Ajv);
}

function ajvWith(Ajv: typeof import("ajv").Ajv) {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true } });
  ajv.addSchema(JSON.parse(schemaText("bcreport")) as object, "bcreport.schema.json");
  ajv.addSchema(JSON.parse(schemaText("report")) as object, "report");
  ajv.addSchema(JSON.parse(schemaText("fragment")) as object, "fragment");
  return ajv;
}

const ID: Record<SchemaName, string> = { bcreport: "bcreport.schema.json", report: "report", fragment: "fragment" };

function precompiled(): Record<SchemaName, ValidateFunction> | undefined {
  const mod = loadGeneratedValidators() as ({ hash: string } & Record<SchemaName, ValidateFunction>) | undefined;
  return mod?.hash === schemasHash() ? mod : undefined;
}

export function loadValidators(): Record<SchemaName, ValidateFunction> {
  if (validators) return validators;
  const pre = precompiled();
  if (pre) return (validators = { bcreport: pre.bcreport, report: pre.report, fragment: pre.fragment });
  const { Ajv } = require("ajv") as typeof import("ajv");
  const ajv = ajvWith(Ajv);
  validators = { bcreport: ajv.getSchema(ID.bcreport)!, report: ajv.getSchema(ID.report)!, fragment: ajv.getSchema(ID.fragment)! };
  return validators;
}

export { ID as SCHEMA_IDS };
