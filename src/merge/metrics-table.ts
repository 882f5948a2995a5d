/**
 * A section with `metricsTable: true` ends with a table of every metric in the report, summed by
 * `id` (else by label) across units: Nội dung | Kế hoạch | Thực hiện | Tỷ lệ.
 */
import type { Fragment, RawMetric } from "../input/types.js";
import { tableWidths } from "../markdown/index.js";
import type { Table, TableCell } from "../model/report.js";
import { formatNumber, percent } from "../vi/numbers.js";

export interface MetricRow {
  key: string;
  name: string;
  unit?: string;
  actual: number;
  /** Sum of the plans given; undefined when no unit gave one. */
  plan?: number;
}

/** Metrics summed by key, in the order each key first appears (fragments in reading order). */
export function sumMetrics(fragments: readonly Fragment[]): MetricRow[] {
  const rows = new Map<string, MetricRow>();
  for (const m of fragments.flatMap((f) => f.metrics)) {
    const key = keyOf(m);
    const row = rows.get(key);
    if (!row) rows.set(key, { key, name: (m.name ?? (m.id ? m.id : m.label)).trim(), ...(m.unit ? { unit: m.unit } : {}), actual: m.actual, ...(m.plan !== undefined ? { plan: m.plan } : {}) });
    else {
      if (m.name && row.name === row.key) row.name = m.name.trim();
      row.actual += m.actual;
      if (m.plan !== undefined) row.plan = (row.plan ?? 0) + m.plan;
    }
  }
  // A row keyed by id with no `name` anywhere is named after the first label.
  for (const r of rows.values()) if (r.name === r.key) r.name = fragments.flatMap((f) => f.metrics).find((m) => keyOf(m) === r.key)!.label.trim();
  return [...rows.values()];
}

export const keyOf = (m: RawMetric): string => m.id ?? m.label.trim().toLocaleLowerCase("vi");

const cell = (text: string): TableCell => ({ content: text ? [{ kind: "text", text }] : [] });

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
  return { type: "table", align: [null, "right", "right", "right"], headerRows: 1, rows: all, widths: tableWidths(all, 4) };
}
