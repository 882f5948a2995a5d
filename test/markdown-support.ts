/** Shared helpers for the test/markdown-*.test.ts files. */
import type { Inline, Paragraph, SourceRef, TextRun } from "../src/model/report.js";
import type { MarkdownSource } from "../src/markdown/index.js";

export const FILE = "reports/2023-11/monthly/qlkh-quan-ly.yaml";
export const SOURCE: SourceRef = { file: FILE, unit: "qlkh", section: "quan-ly-nhiem-vu" };

/** A field whose Markdown starts at line 11, column 3 of the YAML file: lines +10, columns +2. */
export function md(text: string, file = FILE): MarkdownSource {
  return { text, file, unit: SOURCE.unit, section: SOURCE.section, map: (line, column) => ({ line: line + 10, column: column + 2 }) };
}

/** The document-wide footnote counter a build would share between fragments. */
export function counter(): () => number {
  let n = 0;
  return () => ++n;
}

export const t = (text: string, marks: Partial<Omit<TextRun, "kind" | "text">> = {}): Inline => ({ kind: "text", text, ...marks });
export const fn = (n: number): Inline => ({ kind: "footnote", n });
export const br: Inline = { kind: "break" };

export function para(content: Inline[], marker = "", depth = 0, role: Paragraph["role"] = "body"): Paragraph {
  return { type: "paragraph", role, marker, depth, content, source: SOURCE };
}
