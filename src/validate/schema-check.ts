/**
 * Check parsed YAML data against the JSON Schemas in `schemas/` with ajv (all errors), and turn
 * ajv's errors into diagnostics that point at the YAML node and say what was expected.
 */
import type { ErrorObject } from "ajv";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { YamlFile } from "../yaml/parse-yaml.js";
import { positionOf, type DataPath } from "../yaml/yaml-position.js";
import { suggestion } from "../diagnostics/did-you-mean.js";

/** Fields people reach for in the wrong place, with where they belong (given the fields allowed there). */
const FIELD_HINTS: Record<string, (allowed: string[]) => string | undefined> = {
  numbering: (allowed) =>
    allowed.includes("levels") && allowed.includes("sections")
      ? "a section sets numbering with `level: { numbering: roman }` (its own heading) or `levels: [{ numbering: arabic }]` (its sub-sections)"
      : undefined,
  ...Object.fromEntries(
    ["prefix", "suffix", "bold", "italic", "uppercase", "align", "runIn"].map((field) => [
      field,
      (allowed: string[]) => (allowed.includes("levels") && allowed.includes("sections") ? `a section sets its heading's \`${field}\` in \`level: { ${field}: … }\`` : undefined),
    ]),
  ),
};
import { loadValidators, type SchemaName } from "./validators.js";
import { dateForm, textExpected } from "./value-hints.js";

export type { SchemaName } from "./validators.js";

function pathOf(instancePath: string): Array<string | number> {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describePath(path: DataPath): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out || "the file";
}

function typeName(v: unknown): string {
  if (v === null) return "nothing (null)";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the text \`${v.length > 40 ? v.slice(0, 40) + "…" : v}\``;
  return `${typeof v === "number" ? "the number" : "the value"} \`${String(v)}\``;
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === "object" ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

const typeWords: Record<string, string> = {
  string: "a text",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (key: value lines)",
  null: "nothing",
};

function expectedType(t: string | string[]): string {
  return (Array.isArray(t) ? t : [t]).map((x) => typeWords[x] ?? x).join(" or ");
}

function oneError(e: ErrorObject, data: unknown, y: YamlFile): Diagnostic {
  const path = pathOf(e.instancePath);
  const name = describePath(path);
  const found = valueAt(data, path);
  let message: string;
  let hint: string | undefined;
  let at = positionOf(y, path);
  switch (e.keyword) {
    case "required": {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      message = `missing required field \`${missing}\`${path.length ? ` in \`${name}\`` : ""}`;
      break;
    }
    case "additionalProperties": {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(((e.parentSchema as { properties?: object }) ?? {}).properties ?? {}).filter((k) => k !== "$schema");
      message = `unknown field \`${extra}\`${path.length ? ` in \`${name}\`` : ""}`;
      hint = FIELD_HINTS[extra]?.(allowed) ?? suggestion(extra, allowed);
      at = positionOf(y, [...path, extra], { key: true });
      break;
    }
    case "enum": {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      message = `expected \`${name}\` to be one of ${allowed.map((a) => `\`${a}\``).join(", ")} — found \`${String(found)}\``;
      const best = suggestion(String(found), allowed);
      if (best?.startsWith("did")) hint = best;
      break;
    }
    case "type": {
      const type = (e.params as { type: string | string[] }).type;
      message = `expected \`${name}\` to be ${expectedType(type)}, found ${typeName(found)}`;
      const text = type === "string" ? textExpected(name, String(path[path.length - 1] ?? name), found) : undefined;
      // The fix (`|`) goes on the key's line: point there.
      if (text) ({ message, hint } = text), (at = positionOf(y, path, { key: true }));
      break;
    }
    case "pattern":
      message = /\\\./.test(String((e.params as { pattern: string }).pattern))
        ? `expected \`${name}\` to be \`<unit>.<item id>\` (e.g. \`vp.ke-hoach\`), found ${typeName(found)}`
        : /a-z0-9/.test(String((e.params as { pattern: string }).pattern))
        ? `expected \`${name}\` to be an id of lower-case letters, digits and \`-\`, found ${typeName(found)}`
        : `expected \`${name}\` to match the form \`${(e.params as { pattern: string }).pattern}\`, found ${typeName(found)}`;
      if (name.endsWith("date")) ({ message, hint } = dateForm(name, String(path[path.length - 1]), found));
      if (name.endsWith("code")) hint = "use upper-case letters and digits, e.g. SKHCN";
      break;
    case "minLength":
      message = `expected \`${name}\` not to be empty`;
      break;
    case "minItems":
      message = `expected \`${name}\` to have at least ${(e.params as { limit: number }).limit} item(s)`;
      break;
    case "minProperties":
      message = `expected \`${name}\` to have at least one entry`;
      break;
    case "minimum":
    case "maximum":
      message = `expected \`${name}\` to be ${e.keyword === "minimum" ? "at least" : "at most"} ${(e.params as { limit: number }).limit}, found ${typeName(found)}`;
      break;
    case "propertyNames":
      message = `expected the keys of \`${name}\` to be ids of lower-case letters, digits and \`-\``;
      break;
    default:
      message = `\`${name}\` ${e.message ?? "is not valid"}`;
  }
  return diagnostic({ file: y.file, at, rule: "schema", message, hint });
}

function branchName(b: { type?: string; enum?: unknown[] }): string {
  if (b.type) return expectedType(b.type);
  if (b.enum) return `one of ${b.enum.map((v) => `\`${String(v)}\``).join(", ")}`;
  return "a mapping";
}

/**
 * The errors of the one branch of `alt` whose type the value has (the others fail on their type or enum
 * at the value itself), when there is exactly one: `{ text: "" }` is a mapping with an empty text,
 * not "neither a word nor a mapping".
 */
function fittingBranch(alt: ErrorObject, errors: ErrorObject[]): ErrorObject[] | undefined {
  const inner = errors.filter((e) => e !== alt && e.schemaPath.startsWith(alt.schemaPath + "/") && e.instancePath.startsWith(alt.instancePath));
  const byBranch = new Map<string, ErrorObject[]>();
  for (const e of inner) {
    const branch = e.schemaPath.slice(alt.schemaPath.length + 1).split("/")[0]!;
    byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
  }
  const misfit = (list: ErrorObject[]) => list.some((e) => (e.keyword === "type" || e.keyword === "enum") && e.instancePath === alt.instancePath);
  const fits = [...byBranch.values()].filter((list) => !misfit(list));
  return fits.length === 1 && byBranch.size === ((alt.schema as unknown[]) ?? []).length ? fits[0] : undefined;
}

/** Collapse the noise of oneOf/anyOf branches into one message per alternative point. */
function simplify(errors: ErrorObject[], data: unknown, y: YamlFile): Diagnostic[] {
  const alternatives = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  const kept = errors.filter(
    (e) =>
      e.keyword !== "propertyNames" &&
      // `if`/`then` (a not-done task needs a reason) is for editors; a fragment rule says it better.
      e.keyword !== "if" &&
      !e.schemaPath.includes("/then/") &&
      !(e.keyword === "pattern" && e.propertyName !== undefined) &&
      !alternatives.some((a) => e !== a && e.schemaPath.startsWith(a.schemaPath + "/") && e.instancePath.startsWith(a.instancePath)),
  );
  const out: Diagnostic[] = [];
  for (const e of kept) {
    if (e.keyword === "oneOf" || e.keyword === "anyOf") {
      const fitting = fittingBranch(e, errors);
      if (fitting) {
        out.push(...fitting.map((inner) => oneError(inner, data, y)));
        continue;
      }
      const path = pathOf(e.instancePath);
      const branches = (e.schema as Array<{ type?: string; required?: string[] }>) ?? [];
      const found = valueAt(data, path);
      const at = positionOf(y, path);
      const requiredAlt = branches.every((b) => b.required && !b.type);
      const message = requiredAlt
        ? `expected ${branches.map((b) => b.required!.map((r) => `\`${r}\``).join(" and ")).join(" or ")}${path.length ? ` in \`${describePath(path)}\`` : ""}`
        : `expected \`${describePath(path)}\` to be ${branches.map(branchName).join(" or ")}, found ${typeName(found)}`;
      out.push(diagnostic({ file: y.file, at, rule: "schema", message }));
    } else out.push(oneError(e, data, y));
  }
  return out;
}

export function checkSchema(name: SchemaName, data: unknown, y: YamlFile): Diagnostic[] {
  const validate = loadValidators()[name];
  if (validate(data)) return [];
  return simplify(validate.errors ?? [], data, y);
}
