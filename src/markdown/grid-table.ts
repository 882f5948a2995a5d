/**
 * A ```table fenced block in a fragment's body → a model Table with merged cells. The block holds
 * YAML (markdown/table-shape.ts; schemas/table.schema.json for editors): `title`, `unit`, `widths`, `align`, `header`, `rows`, `csv`,
 * `total`. Every problem points into the fragment file (or the CSV file).
 */
import { diagnostic, type Position } from "../diagnostics/diagnostic.js";
import type { Code } from "mdast";
import { isSeq, type Node as YamlNode } from "yaml";
import { msg, type Message } from "../messages/index.js";
import type { Inline, Table, TableCell } from "../model/report.js";
import { parseYaml } from "../yaml/parse-yaml.js";
import { positionOf, scalarMapper, type DataPath } from "../yaml/yaml-position.js";
import { type Context, sourceAt } from "./context.js";
import { readCsvRows } from "./csv-rows.js";
import { checkSpans, type RawCell, type RawRow } from "./grid-spans.js";
import { cellsAsWritten } from "./cells-as-written.js";
import { cellInlines } from "./table-cell.js";
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

/**
 * How a cell's text becomes runs: written in the YAML, inline Markdown (table-cell.ts) placed by
 * its data path; a field of a CSV file, plain text as written.
 */
type CellText = (text: string, path: DataPath) => Inline[];

const plain = (t: string): Inline[] => (t === "" ? [] : [{ type: "text", text: t }]);

function cell(c: RawCell, header: boolean, path: DataPath | undefined, inlines: CellText): TableCell {
  const value = typeof c === "object" ? c.text : c;
  const t = value.normalize("NFC");
  const out: TableCell = {
    content: path !== undefined ? inlines(t, typeof c === "object" ? [...path, "text"] : path) : plain(t),
  };
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
  const push = (line: number, column: number, rule: string, message: Message, hint?: Message) => {
    ctx.diagnostics.push(diagnostic({ file: ctx.src.file, at: at(line, column), rule, message, hint }));
  };
  const parsed = parseYaml(ctx.src.file, node.value);
  for (const d of parsed.diagnostics) push(d.line, d.column, d.rule, d.text.message, d.text.hint);
  if (!parsed.yaml || parsed.diagnostics.some((d) => d.severity === "error")) return undefined;
  const yaml = parsed.yaml;
  // Cells as typed (`8.200`, `1.`), not as YAML reads them (8.2, 1).
  const data = cellsAsWritten(parsed.data, yaml.doc);
  if (data === null || data === undefined) {
    push(1, 1, "empty-table", msg("tables.empty-block"));
    return undefined;
  }
  const where = (path: DataPath, key?: boolean) => positionOf(yaml, path, key ? { key } : {});
  for (const p of checkTableShape(data)) {
    const at = where(p.path, p.key);
    push(at.line, at.column, "table-shape", p.message, p.hint);
  }
  if (ctx.diagnostics.length > before) return undefined;
  const raw = data as RawTable;
  const problem = (path: DataPath, rule: string, message: Message, hint?: Message) => {
    const p = where(path);
    push(p.line, p.column, rule, message, hint);
  };

  const header = raw.header ?? [];
  let body = raw.rows ?? [];
  const total = raw.total ?? [];
  const first = header[0] ?? body[0] ?? total[0];
  const columns = first ? span(first) : (raw.widths?.length ?? raw.align?.length ?? 0);
  if (columns === 0) {
    problem([], "empty-table", msg("tables.no-rows"));
    return undefined;
  }
  // The cells, in reading order (their footnote references number in document order), before the
  // checks below so that their problems are reported with the table's.
  const inlines: CellText = (t, path) => {
    const inCell = scalarMapper(yaml, path);
    const map = (line: number, column: number): Position => {
      const p = inCell(line, column);
      return at(p.line, p.column);
    };
    return cellInlines(t, map, ctx);
  };
  const headerCells = header.map((r, i) => r.map((c, j) => cell(c, true, ["header", i, j], inlines)));
  const bodyCells = body.map((r, i) => r.map((c, j) => cell(c, false, ["rows", i, j], inlines)));
  const totalCells = total.map((r, i) => r.map((c, j) => cell(c, false, ["total", i, j], inlines)));
  let csvCells: TableCell[][] = [];
  if (raw.align && raw.align.length !== columns) {
    problem(["align"], "table-columns", msg("tables.align-length", { columns, found: raw.align.length }));
  }
  if (raw.csv !== undefined) {
    const csv = readCsvRows(raw.csv, raw.csvSkip ?? 0, columns, ctx, where(["csv"]));
    if (csv) {
      body = [...body, ...csv];
      csvCells = csv.map((r) => r.map((c) => cell(c, false, undefined, inlines)));
    }
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
      problem(["widths"], "table-columns", msg("tables.widths-length", { columns, found: raw.widths.length }));
    }
  }
  if (ctx.diagnostics.length > before) return undefined;

  const rows = [...headerCells, ...bodyCells, ...csvCells, ...totalCells];
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
