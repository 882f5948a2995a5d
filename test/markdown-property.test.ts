import fc from "fast-check";
import { expect, test } from "vitest";
import type { Block, Inline } from "../src/model/report.js";
import { FootnoteScope, markdownToBlocks, markdownToInlines } from "../src/markdown/index.js";
import { Locator } from "../src/markdown/locate.js";
import { parseMarkdown } from "../src/markdown/parse.js";
import { md } from "./markdown-support.js";

/** Pieces that make Markdown interesting: punctuation, markers, footnotes, HTML, controls, Vietnamese. */
const piece = fc.oneof(
  fc.constantFrom(
    "*",
    "**",
    "_",
    "~~",
    "~",
    "`",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "#",
    "- ",
    "+ ",
    "* ",
    "1. ",
    "3) ",
    "|",
    "---",
    "\\",
    "[^a]",
    "[^b]",
    "[^A]",
    "[^a]: ",
    "[^b]: ",
    "\n",
    "\n\n",
    "  \n",
    "    ",
    "\t",
    "<https://khcncaobang.gov.vn>",
    "www.x.vn",
    "&amp;",
    "{{ x }}",
    "| a | b |\n|---|---|\n",
    "[x]: https://x.vn\n",
    "[t][x]",
    "![i](p.png)",
    "<b>",
    "\u0007",
    "\u0000",
    "\uD800",
    "\uFFFF",
    "\r\n",
    "- [ ] ",
    "Sở KH&CN",
    "Paris polyphylla",
  ),
  fc.string({ maxLength: 6 }),
);
const markdown = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

function refs(inlines: readonly Inline[]): number[] {
  return inlines.flatMap((i) => (i.type === "footnote" ? [i.n] : []));
}

function blockRefs(blocks: readonly Block[]): number[] {
  return blocks.flatMap((b) =>
    b.type === "paragraph"
      ? refs(b.content)
      : b.type === "list"
        ? b.items.flatMap((item) => [...refs(item.content), ...blockRefs(item.blocks)])
        : b.type === "table"
          ? b.rows.flat().flatMap((c) => refs(c.content))
          : [],
  );
}

/** Every string inside a value (JSON.stringify would escape the very characters we look for). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test("any mix of text and Markdown punctuation converts without throwing; every footnote ref has a footnote", () => {
  fc.assert(
    fc.property(markdown, markdown, (body, task) => {
      let next = 0;
      const scope = new FootnoteScope(() => ++next);
      const b = markdownToBlocks(md(body), scope, "body");
      const i = markdownToInlines(md(task), scope);
      const { footnotes, diagnostics } = scope.finish();
      const numbers = new Set(footnotes.map((f) => f.n));
      const used = [...blockRefs(b.blocks), ...refs(i.content), ...footnotes.flatMap((f) => refs(f.content))];
      for (const n of used) expect(numbers.has(n)).toBe(true);
      // Numbers are 1..N with no gaps, in order.
      expect(footnotes.map((f) => f.n)).toEqual(footnotes.map((_, k) => k + 1));
      // Writers never see XML-illegal characters.
      for (const text of strings([b.blocks, i.content, footnotes])) expect(XML_ILLEGAL.test(text)).toBe(false);
      // Every diagnostic has a mapped position (lines +10, columns +2).
      for (const d of [...b.diagnostics, ...i.diagnostics, ...diagnostics]) {
        expect(d.line).toBeGreaterThanOrEqual(11);
        expect(d.column).toBeGreaterThanOrEqual(3);
      }
    }),
    { numRuns: 400 },
  );
});

test("a text without `|` parses to the same tree without the table syntax (parse.ts skips it there)", () => {
  fc.assert(
    fc.property(
      markdown.map((t) => t.replace(/\|/g, "")),
      (text) => {
        expect(parseMarkdown(text)).toEqual(parseMarkdown(text, true));
      },
    ),
    { numRuns: 500 },
  );
  // …and the switch matters: with a `|`, a table is parsed only with the syntax on.
  const table = "| a | b |\n|---|---|\n| 1 | 2 |";
  expect(parseMarkdown(table).children[0]?.type).toBe("table");
  expect(parseMarkdown(table, false).children[0]?.type).toBe("paragraph");
});

test("Locator: line and column of every offset, with \\n, \\r\\n and lone \\r line ends (against a character-by-character count)", () => {
  const reference = (text: string, offset: number) => {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) (line++, (start = i + 1));
    }
    return { line, column: offset - start + 1 };
  };
  const text = fc
    .array(fc.constantFrom("a", "ế", "\n", "\r", "\r\n", "\n\n", " "), { maxLength: 30 })
    .map((p) => p.join(""));
  fc.assert(
    fc.property(text, (t) => {
      const locator = new Locator(t, [], (line, column) => ({ line, column }));
      for (let offset = 0; offset <= t.length; offset++)
        expect(locator.local(offset), `${JSON.stringify(t)} @${offset}`).toEqual(reference(t, offset));
    }),
  );
});
