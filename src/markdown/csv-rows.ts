/**
 * Body rows of a ```table block from a CSV file (as a spreadsheet saves it: UTF-8, commas,
 * quotes around fields holding commas). Each line must have one field per column; a ragged
 * line is an error at its line in the CSV file.
 */
import { parse } from "csv-parse/sync";
import { diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { decodeText } from "../input/decode-text.js";
import type { Context } from "./context.js";
import type { RawRow } from "./grid-spans.js";
import { readResource } from "./resources.js";
import { msg, type Message } from "../messages/index.js";

export function readCsvRows(
  written: string,
  skip: number,
  columns: number,
  ctx: Context,
  at: Position,
): RawRow[] | undefined {
  const fail = (rule: string, message: Message | string, hint?: Message | string) => {
    ctx.diagnostics.push(diagnostic({ file: ctx.src.file, at, rule, message, hint }));
    return undefined;
  };
  if (!ctx.src.resources)
    return fail(
      "csv-unavailable",
      `expected table rows in Markdown here — found \`csv: ${written}\``,
      "a CSV file can fill a table in a fragment's `body` only",
    );
  const read = readResource(ctx.src.resources, written, msg("resources.what.csv"));
  if (!read.ok) return fail(read.rule, read.message, read.hint);
  const decoded = decodeText(read.path, read.bytes);
  if (!decoded.ok) {
    ctx.diagnostics.push(...decoded.diagnostics);
    return undefined;
  }
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(decoded.text, {
      relax_column_count: true,
      info: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    ctx.diagnostics.push({
      severity: "error",
      file: read.path,
      line: err.lines ?? 1,
      column: 1,
      rule: "csv-syntax",
      message: `invalid CSV: ${String(err.message ?? e)}`,
      hint: "a field holding a comma or a quote is written in double quotes, with quotes inside doubled",
    });
    return undefined;
  }
  const rows: RawRow[] = [];
  let ragged = false;
  for (const { record, info } of records.slice(skip)) {
    if (record.length !== columns) {
      ragged = true;
      ctx.diagnostics.push({
        severity: "error",
        file: read.path,
        line: info.lines,
        column: 1,
        rule: "ragged-row",
        message: `expected ${columns} fields (one per column of the table) — found ${record.length}`,
        hint:
          record.length > columns
            ? "a field holding a comma must be in double quotes"
            : "add empty fields (,,) for empty cells",
      });
      continue;
    }
    rows.push(record.map((f) => f.trim()));
  }
  return ragged ? undefined : rows;
}
