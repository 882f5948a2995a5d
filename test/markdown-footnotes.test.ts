import { describe, expect, test } from "vitest";
import { FootnoteScope, markdownToInlines } from "../src/markdown/index.js";
import { anyLine, br, counter, FILE, fn, inEnglish, md, para, SOURCE, t, printedMarkdown } from "./markdown-support.js";

describe("footnote numbering", () => {
  test("numbers follow the first reference in reading order, not the definition order", () => {
    const scope = new FootnoteScope(counter());
    const body = ["Một[^b] và hai[^a].", "", "[^a]: Chú thích A.", "[^b]: Chú thích *B*."].join("\n");
    expect(printedMarkdown(md(body), scope, "body")).toEqual({
      blocks: [para([t("Một"), fn(1), t(" và hai"), fn(2), t(".")])],
      diagnostics: [],
    });
    expect(inEnglish(scope.finish())).toEqual({
      footnotes: [
        { n: 1, content: [t("Chú thích "), t("B", { italic: true }), t(".")], source: anyLine(SOURCE) },
        { n: 2, content: [t("Chú thích A.")], source: anyLine(SOURCE) },
      ],
      diagnostics: [],
    });
  });

  test("two fragments sharing one allocator: numbers continue, labels are local", () => {
    const allocate = counter();
    const first = new FootnoteScope(allocate);
    const second = new FootnoteScope(allocate);
    const a = printedMarkdown(md("A[^1] B[^2]\n\n[^1]: một\n\n[^2]: hai"), first, "body");
    const b = printedMarkdown(md("C[^1]\n\n[^1]: ba", "reports/2023-11/monthly/vp.yaml"), second, "body");
    expect(a.blocks).toEqual([para([t("A"), fn(1), t(" B"), fn(2)])]);
    expect(b.blocks).toEqual([
      { ...para([t("C"), fn(3)]), source: anyLine({ ...SOURCE, file: "reports/2023-11/monthly/vp.yaml" }) },
    ]);
    expect(first.finish().footnotes.map((f) => [f.n, f.content])).toEqual([
      [1, [t("một")]],
      [2, [t("hai")]],
    ]);
    expect(second.finish().footnotes).toEqual([
      { n: 3, content: [t("ba")], source: anyLine({ ...SOURCE, file: "reports/2023-11/monthly/vp.yaml" }) },
    ]);
  });

  test("repeated references reuse the number", () => {
    const scope = new FootnoteScope(counter());
    const { blocks } = printedMarkdown(md("X[^da], Y[^da], Z[^DA].\n\n[^da]: Dự án."), scope, "body");
    expect(blocks).toEqual([para([t("X"), fn(1), t(", Y"), fn(1), t(", Z"), fn(1), t(".")])]);
    expect(scope.finish().footnotes).toHaveLength(1);
  });

  test("a footnote cannot cite another footnote: an error at the inner reference, the inner note not also unused", () => {
    const scope = new FootnoteScope(counter());
    const body = ["Đầu[^a], giữa[^c].", "", "[^a]: Xem thêm[^b].", "[^b]: Chi tiết.", "[^c]: Cuối."].join("\n");
    const r = printedMarkdown(md(body), scope, "body");
    expect(r.blocks).toEqual([para([t("Đầu"), fn(1), t(", giữa"), fn(2), t(".")])]);
    const finished = scope.finish();
    const all = [...r.diagnostics, ...finished.diagnostics];
    expect(all.map((d) => [d.rule, d.line, d.column])).toEqual([["footnote-in-footnote", 13, 17]]);
    expect(all[0]?.message).toBe("expected text in footnote `[^a]` — found a reference to footnote `[^b]`");
    expect(all[0]?.hint).toMatch(/write the text of `\[\^b\]` into `\[\^a\]`, or cite `\[\^b\]` in the body/);
    expect(finished.footnotes.map((f) => f.n)).toEqual([1, 2]);
  });

  test("a footnote citing itself is an error, and does not loop", () => {
    const scope = new FootnoteScope(counter());
    const r = printedMarkdown(md("A[^a]\n\n[^a]: xem[^a]"), scope, "body");
    expect(r.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ["footnote-in-footnote", "expected text in footnote `[^a]` — found a reference to itself"],
    ]);
    expect(scope.finish().diagnostics).toEqual([]);
  });

  test("a task may reference a footnote defined in the same fragment's body", () => {
    const scope = new FootnoteScope(counter());
    printedMarkdown(md("Kết quả[^kq].\n\n[^kq]: QĐ số 1370/QĐ-UBND.\n\n[^nv]: Nhiệm vụ năm 2024."), scope, "body");
    expect(markdownToInlines(md("Tiếp tục theo dõi[^nv] và[^kq]."), scope)).toEqual({
      content: [t("Tiếp tục theo dõi"), fn(2), t(" và"), fn(1), t(".")],
      diagnostics: [],
    });
    expect(scope.finish().footnotes.map((f) => f.n)).toEqual([1, 2]);
  });

  test("footnotes with several paragraphs or items are joined by line breaks", () => {
    const scope = new FootnoteScope(counter());
    printedMarkdown(md("A[^a]\n\n[^a]: Gồm:\n\n    - một;\n    - hai."), scope, "body");
    expect(scope.finish().footnotes[0]?.content).toEqual([t("Gồm:"), br, t("- một;"), br, t("- hai.")]);
  });
});

describe("footnote errors", () => {
  test("a reference to an undefined label is an error at the reference, listing defined labels", () => {
    const scope = new FootnoteScope(counter());
    expect(printedMarkdown(md("Có[^a].\nThiếu[^khong-co].\n\n[^a]: A."), scope, "body")).toEqual({
      blocks: [para([t("Có"), fn(1), t(". Thiếu[^khong-co].")])],
      diagnostics: [
        {
          severity: "error",
          file: FILE,
          line: 12,
          column: 8,
          rule: "footnote-undefined",
          message: "expected a definition of footnote `[^khong-co]` in this fragment — found none",
          hint: "footnotes defined in this fragment so far: `[^a]`; or add a line `[^khong-co]: text of the note` to the `body`",
        },
      ],
    });
  });

  test("with no definitions, the hint says how to define one; a task referencing nothing is an error", () => {
    const scope = new FootnoteScope(counter());
    expect(inEnglish(markdownToInlines(md("Nhiệm vụ[^x]"), scope)).diagnostics).toEqual([
      {
        severity: "error",
        file: FILE,
        line: 11,
        column: 11,
        rule: "footnote-undefined",
        message: "expected a definition of footnote `[^x]` in this fragment — found none",
        hint: "add a line `[^x]: text of the note` to the fragment's `body`, after a blank line",
      },
    ]);
  });

  test("labels are local: a fragment cannot use another fragment's label", () => {
    const allocate = counter();
    const first = new FootnoteScope(allocate);
    printedMarkdown(md("A[^a]\n\n[^a]: một"), first, "body");
    const second = new FootnoteScope(allocate);
    expect(printedMarkdown(md("B[^a]"), second, "body").diagnostics.map((d) => d.rule)).toEqual(["footnote-undefined"]);
  });

  test("an unused definition is an error at the definition, reported by finish", () => {
    const scope = new FootnoteScope(counter());
    expect(printedMarkdown(md("Văn bản.\n\n[^thua]: Không ai dùng."), scope, "body").diagnostics).toEqual([]);
    expect(inEnglish(scope.finish())).toEqual({
      footnotes: [],
      diagnostics: [
        {
          severity: "error",
          file: FILE,
          line: 13,
          column: 3,
          rule: "footnote-unused",
          message: "expected footnote `[^thua]` to be referenced in the text — found only its definition",
          hint: "write `[^thua]` where the footnote number should appear, or delete the definition",
        },
      ],
    });
  });

  test("a duplicate definition is an error at the second one; the first wins", () => {
    const scope = new FootnoteScope(counter());
    printedMarkdown(md("A[^a]\n\n[^a]: thứ nhất\n\n[^a]: thứ hai"), scope, "body");
    expect(inEnglish(scope.finish())).toEqual({
      footnotes: [{ n: 1, content: [t("thứ nhất")], source: anyLine(SOURCE) }],
      diagnostics: [
        {
          severity: "error",
          file: FILE,
          line: 15,
          column: 3,
          rule: "footnote-duplicate",
          message: "expected one definition of footnote `[^a]` — found a second one (the first is at 13:3)",
          hint: "give this footnote another label, e.g. `[^a-2]`, and use that label where it is referenced, or delete one of the definitions",
        },
      ],
    });
  });

  test("a definition repeated in a task field is a duplicate too", () => {
    const scope = new FootnoteScope(counter());
    printedMarkdown(md("A[^a]\n\n[^a]: một"), scope, "body");
    markdownToInlines(md("B[^a]\n\n[^a]: hai"), scope);
    expect(scope.finish().diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([["footnote-duplicate", 13, 3]]);
  });

  test("a body of only definitions is empty", () => {
    const scope = new FootnoteScope(counter());
    expect(
      printedMarkdown(md("[^a]: chỉ có định nghĩa"), scope, "body").diagnostics.map((d) => [d.rule, d.message]),
    ).toEqual([["empty-markdown", "expected Markdown text in the body — found only definitions"]]);
  });
});
