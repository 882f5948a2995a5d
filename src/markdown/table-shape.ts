/**
 * The shape of a ```table block's YAML, checked key by key (schemas/table.schema.json describes
 * the same form for editors; test/table-shape.test.ts keeps the two in step). Returns problems
 * with the data path they are about.
 */
import { msg, type Message } from "../messages/index.js";
import { codeList, suggestion } from "../diagnostics/did-you-mean.js";
import type { DataPath } from "../yaml/yaml-position.js";

export interface ShapeProblem {
  path: DataPath;
  message: Message;
  hint?: Message;
  /** Point at the key rather than its value (an unknown key). */
  key?: boolean;
}

const TABLE_KEYS = ["title", "unit", "widths", "align", "header", "rows", "csv", "csvSkip", "total"];
const CELL_KEYS = ["text", "colspan", "rowspan", "align"];
const ALIGNS = ["left", "center", "right"];

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
/** A cell's text: any YAML scalar, printed as written (markdown/cells-as-written.ts). */
const isScalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);
const name = (path: DataPath) => path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
const found = (v: unknown): Message =>
  v === null || v === undefined
    ? msg("tables.found.nothing")
    : Array.isArray(v)
      ? msg("tables.found.list")
      : isMap(v)
        ? msg("tables.found.mapping")
        : typeof v === "string"
          ? msg("tables.found.text", { text: v })
          : msg("tables.found.value", { value: String(v) });
/** What a value should have been: `tables.what.<id>`. */
const what = (id: string) => msg(`tables.what.${id}`);
const wholeAtLeast = (v: unknown, min: number) => typeof v === "number" && Number.isInteger(v) && v >= min;

export function checkTableShape(data: unknown): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const want = (path: DataPath, expected: string, value: unknown, hint?: Message) =>
    problems.push({
      path,
      message: msg("tables.expected", { name: name(path), what: what(expected), found: found(value) }),
      ...(hint ? { hint } : {}),
    });
  if (!isMap(data)) {
    problems.push({ path: [], message: msg("tables.not-a-mapping", { found: found(data) }) });
    return problems;
  }
  for (const [key, value] of Object.entries(data)) {
    if (!TABLE_KEYS.includes(key)) {
      problems.push({
        path: [key],
        key: true,
        message: msg("tables.unknown-key", { key }),
        hint: suggestion(key, TABLE_KEYS) ?? msg("tables.unknown-key.hint", { keys: codeList(TABLE_KEYS) }),
      });
      continue;
    }
    if ((key === "title" || key === "unit") && typeof value !== "string") want([key], "text", value);
    if (key === "csv" && (typeof value !== "string" || value.trim() === "")) want([key], "csv", value);
    if (key === "csvSkip" && !wholeAtLeast(value, 0)) want([key], "skip", value);
    if (key === "widths") {
      if (!Array.isArray(value) || value.length === 0) want([key], "widths", value);
      else
        value.forEach((w, i) => {
          if (typeof w !== "number" || !(w > 0)) want([key, i], "width", w);
        });
    }
    if (key === "align") {
      if (!Array.isArray(value) || value.length === 0) want([key], "aligns", value);
      else
        value.forEach((a, i) => {
          if (!ALIGNS.includes(a as string)) want([key, i], "align", a);
        });
    }
    if (key === "header" || key === "rows" || key === "total") {
      if (!Array.isArray(value)) {
        want([key], "rows", value, msg("tables.rows.hint"));
        continue;
      }
      value.forEach((row, r) => {
        if (!Array.isArray(row)) return want([key, r], "row", row, msg("tables.row.hint"));
        row.forEach((cell, c) => checkCell(cell, [key, r, c], want, problems));
      });
    }
  }
  return problems;
}

function checkCell(
  cell: unknown,
  path: DataPath,
  want: (p: DataPath, expected: string, v: unknown, hint?: Message) => void,
  problems: ShapeProblem[],
): void {
  if (isScalar(cell)) return;
  if (!isMap(cell)) return want(path, "cell", cell, msg("tables.cell.hint"));
  for (const [key, value] of Object.entries(cell)) {
    const at = [...path, key];
    if (!CELL_KEYS.includes(key))
      problems.push({
        path: at,
        key: true,
        message: msg("tables.unknown-cell-key", { key }),
        hint: suggestion(key, CELL_KEYS) ?? msg("tables.unknown-cell-key.hint"),
      });
    else if (key === "text" && !isScalar(value)) want(at, "text", value);
    else if ((key === "colspan" || key === "rowspan") && !wholeAtLeast(value, 1)) want(at, "span", value);
    else if (key === "align" && !ALIGNS.includes(value as string)) want(at, "align", value);
  }
  if (!("text" in cell))
    problems.push({
      path,
      message: msg("tables.cell-without-text", { name: name(path) }),
      hint: msg("tables.cell-without-text.hint"),
    });
}
