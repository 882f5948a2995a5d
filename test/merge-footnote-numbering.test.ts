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

describe("footnote numbering in merge", () => {
  test("local numbers become 1…N in reading order; tasks read after the other units' bodies", () => {
    const a = fragment("A[^x] và[^y].\n\n[^x]: Một.\n\n[^y]: Hai[^z].\n\n[^z]: Ba.", "Nhiệm vụ[^w] và[^x].\n\n[^w]: Bốn.");
    const b = fragment("B[^x].\n\n[^x]: Năm.", "Việc khác.");
    expect(numbers(a.task)).toEqual([4, 1]); // local: w after x, y, z

    const merge = new FootnoteNumbering();
    const [aBody] = merge.blocks(a.body, a.footnotes);
    const [bBody] = merge.blocks(b.body, b.footnotes);
    const aTask = merge.inlines(a.task, a.footnotes);
    expect(printed([aBody!])).toEqual([para([t("A"), fn(1), t(" và"), fn(2), t(".")])]);
    expect(printed([bBody!])).toEqual([para([t("B"), fn(4), t(".")])]);
    expect(numbers(aTask)).toEqual([5, 1]);
    expect(merge.footnotes().map((f: Footnote) => [f.n, f.content])).toEqual([
      [1, [t("Một.")]],
      [2, [t("Hai"), fn(3), t(".")]],
      [3, [t("Ba.")]],
      [4, [t("Năm.")]],
      [5, [t("Bốn.")]],
    ]);
    expect(merge.footnotes().every((f) => f.source?.unit === SOURCE.unit)).toBe(true);
  });

  test("a footnote referring to itself, and repeated references, keep one number", () => {
    const a = fragment("X[^a], Y[^a].\n\n[^a]: xem[^a]", "Z[^a]");
    const merge = new FootnoteNumbering();
    merge.blocks(a.body, a.footnotes);
    expect(numbers(merge.inlines(a.task, a.footnotes))).toEqual([1]);
    expect(merge.footnotes()).toEqual([{ n: 1, content: [t("xem"), fn(1)], source: anyLine(SOURCE) }]);
  });
});
