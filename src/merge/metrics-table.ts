/**
 * A section with `metricsTable: true` ends with a table of every metric in the report, summed by
 * `id` (else by label) across units, in reading order (pass the fragments in outline order): Nội dung | Kế hoạch
 * | Thực hiện | Tỷ lệ.
 */
import type { Fragment } from "../input/fragment-types.js";
import { tableWidths } from "../markdown/table-widths.js";
import type { Table, TableCell } from "../model/report.js";
import { sumMetrics } from "../figures/sum-metrics.js";
import { formatNumber, percent } from "../vi/numbers.js";

const cell = (text: string): TableCell => ({ content: text ? [{ type: "text", text }] : [] });

export function metricsTable(fragments: readonly Fragment[]): Table | undefined {
  const rows = sumMetrics(fragments);
  if (rows.length === 0) return undefined;
  const body = rows.map((r) => [
    cell(r.unit ? `${r.name} (${r.unit})` : r.name),
    cell(r.plan !== undefined ? formatNumber(r.plan) : ""),
    cell(formatNumber(r.actual)),
    cell(r.plan ? percent(r.actual, r.plan) : ""),
  ]);
  const all = [["Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"].map(cell), ...body];
  return {
    type: "table",
    align: [null, "right", "right", "right"],
    headerRows: 1,
    rows: all,
    widths: tableWidths(all, 4),
  };
}
