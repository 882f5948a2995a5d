/**
 * `grouped-number`: a number typed with "." between thousands (`actual: 3.517`, `plan: 3.000`,
 * `1.234.567`) where the schema wants a number. YAML reads the first two as the decimals 3.517 and
 * 3 and the last as text, so the report would print "3,517 hồ sơ" where the unit meant 3.517 hồ sơ.
 *
 * Which fields are numeric is the schema's to say: a value is flagged when the whole number it
 * looks like (3517) is valid in its place — `metrics[].actual`, a report `number`, a section
 * `number` — and YAML's reading is a decimal or a text the schema rejects. A layout field keeps
 * its decimal (`lineSpacing: 1.250` cannot mean 1250), and so does a text field (`"3.517"` in a
 * label). The schema's own errors at a flagged value are left out: this one says it better.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { isMap, isScalar, isSeq, type Node, type Scalar } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { msg } from "../messages/index.js";
import { decimalSpelling, groupedDigits, groupedValue, looksGrouped } from "../vi/grouped-number.js";
import type { YamlFile } from "../yaml/parse-yaml.js";
import type { DataPath } from "../yaml/yaml-position.js";

export interface GroupedNumbers {
  diagnostics: Diagnostic[];
  /** ajv instance paths (`/metrics/1/actual`) of the flagged values. */
  pointers: string[];
}

interface Candidate {
  path: DataPath;
  node: Scalar;
  source: string;
}

/** Every scalar value (not key) typed without quotes whose text looks grouped, with its data path. */
function candidates(node: unknown, path: DataPath = [], out: Candidate[] = []): Candidate[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined) candidates(pair.value, [...path, key], out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => candidates(item, [...path, i], out));
  } else if (isScalar(node) && node.type === "PLAIN" && node.source !== undefined && looksGrouped(node.source)) {
    out.push({ path, node, source: node.source });
  }
  return out;
}

const pointerOf = (path: DataPath): string =>
  path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

const errorKey = (e: ErrorObject) => `${e.instancePath}|${e.schemaPath}`;

/** A copy of `data` with each value at `paths` replaced by its whole number. */
function withWholeNumbers(data: unknown, list: readonly Candidate[]): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  for (const c of list) {
    let at: Record<string | number, unknown> = copy;
    for (const p of c.path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
    at[c.path[c.path.length - 1]!] = groupedValue(c.source);
  }
  return copy;
}

/**
 * `errors` are the schema's errors for `data` as it is (ajv overwrites `validate.errors` on every call).
 * One more validation, with every candidate read as its whole number, says which of them fit.
 */
export function groupedNumbers(
  validate: ValidateFunction,
  data: unknown,
  y: YamlFile,
  errors: readonly ErrorObject[],
): GroupedNumbers {
  const rejected = new Set(errors.map((e) => e.instancePath));
  // A decimal, or a text the schema rejects; a text it takes is printed as typed, not corrupted.
  const found = candidates(y.doc.contents).filter(
    (c) => typeof c.node.value === "number" || rejected.has(pointerOf(c.path)),
  );
  if (found.length === 0) return { diagnostics: [], pointers: [] };
  const known = new Set(errors.map(errorKey));
  validate(withWholeNumbers(data, found));
  const after = validate.errors ?? [];
  const at = new Set(after.map((e) => e.instancePath));
  const broken = new Set(after.filter((e) => !known.has(errorKey(e))).map((e) => e.instancePath));
  const diagnostics: Diagnostic[] = [];
  const pointers: string[] = [];
  for (const c of found) {
    const pointer = pointerOf(c.path);
    // The whole number must fit where the value is, and break nothing above it that the value as read did not.
    const above = c.path.map((_, i) => pointerOf(c.path.slice(0, i)));
    const misfit = at.has(pointer) || above.some((p) => broken.has(p));
    if (misfit) continue;
    pointers.push(pointer);
    diagnostics.push(groupedNumberProblem(y, c, typeof c.node.value === "number", !rejected.has(pointer)));
  }
  return { diagnostics, pointers };
}

/** `decimalFits`: the decimal YAML read is valid there too (a metric, not a report `number`), so the hint offers it. */
function groupedNumberProblem(y: YamlFile, c: Candidate, decimal: boolean, decimalFits: boolean): Diagnostic {
  const last = c.path[c.path.length - 1];
  const typed = (value: string) => (typeof last === "string" ? `${last}: ${value}` : value);
  const field = c.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
  const whole = groupedDigits(c.source);
  const pos = y.lines.linePos((c.node as Node).range?.[0] ?? 0);
  const params = { field, written: c.source, whole, typed: typed(whole) };
  return diagnostic({
    file: y.file,
    line: pos.line,
    column: pos.col,
    rule: "grouped-number",
    message: decimal
      ? msg("validate.grouped-number.decimal", { ...params, decimal: Number(c.source) })
      : msg("validate.grouped-number.text", params),
    hint:
      decimal && decimalFits
        ? msg("validate.grouped-number.decimal.hint", {
            ...params,
            decimal: Number(c.source),
            typedDecimal: typed(decimalSpelling(c.source)),
          })
        : msg("validate.grouped-number.text.hint", params),
  });
}
