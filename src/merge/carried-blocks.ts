/**
 * A fragment's `carried:` (last period's planned tasks with their status) → body paragraphs:
 *
 *   - <task>: *đã hoàn thành*; <note>.
 *   - <task>: *chưa thực hiện* (lý do: <reason>).
 *   Kết quả thực hiện nhiệm vụ tháng 12 năm 2023: hoàn thành 1/2 nhiệm vụ (đạt 50%).
 *
 * The task, note and reason come converted from the prose stage.
 */
import type { Fragment } from "../input/fragment-types.js";
import type { CarriedProse } from "../markdown/prose.js";
import type { Block, Inline, ListItem } from "../model/report.js";
import { completionOf, completionSentence, STATUS_LABELS } from "../figures/completion.js";

/** Drop the final ".", ";" or "," of inline content so a status can follow. */
function trimEnd(content: readonly Inline[]): Inline[] {
  const out = [...content];
  const last = out[out.length - 1];
  if (last?.type === "text") {
    const text = last.text.replace(/[\s.;,:]+$/u, "");
    if (text) out[out.length - 1] = { ...last, text };
    else out.pop();
  }
  return out;
}

export function carriedBlocks(f: Fragment, prose: readonly (CarriedProse | null)[], periodName: string): Block[] {
  const source = { file: f.file, unit: f.unit, section: f.section };
  // A task whose status nobody has set prints nothing (the `carried-status-unset` warning says so).
  const items: ListItem[] = f.carried.flatMap((c, i): ListItem[] => {
    const p = prose[i];
    if (c.status == null || !p) return [];
    const content: Inline[] = [
      ...trimEnd(p.task),
      { type: "text", text: ": " },
      { type: "text", text: STATUS_LABELS[c.status], italic: true },
    ];
    if (p.note) content.push({ type: "text", text: "; " }, ...trimEnd(p.note));
    if (p.reason) content.push({ type: "text", text: " (lý do: " }, ...trimEnd(p.reason), { type: "text", text: ")" });
    content.push({ type: "text", text: "." });
    return [{ marker: "- ", content, blocks: [] }];
  });
  const blocks: Block[] = items.length ? [{ type: "list", role: "body", items, source }] : [];
  const sentence = completionSentence(completionOf(f.carried));
  if (sentence && f.carried.length > 1) {
    blocks.push({
      type: "paragraph",
      role: "body",
      content: [{ type: "text", text: `Kết quả thực hiện nhiệm vụ ${periodName}: ${sentence}.` }],
      source,
    });
  }
  return blocks;
}
