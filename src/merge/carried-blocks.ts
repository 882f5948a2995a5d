/**
 * A fragment's `carried:` (last period's planned tasks with their status) → body paragraphs:
 *
 *   - <task>: *đã hoàn thành*; <note>.
 *   - <task>: *chưa thực hiện* (lý do: <reason>).
 *   Kết quả thực hiện nhiệm vụ tháng 12 năm 2023: hoàn thành 1/2 nhiệm vụ (đạt 50%).
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Fragment } from "../input/types.js";
import { scalarMapper } from "../yaml/yaml-position.js";
import { type FootnoteScope, markdownToInlines } from "../markdown/index.js";
import type { Inline, Paragraph } from "../model/report.js";
import { completionOf, completionSentence, STATUS_LABELS } from "./completion.js";

/** Drop the final ".", ";" or "," of inline content so a status can follow. */
function trimEnd(content: Inline[]): Inline[] {
  const out = [...content];
  const last = out[out.length - 1];
  if (last?.kind === "text") {
    const text = last.text.replace(/[\s.;,:]+$/u, "");
    if (text) out[out.length - 1] = { ...last, text };
    else out.pop();
  }
  return out;
}

export function carriedBlocks(f: Fragment, scope: FootnoteScope, periodName: string): { blocks: Paragraph[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const inline = (text: string, path: Array<string | number>) => {
    const r = markdownToInlines({ text, file: f.file, unit: f.unit, section: f.section, map: scalarMapper(f.yaml, path) }, scope);
    diagnostics.push(...r.diagnostics);
    return trimEnd(r.content);
  };
  const source = { file: f.file, unit: f.unit, section: f.section };
  // A task whose status nobody has set prints nothing (the `carried-status-unset` warning says so).
  const blocks: Paragraph[] = f.carried.flatMap((c, i): Paragraph[] => {
    if (c.status == null) return [];
    const content: Inline[] = [...inline(c.task, ["carried", i, "task"]), { kind: "text", text: ": " }, { kind: "text", text: STATUS_LABELS[c.status], italic: true }];
    if (c.note) content.push({ kind: "text", text: "; " }, ...inline(c.note, ["carried", i, "note"]));
    if (c.reason) content.push({ kind: "text", text: " (lý do: " }, ...inline(c.reason, ["carried", i, "reason"]), { kind: "text", text: ")" });
    content.push({ kind: "text", text: "." });
    return [{ type: "paragraph", role: "body", marker: "- ", depth: 0, content, source }];
  });
  const sentence = completionSentence(completionOf(f.carried));
  if (sentence && f.carried.length > 1) {
    blocks.push({ type: "paragraph", role: "body", marker: "", depth: 0, content: [{ kind: "text", text: `Kết quả thực hiện nhiệm vụ ${periodName}: ${sentence}.` }], source });
  }
  return { blocks, diagnostics };
}
