/** Shared helpers for the test/markdown-*.test.ts files. */
import { printedBlocks, type PrintedBlock, type PrintedParagraph } from "../src/model/printed-blocks.js";
import type { Block, Inline, SourceRef, TextRun } from "../src/model/report.js";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { markdownToBlocks, type MarkdownSource } from "../src/markdown/index.js";
import { expect } from "vitest";

export const FILE = "reports/2023-11/monthly/qlkh-quan-ly.yaml";
export const SOURCE: SourceRef = { file: FILE, unit: "qlkh", section: "quan-ly-nhiem-vu" };

/** Matches `source` with any `line` (the line of each block is checked in markdown-blocks.test.ts). */
export const anyLine = (source: SourceRef): SourceRef => expect.objectContaining(source) as unknown as SourceRef;

/** A field whose Markdown starts at line 11, column 3 of the YAML file: lines +10, columns +2. */
export function md(text: string, file = FILE): MarkdownSource {
  return {
    text,
    file,
    unit: SOURCE.unit,
    section: SOURCE.section,
    map: (line, column) => ({ line: line + 10, column: column + 2 }),
  };
}

/** The document-wide footnote counter a build would share between fragments. */
export function counter(): () => number {
  let n = 0;
  return () => ++n;
}

export const t = (text: string, marks: Partial<Omit<TextRun, "type" | "text">> = {}): Inline => ({
  type: "text",
  text,
  ...marks,
});
export const fn = (n: number): Inline => ({ type: "footnote", n });
export const br: Inline = { type: "break" };

/** A paragraph as the paged writers print it: list items carry their marker and depth. */
export function para(
  content: Inline[],
  marker = "",
  depth = 0,
  role: PrintedParagraph["role"] = "body",
): PrintedParagraph {
  return { type: "paragraph", role, marker, depth, content, source: anyLine(SOURCE) };
}

/** Blocks flattened as printed (printed-blocks.ts), so tests can state them one paragraph per line. */
export const printed = (blocks: readonly Block[]): PrintedBlock[] => printedBlocks(blocks);

/** Diagnostics as their English text, without the catalogue ids they were made from (test/messages-catalogue.test.ts checks those). */
export function inEnglish<T extends { diagnostics: Diagnostic[] }>(r: T): T {
  return { ...r, diagnostics: r.diagnostics.map(({ text: _ids, ...d }) => d) };
}

/** markdownToBlocks with its blocks flattened as printed. */
export function printedMarkdown(...args: Parameters<typeof markdownToBlocks>): {
  blocks: PrintedBlock[];
  diagnostics: Diagnostic[];
} {
  const r = markdownToBlocks(...args);
  return inEnglish({ blocks: printed(r.blocks), diagnostics: r.diagnostics });
}
