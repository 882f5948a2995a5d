/**
 * Footnotes through the prose and merge stages: each fragment numbers its own from 1, merge
 * renumbers them 1…N in reading order — the order a whole-report conversion would give.
 */
import { describe, expect, test } from "vitest";
import { FootnoteScope, markdownToBlocks, markdownToInlines } from "../src/markdown/index.js";
import { FootnoteNumbering } from "../src/merge/number-footnotes.js";
import type { Footnote, Inline } from "../src/model/report.js";
import { counter, fn, md, para, printed, SOURCE, t, anyLine } from "./markdown-support.js";

/** One fragment converted on its own: body, then a task. */
function fragment(body: string, task: string) {
  const scope = new FootnoteScope(counter());
  const b = markdownToBlocks(md(body), scope, "body");
  const k = markdownToInlines(md(task), scope);
  return { body: b.blocks, task: k.content, footnotes: scope.finish().footnotes };
}

const numbers = (content: Inline[]) => content.flatMap((i) => (i.type === "footnote" ? [i.n] : []));

const repeats = (content: Inline[]) => content.flatMap((i) => (i.type === "footnote" ? [i.repeat === true] : []));

describe("footnote numbering in merge", () => {
  test("local numbers become 1…N in reading order; tasks read after the other units' bodies", () => {
    const a = fragment("A[^x] và[^y].\n\n[^x]: Một.\n\n[^y]: Hai.", "Nhiệm vụ[^w] và[^x].\n\n[^w]: Bốn.");
    const b = fragment("B[^x].\n\n[^x]: Năm.", "Việc khác.");
    expect(numbers(a.task)).toEqual([3, 1]); // local: w after x, y

    const merge = new FootnoteNumbering();
    const [aBody] = merge.blocks(a.body, a.footnotes);
    const [bBody] = merge.blocks(b.body, b.footnotes);
    const aTask = merge.inlines(a.task, a.footnotes);
    expect(printed([aBody!])).toEqual([para([t("A"), fn(1), t(" và"), fn(2), t(".")])]);
    expect(printed([bBody!])).toEqual([para([t("B"), fn(3), t(".")])]);
    expect(numbers(aTask)).toEqual([4, 1]);
    expect(repeats(aTask)).toEqual([false, true]);
    expect(merge.footnotes().map((f: Footnote) => [f.n, f.content])).toEqual([
      [1, [t("Một.")]],
      [2, [t("Hai.")]],
      [3, [t("Năm.")]],
      [4, [t("Bốn.")]],
    ]);
    expect(merge.footnotes().every((f) => f.source?.unit === SOURCE.unit)).toBe(true);
  });

  test("repeated references keep one number; every one after the first in reading order is a repeat", () => {
    const a = fragment("X[^a], Y[^a].\n\n[^a]: Quyết định số 12.", "Z[^a]");
    const merge = new FootnoteNumbering();
    const [body] = merge.blocks(a.body, a.footnotes);
    const task = merge.inlines(a.task, a.footnotes);
    const bodyRefs =
      printed([body!])[0]!.type === "paragraph" ? (printed([body!])[0] as { content: Inline[] }).content : [];
    expect(numbers(bodyRefs)).toEqual([1, 1]);
    expect(repeats(bodyRefs)).toEqual([false, true]);
    expect(task).toEqual([t("Z"), { type: "footnote", n: 1, repeat: true }]);
    expect(merge.footnotes()).toEqual([{ n: 1, content: [t("Quyết định số 12.")], source: anyLine(SOURCE) }]);
  });
});
