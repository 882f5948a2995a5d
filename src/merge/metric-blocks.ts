/**
 * A fragment's `metrics:` → one list item each:
 * "Kiểm định được 487 PTĐ, đạt 104% so với kế hoạch (487/470)."
 */
import type { Fragment, RawMetric } from "../input/fragment-types.js";
import type { List } from "../model/report.js";
import { formatNumber, percent, ratio } from "../vi/numbers.js";

export function metricSentence(m: RawMetric): string {
  const measure = m.unit ? ` ${m.unit}` : "";
  const head = `${m.label.trim()} ${formatNumber(m.actual)}${measure}`;
  if (m.plan === undefined || m.plan <= 0) return `${head}.`;
  return `${head}, đạt ${percent(m.actual, m.plan)} so với kế hoạch (${ratio(m.actual, m.plan)}).`;
}

export function metricBlocks(f: Fragment): List[] {
  if (f.metrics.length === 0) return [];
  const items = f.metrics.map((m) => ({
    marker: "- ",
    content: [{ type: "text" as const, text: metricSentence(m) }],
    blocks: [],
  }));
  return [{ type: "list", role: "body", items, source: { file: f.file, unit: f.unit, section: f.section } }];
}
