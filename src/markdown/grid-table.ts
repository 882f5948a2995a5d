/**
 * A ```table fenced block in a fragment's body → a model Table with merged cells. The block holds
 * YAML (markdown/table-shape.ts; schemas/table.schema.json for editors): `title`, `unit`, `widths`, `align`, `header`, `rows`, `csv`,
 * `total`. Every problem points into the fragment file (or the CSV file).
 */
import { diagnostic } from "../diagnostics/diagnostic.js";
import type { Code } from "mdast";
import { isSeq, type Node as YamlNode } from "yaml";
import type { Table, TableCell } from "../model/report.js";
import { parseYaml } from "../yaml/parse-yaml.js";
import { positionOf, type DataPath } from "../yaml/yaml-position.js";
import { type Context, sourceAt } from "./context.js";
import { readCsvRows } from "./csv-rows.js";
import { checkSpans, type RawCell, type RawRow } from "./grid-spans.js";
import { checkTableShape } from "./table-shape.js";
import { tableWidths } from "./table-widths.js";

export interface RawTable {
  title?: string;
  unit?: string;
  widths?: number[];
  align?: Array<"left" | "center" | "right">;
  header?: RawRow[];
  rows?: RawRow[];
  csv?: string;
  csvSkip?: number;
  total?: RawRow[];
}

/** Offset in the parsed Markdown text of the first character of the block's content. */
function contentStart(node: Code, ctx: Context): number {
  const start = node.position?.start.offset ?? 0;
  const newline = ctx.text.indexOf("\n", start);
  return newline < 0 ? start : newline + 1;
}

const text = (c: RawCell): string => String(typeof c === "object" ? c.text : c).normalize("NFC");

function cell(c: RawCell, header: boolean): TableCell {
  const t = text(c);
  const out: TableCell = { content: t === "" ? [] : [{ type: "text", text: t }] };
  if (typeof c === "object" && c.colspan !== undefined && c.colspan > 1) out.colspan = c.colspan;
  if (typeof c === "object" && c.rowspan !== undefined && c.rowspan > 1) out.rowspan = c.rowspan;
  const align = typeof c === "object" ? c.align : undefined;
  if (align) out.align = align;
  else if (header) out.align = "center";
  return out;
}

const span = (row: RawRow): number =>
  row.reduce<number>((n, c) => n + (typeof c === "object" ? (c.colspan ?? 1) : 1), 0);

export function gridTable(node: Code, ctx: Context): Table | undefined {
  // Lines of the block's content in the parsed text; a fence indented (in a list item) indents them all.
  const base = contentStart(node, ctx);
  const indent = (node.position?.start.column ?? 1) - 1;
  const textLineStarts = [base];
  for (let i = base; i < ctx.text.length && textLineStarts.length < node.value.split("\n").length; i++) {
    if (ctx.text[i] === "\n") textLineStarts.push(i + 1);
  }
  const at = (line: number, column: number) => ctx.locator.at((textLineStarts[line - 1] ?? base) + indent + column - 1);
  const before = ctx.diagnostics.length;
  const push = (line: number, column: number, rule: string, message: string, hint?: string) => {
    ctx.diagnostics.push(diagnostic({ file: ctx.src.file, at: at(line, column), rule, message, hint }));
  };
  const parsed = parseYaml(ctx.src.file, node.value);
  for (const d of parsed.diagnostics) push(d.line, d.column, d.rule, d.message, d.hint);
  if (!parsed.yaml || parsed.diagnostics.some((d) => d.severity === "error")) return undefined;
  const yaml = parsed.yaml;
  if (parsed.data === null || parsed.data === undefined) {
    push(1, 1, "empty-table", "expected a table (`header:`, `rows:` …) inside the ```table block — found nothing");
    return undefined;
  }
  const where = (path: DataPath, key?: boolean) => positionOf(yaml, path, key ? { key } : {});
  for (const p of checkTableShape(parsed.data)) {
    const at = where(p.path, p.key);
    push(at.line, at.column, "table-shape", p.message, p.hint);
  }
  if (ctx.diagnostics.length > before) return undefined;
  const raw = parsed.data as RawTable;
  const problem = (path: DataPath, rule: string, message: string, hint?: string) => {
    const p = where(path);
    push(p.line, p.column, rule, message, hint);
  };

  const header = raw.header ?? [];
  let body = raw.rows ?? [];
  const total = raw.total ?? [];
  const first = header[0] ?? body[0] ?? total[0];
  const columns = first ? span(first) : (raw.widths?.length ?? raw.align?.length ?? 0);
  if (columns === 0) {
    problem([], "empty-table", "expected at least one row in `header`, `rows`, `csv` or `total` — found none");
    return undefined;
  }
  if (raw.align && raw.align.length !== columns) {
    problem(
      ["align"],
      "table-columns",
      `expected \`align\` to have one entry per column (${columns}) — found ${raw.align.length}`,
    );
  }
  if (raw.csv !== undefined) {
    const csv = readCsvRows(raw.csv, raw.csvSkip ?? 0, columns, ctx, where(["csv"]));
    if (csv) body = [...body, ...csv];
  }
  const parts: Array<[string, RawRow[]]> = [
    ["header", header],
    ["rows", body],
    ["total", total],
  ];
  for (const [key, rows] of parts) {
    const fromYaml = key === "rows" ? (raw.rows ?? []).length : rows.length;
    for (const p of checkSpans(rows, columns, key)) {
      const path: DataPath = p.row < fromYaml ? [key, p.row, ...(p.cell === undefined ? [] : [p.cell])] : ["csv"];
      problem(path, p.rule, p.message, p.hint);
    }
  }
  if (raw.widths) {
    const node = yaml.doc.get("widths", true) as YamlNode | undefined;
    const declared = columns === raw.widths.length;
    if (!declared || !isSeq(node)) {
      problem(
        ["widths"],
        "table-columns",
        `expected \`widths\` to have one number per column (${columns}) — found ${raw.widths.length}`,
      );
    }
  }
  if (ctx.diagnostics.length > before) return undefined;

  const rows = [
    ...header.map((r) => r.map((c) => cell(c, true))),
    ...body.map((r) => r.map((c) => cell(c, false))),
    ...total.map((r) => r.map((c) => cell(c, false))),
  ];
  const align = Array.from({ length: columns }, (_, c) => raw.align?.[c] ?? null);
  const sum = raw.widths?.reduce((a, b) => a + b, 0) ?? 0;
  const widths = raw.widths ? raw.widths.map((w) => w / sum) : tableWidths(rows, columns);
  const table: Table = { type: "table", align, headerRows: header.length, rows, widths };
  if (raw.widths) table.widthsFrom = "declared";
  if (raw.title !== undefined && raw.title.trim() !== "")
    table.caption = [{ type: "text", text: raw.title.normalize("NFC").trim() }];
  if (raw.unit !== undefined && raw.unit.trim() !== "") table.unitLine = raw.unit.normalize("NFC").trim();
  if (total.length > 0) table.totalRows = total.length;
  table.source = sourceAt(ctx, node);
  return table;
}
