/**
 * The `bcreport diff` Markdown in both languages, every branch of render-diff.ts on one made-up
 * result (the golden cases in test/fixtures-diff run real revisions), and the CI review jobs
 * leaving the language of the comment to the repository's `lang:`.
 */
import { describe, expect, it } from "vitest";
import type { DiffResult } from "../src/commands/diff.js";
import { renderDiff } from "../src/cli/render-diff.js";
import { GITHUB_REVIEW_JOB, GITLAB_REVIEW_JOB } from "../src/commands/ci-review-jobs.js";

const long = "chữ ".repeat(60).trim();
const RESULT: DiffResult = {
  a: "main",
  b: "HEAD",
  periods: ["2024-Q1", "2024-Q2"],
  reports: [
    {
      period: "2024-Q1",
      kind: "quy",
      status: "changed",
      frame: [
        { field: "title", before: "", after: "Kết quả quý I", added: 4, removed: 0 },
        { field: "preamble", before: long, after: `${long} thêm`, added: 1, removed: 0 },
      ],
      sections: [
        { section: "a", heading: "1. Kinh phí", status: "renamed", units: [{ unit: "kh", added: 2, removed: 1 }] },
        { section: "b", heading: "2. Tổ chức", units: [{ unit: "", added: 1, removed: 0 }] },
        { section: "c", heading: "3. Đào tạo", status: "added", units: [] },
      ],
      footnotes: { added: 0, removed: 0, changed: 2, renumbered: [{ from: [3, 3], to: [4, 4] }] },
    },
    {
      period: "2024-Q2",
      kind: "quy",
      status: "added",
      frame: [],
      sections: [],
      footnotes: { added: 0, removed: 0, changed: 0, renumbered: [] },
    },
  ],
  failures: [{ rev: "main", period: "2024-Q2", errors: 2 }],
};

describe("diff Markdown", () => {
  it("is English by default, as before", () => {
    const md = renderDiff(RESULT);
    expect(md).toContain("### Report changes: `main` → `HEAD`");
    expect(md).toContain("- **Title (trích yếu)**: (none) → `Kết quả quý I`");
    expect(md).toContain("- **Preamble (căn cứ)**: +1 / −0 words");
    expect(md).toContain("- **Footnotes**: 2 with new text; footnote 3 became 4");
    expect(md).toContain("| 1. Kinh phí (new title) | `kh` | +2 | −1 |");
    expect(md).toContain("| 3. Đào tạo (new section) | — | +0 | −0 |");
    expect(md).toContain("#### 2024-Q2 · quy (new): +0 / −0 words");
    expect(md).toContain("No change to the sections.");
    expect(md).toContain("> **Note:** 2024-Q2 does not build at `main` (2 errors);");
  });

  it("is Vietnamese with --lang vi: no English word of the summary is left", () => {
    const md = renderDiff(RESULT, "vi");
    expect(md).toContain("### Thay đổi của báo cáo: `main` → `HEAD`");
    expect(md).toContain("- **Trích yếu**: (trống) → `Kết quả quý I`");
    expect(md).toContain("- **Phần mở đầu (căn cứ)**: +1 / −0 từ");
    expect(md).toContain("- **Chú thích**: 2 chú thích sửa nội dung; chú thích 3 thành 4");
    expect(md).toContain("| Mục | Đơn vị | Số từ thêm | Số từ xóa |");
    expect(md).toContain("| 1. Kinh phí (đổi tên mục) | `kh` | +2 | −1 |");
    expect(md).toContain("| 2. Tổ chức | — | +1 | −0 |");
    expect(md).toContain("#### 2024-Q2 · quy (báo cáo mới): +0 / −0 từ");
    expect(md).toContain("Không có thay đổi trong các mục.");
    expect(md).toContain("> **Lưu ý:** kỳ 2024-Q2 không xuất được ở phiên bản `main` (2 lỗi);");
    const english = /\b(words?|section|unit|added|removed|changes?|footnotes?|note|none|new|title|build)\b/i;
    expect(md.split("\n").filter((l) => english.test(l.replace(/`[^`]*`/g, "")))).toEqual([]);
    expect(md).toBe(md.normalize("NFC"));
  });

  it("says when nothing changed, in either language", () => {
    const none: DiffResult = { a: "x", b: "y", periods: [], reports: [], failures: [] };
    expect(renderDiff(none)).toContain("No report period changed.");
    expect(renderDiff(none, "vi")).toContain("Không có kỳ báo cáo nào thay đổi.");
    expect(renderDiff({ ...none, periods: ["2024-Q1"] }, "vi")).toContain("Không có thay đổi trong kỳ 2024-Q1.");
  });
});

describe("the CI review jobs", () => {
  // A runner's locale is C.UTF-8 or unset; `lang:` in bcreport.yaml outranks it (chooseLang), so
  // the comment follows the repository as long as the job neither passes --lang nor sets LC_ALL.
  for (const [name, job] of [
    ["GitHub", GITHUB_REVIEW_JOB],
    ["GitLab", GITLAB_REVIEW_JOB],
  ] as const) {
    it(`${name}: leaves the comment's language to \`lang:\` in bcreport.yaml`, () => {
      const diffLines = job.split("\n").filter((l) => l.includes("bcreport diff"));
      expect(diffLines.length).toBeGreaterThanOrEqual(2);
      for (const l of diffLines) expect(l).not.toMatch(/--lang|LC_ALL|LC_MESSAGES|LANG=/);
      expect(job).not.toMatch(/^\s*(LC_ALL|LC_MESSAGES|LANG):/m);
    });
  }
});
