import { describe, expect, test } from "vitest";
import { FootnoteScope, markdownToBlocks, markdownToInlines } from "../src/markdown/index.js";
import { anyLine, counter, FILE, inEnglish, md, para, SOURCE, t, printedMarkdown } from "./markdown-support.js";

const blocks = (text: string, role: "body" | "preamble" | "closing" = "body") =>
  printedMarkdown(md(text), new FootnoteScope(counter()), role);

describe("paragraphs", () => {
  test("each paragraph is a block with the role, no marker, depth 0 and its source", () => {
    expect(blocks("Trong tháng 11/2023, Sở KH&CN tiếp tục\nquan tâm.\n\nMột số kết quả:", "preamble")).toEqual({
      blocks: [
        para([t("Trong tháng 11/2023, Sở KH&CN tiếp tục quan tâm.")], "", 0, "preamble"),
        para([t("Một số kết quả:")], "", 0, "preamble"),
      ],
      diagnostics: [],
    });
  });

  test("each block's source names the line of the YAML file where its Markdown starts", () => {
    const text = "Đoạn một\ntiếp tục.\n\n- Mục một\n- Mục hai\n\n| a | b |\n|---|---|\n| 1 | 2 |";
    // md() puts the field's first line on line 11 of the file; list items carry their list's line.
    expect(blocks(text).blocks.map((b) => (b.type === "heading" ? undefined : b.source?.line))).toEqual([
      11, 14, 14, 17,
    ]);
  });

  test("closing role", () => {
    expect(blocks("Trên đây là Báo cáo./.", "closing").blocks).toEqual([
      para([t("Trên đây là Báo cáo./.")], "", 0, "closing"),
    ]);
  });
});

describe("list markers are kept as typed", () => {
  test("-, + and * items, one paragraph each", () => {
    expect(blocks("- Trình UBND tỉnh.\n\n+ Tham mưu.\n\n* Phổ biến.").blocks).toEqual([
      para([t("Trình UBND tỉnh.")], "- "),
      para([t("Tham mưu.")], "+ "),
      para([t("Phổ biến.")], "* "),
    ]);
  });

  test("ordered markers keep their number and delimiter: 1. 2. and 3) 4)", () => {
    expect(blocks("1. Một\n2. Hai\n\n3) Ba\n4) Bốn").blocks).toEqual([
      para([t("Một")], "1. "),
      para([t("Hai")], "2. "),
      para([t("Ba")], "3) "),
      para([t("Bốn")], "4) "),
    ]);
  });

  test("numbers are not renumbered: 1. 1. 1. stays", () => {
    expect(blocks("1. a\n1. b\n1. c").blocks.map((b) => (b.type === "paragraph" ? b.marker : ""))).toEqual([
      "1. ",
      "1. ",
      "1. ",
    ]);
  });

  test("indented item markers are read from the right place", () => {
    expect(blocks("  - lùi vào\n  - hai").blocks).toEqual([para([t("lùi vào")], "- "), para([t("hai")], "- ")]);
  });

  test("nested lists go one level deeper; a second paragraph in an item has no marker and the same depth", () => {
    const text = [
      "- Cấp một",
      "  + Cấp hai",
      "    * Cấp ba",
      "",
      "      Đoạn thứ hai của cấp ba",
      "",
      "    Đoạn thứ hai của cấp hai (thụt theo nội dung của `+`)",
      "- Lại cấp một",
      "",
      "  Đoạn hai",
    ].join("\n");
    expect(blocks(text).blocks).toEqual([
      para([t("Cấp một")], "- ", 0),
      para([t("Cấp hai")], "+ ", 1),
      para([t("Cấp ba")], "* ", 2),
      para([t("Đoạn thứ hai của cấp ba")], "", 2),
      para([t("Đoạn thứ hai của cấp hai (thụt theo nội dung của "), t("+", { code: true }), t(")")], "", 1),
      para([t("Lại cấp một")], "- ", 0),
      para([t("Đoạn hai")], "", 0),
    ]);
  });

  test("ordered lists inside a bullet item (a new delimiter starts a new list at the same depth)", () => {
    expect(blocks("- Nhiệm vụ:\n  1. đề tài\n  2) dự án").blocks).toEqual([
      para([t("Nhiệm vụ:")], "- ", 0),
      para([t("đề tài")], "1. ", 1),
      para([t("dự án")], "2) ", 1),
    ]);
  });

  test("task-list checkboxes print as typed", () => {
    expect(blocks("- [ ] chưa xong\n- [x] đã xong\n- [X]   hai dấu cách").blocks).toEqual([
      para([t("[ ] chưa xong")], "- "),
      para([t("[x] đã xong")], "- "),
      para([t("[X]   hai dấu cách")], "- "),
    ]);
  });

  test("an item with no text keeps its marker and warns", () => {
    expect(blocks("- \n- có chữ")).toEqual({
      blocks: [para([], "- "), para([t("có chữ")], "- ")],
      diagnostics: [
        {
          severity: "warning",
          file: FILE,
          line: 11,
          column: 3,
          rule: "empty-list-item",
          message: "expected text after the list marker `-` — found nothing",
          hint: "write the item's text on the marker's line, or delete the marker",
        },
      ],
    });
  });
});

describe("tables", () => {
  test("GFM table: alignment, one header row, cells as inlines, widths from content", () => {
    const text = [
      "| TT | Nội dung | Kết quả |",
      "|:--:|:---|---:|",
      "| 1 | Đề tài **cấp tỉnh** năm 2023 | 31 |",
      "| 2 | Dự án | 5 |",
    ].join("\n");
    const { blocks: out, diagnostics } = blocks(text);
    expect(diagnostics).toEqual([]);
    expect(out).toHaveLength(1);
    const table = out[0];
    if (table?.type !== "table") throw new Error("expected a table");
    expect({ ...table, widths: [] }).toEqual({
      type: "table",
      align: ["center", "left", "right"],
      headerRows: 1,
      rows: [
        [{ content: [t("TT")] }, { content: [t("Nội dung")] }, { content: [t("Kết quả")] }],
        [
          { content: [t("1")] },
          { content: [t("Đề tài "), t("cấp tỉnh", { bold: true }), t(" năm 2023")] },
          { content: [t("31")] },
        ],
        [{ content: [t("2")] }, { content: [t("Dự án")] }, { content: [t("5")] }],
      ],
      widths: [],
      source: anyLine(SOURCE),
    });
    // Longest cells: 2, 24 ("Đề tài cấp tỉnh năm 2023"), 7 characters. 2/33 < 8%, so TT gets
    // 0.08 and the others share 0.92 as 24:7.
    expect(table.widths[0]).toBeCloseTo(0.08, 12);
    expect(table.widths[1]).toBeCloseTo((0.92 * 24) / 31, 12);
    expect(table.widths[2]).toBeCloseTo((0.92 * 7) / 31, 12);
    expect(table.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  test("short rows are padded with empty cells", () => {
    const out = blocks("| a | b |\n|---|---|\n| x |").blocks[0];
    if (out?.type !== "table") throw new Error("expected a table");
    expect(out.rows).toEqual([
      [{ content: [t("a")] }, { content: [t("b")] }],
      [{ content: [t("x")] }, { content: [] }],
    ]);
    expect(out.align).toEqual([null, null]);
    expect(out.widths).toEqual([0.5, 0.5]);
  });
});

describe("empty fields", () => {
  test("blank text is an error at the field's start", () => {
    expect(blocks("  \n\n")).toEqual({
      blocks: [],
      diagnostics: [
        {
          severity: "error",
          file: FILE,
          line: 11,
          column: 3,
          rule: "empty-markdown",
          message: "expected Markdown text in the body — found no text",
          hint: "write the text, or remove the field",
        },
      ],
    });
  });
});

describe("a fragment as in the README and the seeds", () => {
  test("body with items, a footnote and an italic species name; a task referencing the body's footnote", () => {
    const allocate = counter();
    const scope = new FootnoteScope(allocate);
    const body = [
      "- Tiếp tục quản lý, theo dõi 45 nhiệm vụ KH&CN; đôn đốc hoàn thiện hồ sơ đối với 01 dự án[^da].",
      "",
      "- Trình UBND tỉnh tổ chức 01 đoàn khảo sát (<https://khcncaobang.gov.vn>).",
      "",
      "[^da]: Ứng dụng khoa học công nghệ xây dựng mô hình … (*Paris polyphylla* Sm) …",
    ].join("\n");
    expect(printedMarkdown(md(body), scope, "body")).toEqual({
      blocks: [
        para(
          [
            t("Tiếp tục quản lý, theo dõi 45 nhiệm vụ KH&CN; đôn đốc hoàn thiện hồ sơ đối với 01 dự án"),
            { type: "footnote", n: 1 },
            t("."),
          ],
          "- ",
        ),
        para(
          [
            t("Trình UBND tỉnh tổ chức 01 đoàn khảo sát ("),
            t("https://khcncaobang.gov.vn", { link: "https://khcncaobang.gov.vn" }),
            t(")."),
          ],
          "- ",
        ),
      ],
      diagnostics: [],
    });
    expect(inEnglish(markdownToInlines(md("Quản lý dự án[^da] đang triển khai."), scope))).toEqual({
      content: [t("Quản lý dự án"), { type: "footnote", n: 1 }, t(" đang triển khai.")],
      diagnostics: [],
    });
    expect(scope.finish()).toEqual({
      footnotes: [
        {
          n: 1,
          content: [
            t("Ứng dụng khoa học công nghệ xây dựng mô hình … ("),
            t("Paris polyphylla", { italic: true }),
            t(" Sm) …"),
          ],
          source: anyLine(SOURCE),
        },
      ],
      diagnostics: [],
    });
  });
});

describe("lists are List blocks in the model", () => {
  test("items keep their typed markers; further paragraphs and nested lists stay inside the item", () => {
    const r = markdownToBlocks(
      md("- Cấp một\n  + Cấp hai\n\n  Đoạn hai\n- Lại cấp một\n\nSau danh sách."),
      new FootnoteScope(counter()),
      "body",
    );
    expect(r.blocks).toEqual([
      {
        type: "list",
        role: "body",
        source: anyLine(SOURCE),
        items: [
          {
            marker: "- ",
            content: [t("Cấp một")],
            blocks: [
              {
                type: "list",
                role: "body",
                source: anyLine(SOURCE),
                items: [{ marker: "+ ", content: [t("Cấp hai")], blocks: [] }],
              },
              { type: "paragraph", role: "body", content: [t("Đoạn hai")], source: anyLine(SOURCE) },
            ],
          },
          { marker: "- ", content: [t("Lại cấp một")], blocks: [] },
        ],
      },
      { type: "paragraph", role: "body", content: [t("Sau danh sách.")], source: anyLine(SOURCE) },
    ]);
  });
});
