/**
 * The report's metrics summed by `id` (else by lower-cased label) across units: what the metrics
 * table prints and what templates read as `{{metrics.<key>.rate}}`.
 */
import type { Fragment, RawMetric } from "../input/fragment-types.js";

export interface MetricRow {
  key: string;
  name: string;
  unit?: string;
  actual: number;
  /** Sum of the plans given; undefined when no unit gave one. */
  plan?: number;
}

export const keyOf = (m: RawMetric): string => m.id ?? m.label.trim().toLocaleLowerCase("vi");

/** Metrics summed by key, in the order each key first appears (fragments in reading order). */
export function sumMetrics(fragments: readonly Fragment[]): MetricRow[] {
  const rows = new Map<string, MetricRow>();
  for (const m of fragments.flatMap((f) => f.metrics)) {
    const key = keyOf(m);
    const row = rows.get(key);
    if (!row)
      rows.set(key, {
        key,
        name: (m.name ?? (m.id ? m.id : m.label)).trim(),
        ...(m.unit ? { unit: m.unit } : {}),
        actual: m.actual,
        ...(m.plan !== undefined ? { plan: m.plan } : {}),
      });
    else {
      if (m.name && row.name === row.key) row.name = m.name.trim();
      row.actual += m.actual;
      if (m.plan !== undefined) row.plan = (row.plan ?? 0) + m.plan;
    }
  }
  // A row keyed by id with no `name` anywhere is named after the first label.
  for (const r of rows.values())
    if (r.name === r.key)
      r.name = fragments
        .flatMap((f) => f.metrics)
        .find((m) => keyOf(m) === r.key)!
        .label.trim();
  return [...rows.values()];
}
