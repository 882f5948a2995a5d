import { describe, expect, test } from "vitest";
import { FootnoteScope, markdownToInlines } from "../src/markdown/index.js";
import { br, counter, FILE, inEnglish, md, t, printedMarkdown } from "./markdown-support.js";

const inlines = (text: string) => inEnglish(markdownToInlines(md(text), new FootnoteScope(counter())));

describe("inline marks", () => {
  test("emphasis, strong, delete; italics for Latin species names", () => {
    expect(inlines("Mô hình trồng *Paris polyphylla* Sm, **45 nhiệm vụ** và ~~bỏ~~.")).toEqual({
      content: [
        t("Mô hình trồng "),
        t("Paris polyphylla", { italic: true }),
        t(" Sm, "),
        t("45 nhiệm vụ", { bold: true }),
        t(" và "),
        t("bỏ", { strike: true }),
        t("."),
      ],
      diagnostics: [],
    });
  });

  test("marks nest and flatten: bold inside italic is both", () => {
    expect(inlines("*a **b** c*").content).toEqual([
      t("a ", { italic: true }),
      t("b", { italic: true, bold: true }),
      t(" c", { italic: true }),
    ]);
    expect(inlines("***cả hai***").content).toEqual([t("cả hai", { italic: true, bold: true })]);
    expect(inlines("~~*x*~~").content).toEqual([t("x", { strike: true, italic: true })]);
  });

  test("adjacent runs with identical marks merge", () => {
    // `_a_*b*` parses as two emphasis nodes; the text is one run.
    expect(inlines("_a_*b* c\nd").content).toEqual([t("ab", { italic: true }), t(" c d")]);
  });

  test("a single tilde is literal; only ~~ strikes through", () => {
    expect(inlines("khoảng ~50 ha đến ~60 ha").content).toEqual([t("khoảng ~50 ha đến ~60 ha")]);
  });

  test("inline code is literal and marked code", () => {
    expect(inlines("Viết `**không đậm** {{ x }}` nhé").content).toEqual([
      t("Viết "),
      t("**không đậm** {{ x }}", { code: true }),
      t(" nhé"),
    ]);
  });

  test("soft line breaks become one space; hard breaks (two spaces or backslash) become breaks", () => {
    expect(inlines("dòng một\n   dòng hai  \ndòng ba\\\ndòng bốn").content).toEqual([
      t("dòng một dòng hai"),
      br,
      t("dòng ba"),
      br,
      t("dòng bốn"),
    ]);
  });
});

describe("links", () => {
  test("autolinks and inline links are runs carrying the url; marks inside are kept", () => {
    expect(
      inlines("Xem <https://khcncaobang.gov.vn> và [trang **Sở**](https://skhcn.example/a?b=1&c=2).").content,
    ).toEqual([
      t("Xem "),
      t("https://khcncaobang.gov.vn", { link: "https://khcncaobang.gov.vn" }),
      t(" và "),
      t("trang ", { link: "https://skhcn.example/a?b=1&c=2" }),
      t("Sở", { link: "https://skhcn.example/a?b=1&c=2", bold: true }),
      t("."),
    ]);
  });

  test("bare www. and https:// addresses are links (GFM autolink literals)", () => {
    expect(inlines("tại www.most.gov.vn nhé").content).toEqual([
      t("tại "),
      t("www.most.gov.vn", { link: "http://www.most.gov.vn" }),
      t(" nhé"),
    ]);
  });

  // The links GFM (remark-gfm with its autolink-literal syntax) makes of these, which the
  // parse-then-find transform of parse.ts must make too.
  test.each([
    [
      "Xem https://sokhcn.caobang.gov.vn/tin-tuc?id=5.",
      [
        t("Xem "),
        t("https://sokhcn.caobang.gov.vn/tin-tuc?id=5", { link: "https://sokhcn.caobang.gov.vn/tin-tuc?id=5" }),
        t("."),
      ],
    ],
    ["(www.most.gov.vn)", [t("("), t("www.most.gov.vn", { link: "http://www.most.gov.vn" }), t(")")]],
    [
      "Liên hệ vanthu@caobang.gov.vn.",
      [t("Liên hệ "), t("vanthu@caobang.gov.vn", { link: "mailto:vanthu@caobang.gov.vn" }), t(".")],
    ],
    ["**www.most.gov.vn**", [t("www.most.gov.vn", { link: "http://www.most.gov.vn", bold: true })]],
    ["https://a.gov.vn/van_ban_moi", [t("https://a.gov.vn/van_ban_moi", { link: "https://a.gov.vn/van_ban_moi" })]],
    ["Quyết định 1752/QĐ-UBND của KH&CN, v1.2, 9:30", [t("Quyết định 1752/QĐ-UBND của KH&CN, v1.2, 9:30")]],
    ["`www.most.gov.vn` không phải liên kết", [t("www.most.gov.vn", { code: true }), t(" không phải liên kết")]],
  ])("bare address %j", (text, expected) => {
    expect(inlines(text).content).toEqual(expected);
  });

  test("where a bare URL holds Markdown punctuation it differs from GFM (the README says to write <…>)", () => {
    // GFM would link all of `https://a.gov.vn/*x*`; bcreport finds bare addresses after parsing.
    expect(inlines("https://a.gov.vn/*x*: viết <https://a.gov.vn/*x*>").content).toEqual([
      t("https://a.gov.vn/", { link: "https://a.gov.vn/" }),
      t("x", { italic: true }),
      t(": viết "),
      t("https://a.gov.vn/*x*", { link: "https://a.gov.vn/*x*" }),
    ]);
  });

  test("reference links resolve; unused definitions warn at their position", () => {
    expect(inlines("Theo [Quyết định][qd].\n\n[qd]: https://vanban.example/qd\n[bo]: https://x.example")).toEqual({
      content: [t("Theo "), t("Quyết định", { link: "https://vanban.example/qd" }), t(".")],
      diagnostics: [
        {
          severity: "warning",
          file: FILE,
          line: 14,
          column: 3,
          rule: "unused-link-definition",
          message:
            "expected link definition `[bo]: https://x.example` to be used by a link `[text][bo]` — found no use",
          hint: "write `[text][bo]` where the link belongs, or delete the definition; to print `[` literally write `\\[`",
        },
      ],
    });
  });
});

describe("text is preserved exactly", () => {
  test("& < > \" ' {{ }} $ @ # print literally, no smart quotes", () => {
    const text = `Sở KH&CN: a < b > c "trích" 'đơn' {{period.name}} $5 @vp #1 R&D; 50% [ghi chú]`;
    expect(inlines(text)).toEqual({ content: [t(text)], diagnostics: [] });
  });

  test("backslash escapes print the character", () => {
    expect(inlines("\\*không nghiêng\\* \\<b\\> \\[^a\\]").content).toEqual([t("*không nghiêng* <b> [^a]")]);
  });

  test("Vietnamese NFC text passes through unchanged", () => {
    const text = "Ứng dụng khoa học công nghệ xây dựng mô hình “Phát triển sản phẩm miền dong”";
    expect(inlines(text).content).toEqual([t(text)]);
  });
});

describe("one-paragraph fields", () => {
  test("a second paragraph is an error at its start", () => {
    expect(inlines("Nhiệm vụ một.\n\nNhiệm vụ hai.")).toEqual({
      content: [t("Nhiệm vụ một.")],
      diagnostics: [
        {
          severity: "error",
          file: FILE,
          line: 13,
          column: 3,
          rule: "single-paragraph",
          message: "expected one paragraph — found a second paragraph",
          hint: "join the lines into one paragraph (no blank line), or make it a separate entry of `tasks:`",
        },
      ],
    });
  });

  test("a list is an error", () => {
    expect(inlines("- Quản lý nhiệm vụ").diagnostics).toEqual([
      {
        severity: "error",
        file: FILE,
        line: 11,
        column: 3,
        rule: "single-paragraph",
        message: "expected one paragraph — found a list",
        hint: "a task is one paragraph: make each item its own entry of `tasks:` and leave out the `- ` (tasks are numbered by the report)",
      },
    ]);
  });

  test("empty", () => {
    expect(inlines("").diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ["empty-markdown", 11, 3, "expected one paragraph of text — found no text"],
    ]);
  });

  test("body lists use the same inline conversion", () => {
    const { blocks } = printedMarkdown(md("- **Đậm** và *nghiêng*"), new FootnoteScope(counter()), "body");
    expect(blocks[0]?.type === "paragraph" ? blocks[0].content : null).toEqual([
      t("Đậm", { bold: true }),
      t(" và "),
      t("nghiêng", { italic: true }),
    ]);
  });
});
