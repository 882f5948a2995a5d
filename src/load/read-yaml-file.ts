/**
 * One user file through the first three stages: read bytes → decode → parse YAML → check schema.
 */
import type { Diagnostic } from "../diagnostics.js";
import { checkSchema, type SchemaName } from "../validate/schema-check.js";
import type { World } from "../world.js";
import { decodeText, MAX_FILE_BYTES } from "./decode-text.js";
import { parseYaml, type YamlFile } from "./parse-yaml.js";

export interface LoadedYaml<T> {
  yaml?: YamlFile;
  /** Present only when the file is valid against its schema. */
  data?: T;
  diagnostics: Diagnostic[];
}

const fail = (file: string, rule: string, message: string, hint?: string): Diagnostic => ({
  severity: "error",
  file,
  line: 1,
  column: 1,
  rule,
  message,
  ...(hint ? { hint } : {}),
});

export function readYamlFile<T>(world: World, file: string, schema: SchemaName): LoadedYaml<T> {
  if (!world.isInside(file)) {
    return { diagnostics: [fail(file, "outside-repository", "expected a file inside the repository, found a link pointing outside it", "copy the file into the repository instead of linking to it")] };
  }
  const size = world.fileSize(file);
  if (size !== undefined && size > MAX_FILE_BYTES) {
    return { diagnostics: [fail(file, "file-too-large", `expected a file of at most 1 MiB, found ${size} bytes`, "split the text into several fragments")] };
  }
  const bytes = world.readFile(file);
  if (!bytes) return { diagnostics: [fail(file, "unreadable", "cannot read the file")] };
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics };
  const parsed = parseYaml(file, decoded.text);
  if (!parsed.yaml) return { diagnostics: parsed.diagnostics };
  let data = parsed.data;
  if (data === null || data === undefined) data = schema === "report" ? {} : data;
  const diagnostics = [...parsed.diagnostics, ...checkSchema(schema, data, parsed.yaml)];
  const ok = !diagnostics.some((d) => d.severity === "error");
  return { yaml: parsed.yaml, ...(ok ? { data: data as T } : {}), diagnostics };
}
