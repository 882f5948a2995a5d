/** Cells of ```table blocks (markdown/table-cell.ts) against random text: plain text stays as written, nothing throws. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { FootnoteScope, markdownToBlocks } from "../src/markdown/index.js";
import type { Inline, Table } from "../src/model/report.js";
import { memoryWorld } from "../src/world.js";
import { md } from "./markdown-support.js";

/** A one-row table whose only cell holds `text` (a JSON string is a YAML double-quoted scalar). */
function convertCell(text: string, after = "") {
  let next = 0;
  const scope = new FootnoteScope(() => ++next);
  const body = ["```table", "rows:", `  - [${JSON.stringify(text)}]`, "```", after].join("\n");
  const r = markdownToBlocks({ ...md(body), resources: { world: memoryWorld({}), baseDir: "r" } }, scope, "body");
  const finished = scope.finish();
  const table = r.blocks.find((b): b is Table => b.type === "table");
  return { content: table?.rows[0]?.[0]?.content, diagnostics: [...r.diagnostics, ...finished.diagnostics], finished };
}

const textOf = (content: readonly Inline[]) => content.map((i) => (i.type === "text" ? i.text : "")).join("");

/** What a spreadsheet-minded writer types in a cell without meaning any Markdown: block markers included. */
const plainPiece = fc.oneof(
  fc.constantFrom(
    "1.",
    "2.1.",
    "3)",
    "- ",
    "+ ",
    "# ",
    "> ",
    "=",
    "---",
    "|",
    "Tỷ lệ (%)",
    "713/QĐ-UBND",
    "12.450",
    "96,5",
  ),
  fc.constantFrom(..."aăâbcdđeêghiklmnoôơqrstuưvxyÁĐẾỮ0123456789 .,:;()%/-+#>=|"),
);

test("a cell without Markdown marks prints exactly as written (trimmed), whatever block marker it starts with", () => {
  fc.assert(
    fc.property(
      fc.array(plainPiece, { maxLength: 12 }).map((p) => p.join("")),
      (text) => {
        const r = convertCell(text);
        expect(r.diagnostics).toEqual([]);
        const trimmed = text.trim();
        expect(r.content).toEqual(trimmed === "" ? [] : [{ type: "text", text: trimmed }]);
      },
    ),
    { numRuns: 300 },
  );
});

const markPiece = fc.oneof(
  fc.constantFrom(
    "*",
    "**",
    "_",
    "~",
    "~~",
    "^",
    "`",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "\\",
    "[^a]",
    "[^b]",
    "[^a]: ",
    "\n",
    "\n\n",
    "<br>",
    "&amp;",
    "www.x.vn",
    "[x](https://x.vn)",
    "![i](p.png)",
    "\u0007",
    "\uD800",
    "m^2^",
    "CO~2~",
  ),
  fc.string({ maxLength: 4 }),
);

test("any cell text converts without throwing: problems inside the block, every footnote reference defined", () => {
  fc.assert(
    fc.property(
      fc.array(markPiece, { maxLength: 20 }).map((p) => p.join("")),
      (text) => {
        const r = convertCell(text, "\n[^a]: Ghi chú.");
        const numbers = new Set(r.finished.footnotes.map((f) => f.n));
        for (const i of r.content ?? []) if (i.type === "footnote") expect(numbers.has(i.n)).toBe(true);
        // The block's lines are 2…4 of the field: 12…14 of the file (md() adds 10 lines and 2 columns).
        for (const d of r.diagnostics.filter((d) => d.rule !== "footnote-unused")) {
          expect(d.line).toBeGreaterThanOrEqual(12);
          expect(d.line).toBeLessThanOrEqual(14);
          expect(d.column).toBeGreaterThanOrEqual(3);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test("the text of a cell's runs is its text without the marks", () => {
  const r = convertCell("**Diện tích** m^2^ *(ước)*[^a] [Cổng](https://x.vn)", "\n[^a]: Ghi chú.");
  expect(r.diagnostics).toEqual([]);
  expect(textOf(r.content ?? [])).toBe("Diện tích m2 (ước) Cổng");
});
