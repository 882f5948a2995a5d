/**
 * The shape of a ```table block's YAML, checked key by key (schemas/table.schema.json describes
 * the same form for editors; test/table-shape.test.ts keeps the two in step). Returns problems
 * with the data path they are about.
 */
import { translate, type Message } from "../messages/index.js";
import { suggestion } from "../diagnostics/did-you-mean.js";
import type { DataPath } from "../yaml/yaml-position.js";

/** Table problems are not in the message catalogue yet: their text is English in both languages. */
const english = (m: Message | undefined) => m && translate(m, "en");

export interface ShapeProblem {
  path: DataPath;
  message: string;
  hint?: string;
  /** Point at the key rather than its value (an unknown key). */
  key?: boolean;
}

const TABLE_KEYS = ["title", "unit", "widths", "align", "header", "rows", "csv", "csvSkip", "total"];
const CELL_KEYS = ["text", "colspan", "rowspan", "align"];
const ALIGNS = ["left", "center", "right"];

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const name = (path: DataPath) => path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
const found = (v: unknown) =>
  v === null || v === undefined
    ? "nothing"
    : Array.isArray(v)
      ? "a list"
      : isMap(v)
        ? "a mapping"
        : typeof v === "string"
          ? `the text \`${v}\``
          : `\`${String(v)}\``;
const wholeAtLeast = (v: unknown, min: number) => typeof v === "number" && Number.isInteger(v) && v >= min;

export function checkTableShape(data: unknown): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const want = (path: DataPath, what: string, value: unknown, hint?: string) =>
    problems.push({
      path,
      message: `expected \`${name(path)}\` to be ${what} — found ${found(value)}`,
      ...(hint ? { hint } : {}),
    });
  if (!isMap(data)) {
    problems.push({
      path: [],
      message: `expected the table as \`key: value\` lines (\`header:\`, \`rows:\` …) — found ${found(data)}`,
    });
    return problems;
  }
  for (const [key, value] of Object.entries(data)) {
    if (!TABLE_KEYS.includes(key)) {
      problems.push({
        path: [key],
        key: true,
        message: `unknown key \`${key}\` in a table`,
        hint: english(suggestion(key, TABLE_KEYS)) ?? `the keys are ${TABLE_KEYS.map((k) => `\`${k}\``).join(", ")}`,
      });
      continue;
    }
    if ((key === "title" || key === "unit") && typeof value !== "string") want([key], "a text", value);
    if (key === "csv" && (typeof value !== "string" || value.trim() === ""))
      want([key], "the path of a CSV file", value);
    if (key === "csvSkip" && !wholeAtLeast(value, 0)) want([key], "a whole number (lines to leave out)", value);
    if (key === "widths") {
      if (!Array.isArray(value) || value.length === 0) want([key], "a list of numbers, one per column", value);
      else
        value.forEach((w, i) => {
          if (typeof w !== "number" || !(w > 0)) want([key, i], "a number above 0", w);
        });
    }
    if (key === "align") {
      if (!Array.isArray(value) || value.length === 0)
        want([key], "a list of `left`, `center` or `right`, one per column", value);
      else
        value.forEach((a, i) => {
          if (!ALIGNS.includes(a as string)) want([key, i], "`left`, `center` or `right`", a);
        });
    }
    if (key === "header" || key === "rows" || key === "total") {
      if (!Array.isArray(value)) {
        want([key], "a list of rows", value, 'each row is a list in brackets: `- [STT, Nội dung, "1.200"]`');
        continue;
      }
      value.forEach((row, r) => {
        if (!Array.isArray(row))
          return want([key, r], "a row (a list of cells in brackets)", row, "write the row as `- [cell, cell, …]`");
        row.forEach((cell, c) => checkCell(cell, [key, r, c], want, problems));
      });
    }
  }
  return problems;
}

function checkCell(
  cell: unknown,
  path: DataPath,
  want: (p: DataPath, what: string, v: unknown, hint?: string) => void,
  problems: ShapeProblem[],
): void {
  if (typeof cell === "string" || typeof cell === "number") return;
  if (!isMap(cell))
    return want(
      path,
      "a cell: a text, or `{text: …, colspan: …, rowspan: …}`",
      cell,
      "quote a text that holds a comma, a colon or brackets",
    );
  for (const [key, value] of Object.entries(cell)) {
    const at = [...path, key];
    if (!CELL_KEYS.includes(key))
      problems.push({
        path: at,
        key: true,
        message: `unknown key \`${key}\` in a cell`,
        hint: english(suggestion(key, CELL_KEYS)) ?? "a cell has `text`, `colspan`, `rowspan` and `align`",
      });
    else if (key === "text" && typeof value !== "string" && typeof value !== "number") want(at, "a text", value);
    else if ((key === "colspan" || key === "rowspan") && !wholeAtLeast(value, 1))
      want(at, "a whole number of 1 or more", value);
    else if (key === "align" && !ALIGNS.includes(value as string)) want(at, "`left`, `center` or `right`", value);
  }
  if (!("text" in cell))
    problems.push({
      path,
      message: `expected \`${name(path)}\` to have a \`text\``,
      hint: 'write `{text: "", colspan: 2}` for an empty merged cell',
    });
}
