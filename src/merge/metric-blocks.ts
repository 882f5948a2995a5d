/**
 * A fragment's `metrics:` → one list item each:
 * "Kiểm định được 487 PTĐ, đạt 104% so với kế hoạch (487/470)."
 * A rate (`unit: "%"`) is compared with its plan, not divided by it:
 * "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,66% (kế hoạch 98%)."
 */
import type { Fragment, RawMetric } from "../input/fragment-types.js";
import type { List } from "../model/report.js";
import { formatNumber, percent, ratio } from "../vi/numbers.js";

/** A metric counted in per cent: its figure is a rate, with no space before "%" (docs/decree-30.md#digits). */
const isRate = (m: Pick<RawMetric, "unit">): boolean => m.unit?.trim() === "%";

export function metricSentence(m: RawMetric): string {
  if (isRate(m)) return rateSentence(m);
  const measure = m.unit ? ` ${m.unit}` : "";
  const head = `${m.label.trim()} ${formatNumber(m.actual)}${measure}`;
  if (m.plan === undefined || m.plan <= 0) return `${head}.`;
  return `${head}, đạt ${percent(m.actual, m.plan)} so với kế hoạch (${ratio(m.actual, m.plan)}).`;
}

/** "99,66%" against "98%": a rate of a rate ("đạt 102% so với kế hoạch") says nothing a reader can use. */
function rateSentence(m: RawMetric): string {
  const head = `${m.label.trim()} ${formatNumber(m.actual)}%`;
  return m.plan === undefined ? `${head}.` : `${head} (kế hoạch ${formatNumber(m.plan)}%).`;
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
