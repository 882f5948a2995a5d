/**
 * Check parsed YAML data against the JSON Schemas in `schemas/` with ajv (all errors), and turn
 * ajv's errors into diagnostics that point at the YAML node and say what was expected.
 */
import type { ErrorObject } from "ajv";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { YamlFile } from "../yaml/parse-yaml.js";
import { positionOf, type DataPath } from "../yaml/yaml-position.js";
import { codeList, suggestion } from "../diagnostics/did-you-mean.js";
import { msg, type Message } from "../messages/index.js";

/** Fields people reach for in the wrong place, with where they belong (given the fields allowed there). */
const FIELD_HINTS: Record<string, (allowed: string[]) => Message | undefined> = {
  numbering: (allowed) =>
    allowed.includes("levels") && allowed.includes("sections") ? msg("schema.section-numbering.hint") : undefined,
  ...Object.fromEntries(
    ["prefix", "suffix", "bold", "italic", "uppercase", "align", "runIn"].map((field) => [
      field,
      (allowed: string[]) =>
        allowed.includes("levels") && allowed.includes("sections")
          ? msg("schema.section-level-field.hint", { field })
          : undefined,
    ]),
  ),
};
import { loadValidators, type SchemaName } from "./validators.js";
import { dateForm, textExpected } from "./value-hints.js";
import { groupedNumbers } from "./grouped-numbers.js";

export type { SchemaName } from "./validators.js";

function pathOf(instancePath: string): Array<string | number> {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `carried[0].note`: the field as typed (empty for the whole file). */
function pathText(path: DataPath): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/** The field in backticks, or "the file". */
function describePath(path: DataPath): string | Message {
  const out = pathText(path);
  return out ? `\`${out}\`` : msg("schema.the-file");
}

function typeName(v: unknown): Message {
  if (v === null) return msg("schema.found-null");
  if (Array.isArray(v)) return msg("schema.found-list");
  if (typeof v === "object") return msg("schema.found-mapping");
  if (typeof v === "string") return msg("schema.found-text", { text: v.length > 40 ? v.slice(0, 40) + "…" : v });
  return msg(typeof v === "number" ? "schema.found-number" : "schema.found-value", { value: String(v) });
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === "object" ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** `a text or a list`: the JSON types as words, joined with "or". */
function expectedType(t: string | string[]): Message {
  const words = (Array.isArray(t) ? t : [t]).map((x) => msg(`schema.type.${x}`));
  return words.slice(1).reduce<Message>((all, w) => msg("schema.or", { a: all, b: w }), words[0]!);
}

function oneError(e: ErrorObject, data: unknown, y: YamlFile): Diagnostic {
  const path = pathOf(e.instancePath);
  const name = describePath(path);
  const plain = pathText(path);
  const found = valueAt(data, path);
  let message: Message;
  let hint: Message | undefined;
  let at = positionOf(y, path);
  const where = path.length ? msg("schema.in", { name }) : "";
  switch (e.keyword) {
    case "required": {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      message = msg("schema.required", { missing, where });
      break;
    }
    case "additionalProperties": {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(((e.parentSchema as { properties?: object }) ?? {}).properties ?? {}).filter(
        (k) => k !== "$schema",
      );
      message = msg("schema.unknown-field", { extra, where });
      hint = FIELD_HINTS[extra]?.(allowed) ?? suggestion(extra, allowed);
      at = positionOf(y, [...path, extra], { key: true });
      break;
    }
    case "enum": {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      message = msg("schema.enum", { name, list: codeList(allowed), found: String(found) });
      const best = suggestion(String(found), allowed);
      if (best?.id === "did-you-mean") hint = best;
      break;
    }
    case "type": {
      const type = (e.params as { type: string | string[] }).type;
      message = msg("schema.type", { name, expected: expectedType(type), found: typeName(found) });
      const text = type === "string" ? textExpected(plain, String(path[path.length - 1] ?? plain), found) : undefined;
      // The fix (`|`) goes on the key's line: point there.
      if (text) (({ message, hint } = text), (at = positionOf(y, path, { key: true })));
      break;
    }
    case "pattern":
      message = /\\\./.test(String((e.params as { pattern: string }).pattern))
        ? msg("schema.pattern-item", { name, found: typeName(found) })
        : /a-z0-9/.test(String((e.params as { pattern: string }).pattern))
          ? msg("schema.pattern-id", { name, found: typeName(found) })
          : msg("schema.pattern", { name, pattern: (e.params as { pattern: string }).pattern, found: typeName(found) });
      if (plain.endsWith("date")) ({ message, hint } = dateForm(plain, String(path[path.length - 1]), found));
      if (plain.endsWith("code")) hint = msg("schema.code.hint");
      break;
    case "minLength":
      message = msg("schema.min-length", { name });
      break;
    case "minItems":
      message = msg("schema.min-items", { name, count: (e.params as { limit: number }).limit });
      break;
    case "minProperties":
      message = msg("schema.min-properties", { name });
      break;
    case "minimum":
    case "maximum":
      message = msg(`schema.${e.keyword}`, {
        name,
        limit: (e.params as { limit: number }).limit,
        found: typeName(found),
      });
      break;
    case "propertyNames":
      message = msg("schema.property-names", { name });
      break;
    default:
      message = msg("schema.other", { name, keyword: e.keyword, detail: e.message ?? "is not valid" });
  }
  return diagnostic({ file: y.file, at, rule: "schema", message, hint });
}

/**
 * The errors of the one branch of `alt` whose type the value has (the others fail on their type or enum
 * at the value itself), when there is exactly one: `{ text: "" }` is a mapping with an empty text,
 * not "neither a word nor a mapping".
 */
function fittingBranch(alt: ErrorObject, errors: ErrorObject[]): ErrorObject[] | undefined {
  const inner = errors.filter(
    (e) => e !== alt && e.schemaPath.startsWith(alt.schemaPath + "/") && e.instancePath.startsWith(alt.instancePath),
  );
  const byBranch = new Map<string, ErrorObject[]>();
  for (const e of inner) {
    const branch = e.schemaPath.slice(alt.schemaPath.length + 1).split("/")[0]!;
    byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
  }
  const misfit = (list: ErrorObject[]) =>
    list.some((e) => (e.keyword === "type" || e.keyword === "enum") && e.instancePath === alt.instancePath);
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
      !alternatives.some(
        (a) => e !== a && e.schemaPath.startsWith(a.schemaPath + "/") && e.instancePath.startsWith(a.instancePath),
      ),
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
      const where = path.length ? msg("schema.in", { name: describePath(path) }) : "";
      const join = (list: Message[], word: string) =>
        list.slice(1).reduce<Message>((all, x) => msg(word, { a: all, b: x }), list[0]!);
      const message = requiredAlt
        ? msg("schema.one-of-fields", {
            fields: join(
              branches.map((b) =>
                join(
                  b.required!.map((r) => msg("schema.code", { r })),
                  "schema.and",
                ),
              ),
              "schema.or",
            ),
            where,
          })
        : msg("schema.type", {
            name: describePath(path),
            expected: join(
              branches.map((b) => (b.type ? expectedType(b.type) : msg("schema.type.mapping"))),
              "schema.or",
            ),
            found: typeName(found),
          });
      out.push(diagnostic({ file: y.file, at, rule: "schema", message }));
    } else out.push(oneError(e, data, y));
  }
  return out;
}

export function checkSchema(name: SchemaName, data: unknown, y: YamlFile): Diagnostic[] {
  const validate = loadValidators()[name];
  const errors = validate(data) ? [] : [...(validate.errors ?? [])];
  const grouped = groupedNumbers(validate, data, y, errors);
  const flagged = new Set(grouped.pointers);
  // An error at a flagged value or inside it: `/metrics/1/actual` and its ancestors' pointers are looked up.
  const at = (e: ErrorObject) =>
    flagged.size > 0 && e.instancePath.split("/").some((_, i, parts) => flagged.has(parts.slice(0, i + 1).join("/")));
  const rest = errors.filter((e) => !at(e));
  return [...grouped.diagnostics, ...(rest.length ? simplify(rest, data, y) : [])];
}
