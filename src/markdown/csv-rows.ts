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
  const fail = (rule: string, message: Message, hint?: Message) => {
    ctx.diagnostics.push(diagnostic({ file: ctx.src.file, at, rule, message, hint }));
    return undefined;
  };
  if (!ctx.src.resources)
    return fail(
      "csv-unavailable",
      msg("tables.csv-unavailable", { path: written }),
      msg("tables.csv-unavailable.hint"),
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
    ctx.diagnostics.push(
      diagnostic({
        file: read.path,
        line: err.lines ?? 1,
        column: 1,
        rule: "csv-syntax",
        message: msg("tables.csv-syntax", { error: String(err.message ?? e) }),
        hint: msg("tables.csv-syntax.hint"),
      }),
    );
    return undefined;
  }
  const rows: RawRow[] = [];
  let ragged = false;
  for (const { record, info } of records.slice(skip)) {
    if (record.length !== columns) {
      ragged = true;
      ctx.diagnostics.push(
        diagnostic({
          file: read.path,
          line: info.lines,
          column: 1,
          rule: "ragged-row",
          message: msg("tables.csv-ragged", { columns, found: record.length }),
          hint: msg(record.length > columns ? "tables.csv-ragged.more-hint" : "tables.csv-ragged.fewer-hint"),
        }),
      );
      continue;
    }
    rows.push(record.map((f) => f.trim()));
  }
  return ragged ? undefined : rows;
}
