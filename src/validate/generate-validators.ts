/**
 * Build step (run by `npm run build` / `prepare`): write the schema validators as standalone
 * code next to this file, so the CLI does not compile the schemas with ajv on every start.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SCHEMA_IDS, schemaAjv, schemasHash } from "./validators.js";

const ajv = await schemaAjv();
// A CommonJS module whose export is the function itself.
const standaloneCode = (await import("ajv/dist/standalone/index.js")).default as unknown as (a: typeof ajv, refs: Record<string, string>) => string;
const code = standaloneCode(ajv, { ...SCHEMA_IDS });
const out = fileURLToPath(new URL("./validators.generated.cjs", import.meta.url));
writeFileSync(out, `${code}\nmodule.exports.hash = ${JSON.stringify(schemasHash())};\n`);
