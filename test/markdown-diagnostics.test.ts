import { describe, expect, test } from "vitest";
import type { LocalizedDiagnostic } from "../src/diagnostics/diagnostic.js";
import { FootnoteScope, markdownToInlines } from "../src/markdown/index.js";
import { counter, FILE, inEnglish, md, para, t, printedMarkdown } from "./markdown-support.js";

const blocks = (text: string) => printedMarkdown(md(text), new FootnoteScope(counter()), "body");
const error = (line: number, column: number, rule: string, message: string, hint?: string): LocalizedDiagnostic => ({
  severity: "error",
  file: FILE,
  line,
  column,
  rule,
  message,
  ...(hint === undefined ? {} : { hint }),
});

describe("unsupported Markdown is an error at the node, with the fix", () => {
  test("ATX heading", () => {
    expect(blocks("Mở đầu.\n\n## Kết quả đạt được\n\nTiếp.")).toEqual({
      blocks: [para([t("Mở đầu.")]), para([t("Tiếp.")])],
      diagnostics: [
        error(
          13,
          3,
          "heading-in-fragment",
          "expected body text — found a heading `## Kết quả đạt được`",
          "headings come from the outline in `bcreport.yaml`: add a section there, or write this line as a plain paragraph (a line under `---` or `===` also makes a heading)",
        ),
      ],
    });
  });

  test("setext heading (a line underlined with ---)", () => {
    expect(blocks("Tiêu đề\n---").diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ["heading-in-fragment", 11, 3, "expected body text — found a heading `Tiêu đề` (the line under it is `---`)"],
    ]);
  });

  test("inline raw HTML: the error points at the tag, the text around it is kept", () => {
    expect(blocks("Sở Khoa học và Công nghệ tỉnh Cao Bằng<sup>1</sup>.")).toEqual({
      blocks: [para([t("Sở Khoa học và Công nghệ tỉnh Cao Bằng1.")])],
      diagnostics: [
        error(
          11,
          41,
          "raw-html",
          "expected Markdown text — found raw HTML `<sup>`",
          "for a footnote write `[^1]` in the text and `[^1]: text of the note` after a blank line; to print `<` literally write `\\<`",
        ),
        error(
          11,
          47,
          "raw-html",
          "expected Markdown text — found raw HTML `</sup>`",
          "for a footnote write `[^1]` in the text and `[^1]: text of the note` after a blank line; to print `<` literally write `\\<`",
        ),
      ],
    });
  });

  test("HTML on the second line of a list item", () => {
    expect(blocks("- một\n- hai <b>ba</b>").diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ["raw-html", 12, 9],
      ["raw-html", 12, 14],
    ]);
  });

  test("block HTML", () => {
    expect(blocks("<div>\nx\n</div>")).toEqual({
      blocks: [],
      diagnostics: [
        error(
          11,
          3,
          "raw-html",
          "expected Markdown text — found raw HTML `<div> x </div>`",
          "HTML is not supported; to print `<` literally write `\\<`",
        ),
      ],
    });
  });

  test("an HTML comment is raw HTML too", () => {
    expect(blocks("a <!-- ghi chú --> b").diagnostics.map((d) => [d.rule, d.column])).toEqual([["raw-html", 5]]);
  });

  test("image", () => {
    expect(blocks("Ảnh: ![mô hình](anh.png)")).toEqual({
      blocks: [para([t("Ảnh: ")])],
      diagnostics: [
        error(
          11,
          8,
          "image-not-supported",
          "expected text — found an image `![mô hình](anh.png)`",
          "an image prints as a figure (with its alt text as caption) only alone in its own paragraph; or write `\\!` to print `!` literally",
        ),
      ],
    });
  });

  test("a paragraph that held only an image leaves no empty paragraph behind", () => {
    expect(blocks("![a](b.png)\n\nCòn lại.").blocks).toEqual([para([t("Còn lại.")])]);
  });

  test("block quote, thematic break, indented and fenced code", () => {
    expect(blocks("> trích\n\n***\n\n    thụt bốn\n\n```\nmã\n```").diagnostics).toEqual([
      error(
        11,
        3,
        "unsupported-markdown",
        "expected a paragraph — found a block quote (`>`)",
        "remove the `>`; quote with “…” inside the paragraph, or write `\\>` to print `>` literally",
      ),
      error(
        13,
        3,
        "unsupported-markdown",
        "expected a paragraph — found a thematic break `***`",
        "remove the line: sections and the space between them come from the outline; write `\\---` to print it literally",
      ),
      error(
        15,
        3,
        "unsupported-markdown",
        "expected a paragraph — found an indented code block (a line starting with 4 or more spaces, or a tab)",
        "remove the spaces at the start of the line",
      ),
      error(
        17,
        3,
        "unsupported-markdown",
        "expected a paragraph — found a fenced code block (```)",
        "write the text as a paragraph; use `inline code` for short literal text, or `\\` before a character to print it literally",
      ),
    ]);
  });

  test("unsupported nodes in a one-paragraph field", () => {
    expect(
      markdownToInlines(md("# Tiêu đề"), new FootnoteScope(counter())).diagnostics.map((d) => [
        d.rule,
        d.line,
        d.column,
      ]),
    ).toEqual([["heading-in-fragment", 11, 3]]);
  });
});

describe("XML-illegal characters are reported at their exact position and removed", () => {
  test("BEL inside a word", () => {
    expect(blocks("Sở KH\u0007CN")).toEqual({
      blocks: [para([t("Sở KHCN")])],
      diagnostics: [
        error(
          11,
          8,
          "control-character",
          "expected printable text — found U+0007 at 11:8",
          "delete the invisible character (it often comes with text pasted from PDF or Word); it cannot be stored in a DOCX file and was left out",
        ),
      ],
    });
  });

  test("positions of later nodes on the same line are not shifted by removed characters", () => {
    const { blocks: out, diagnostics } = blocks("a\u0000\u0001b <i> c\n\u000Bd\uFFFEe\uFFFF");
    expect(out).toEqual([para([t("ab  c de")])]);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ["control-character", 11, 4, "expected printable text — found U+0000 at 11:4"],
      ["control-character", 11, 5, "expected printable text — found U+0001 at 11:5"],
      ["control-character", 12, 3, "expected printable text — found U+000B at 12:3"],
      ["control-character", 12, 5, "expected printable text — found U+FFFE at 12:5"],
      ["control-character", 12, 7, "expected printable text — found U+FFFF at 12:7"],
      ["raw-html", 11, 8, "expected Markdown text — found raw HTML `<i>`"],
    ]);
  });

  test("lone surrogates are removed; pairs (emoji) are kept", () => {
    const { blocks: out, diagnostics } = blocks("x\uD800y \uD83D\uDE00 z\uDC00");
    expect(out).toEqual([para([t("xy \uD83D\uDE00 z")])]);
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [11, 4, "expected printable text — found a lone surrogate U+D800 at 11:4"],
      [11, 11, "expected printable text — found a lone surrogate U+DC00 at 11:11"],
    ]);
  });

  test("tab, line feed and carriage return are legal", () => {
    expect(blocks("a\tb\r\nc").diagnostics).toEqual([]);
  });

  test("control characters in a one-paragraph field", () => {
    expect(inEnglish(markdownToInlines(md("Nhiệm\u001Fvụ"), new FootnoteScope(counter())))).toEqual({
      content: [t("Nhiệmvụ")],
      diagnostics: [
        error(
          11,
          8,
          "control-character",
          "expected printable text — found U+001F at 11:8",
          "delete the invisible character (it often comes with text pasted from PDF or Word); it cannot be stored in a DOCX file and was left out",
        ),
      ],
    });
  });
});
