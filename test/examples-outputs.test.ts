/**
 * The bundled examples end to end: each builds to DOCX and PDF without problems, the PDF says
 * what the DOCX says (body, frame and footnotes, in order), its fonts are embedded, and a second
 * build gives byte-identical files.
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../src/pipeline.js";
import type { CompileResult } from "../src/compile-api.js";
import { nodeWorld } from "../src/world.js";
import { docxText } from "./support/docx-text.js";
import { pdfFontDescriptors, pdfPages } from "./support/pdf-text.js";
import { alignWords, tokenize } from "./support/similarity.js";

const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang", import.meta.url));
const PERIODS = ["2019-09", "2023-10", "2023-11"];

let first: CompileResult;
let second: CompileResult;

beforeAll(async () => {
  first = await compile({ periods: PERIODS, formats: ["docx", "pdf"] }, nodeWorld(EXAMPLE));
  second = await compile({ periods: PERIODS, formats: ["docx", "pdf"] }, nodeWorld(EXAMPLE));
});

const output = (r: CompileResult, path: string) => r.outputs.find((o) => o.path === path)?.data;

describe("examples/cao-bang outputs", () => {
  it("builds every report without errors", () => {
    expect(first.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(first.outputs.map((o) => o.path).sort()).toEqual([
      "out/2019-09/monthly.docx",
      "out/2019-09/monthly.pdf",
      "out/2023-10/nq11.docx",
      "out/2023-10/nq11.pdf",
      "out/2023-11/monthly.docx",
      "out/2023-11/monthly.pdf",
    ]);
  });

  it("is deterministic: a second build gives byte-identical DOCX and PDF", () => {
    expect(second.outputs.length).toBe(first.outputs.length);
    for (const o of first.outputs)
      expect(Buffer.compare(Buffer.from(o.data), Buffer.from(output(second, o.path)!)), o.path).toBe(0);
  });

  for (const [period, kind] of [
    ["2019-09", "monthly"],
    ["2023-10", "nq11"],
    ["2023-11", "monthly"],
  ] as const) {
    it(`${period}/${kind}: the PDF has the DOCX's words in order, footnotes included`, async () => {
      const docx = docxText(output(first, `out/${period}/${kind}.docx`)!);
      const pages = await pdfPages(output(first, `out/${period}/${kind}.pdf`)!);
      // pdfjs glues a footnote's number to its first word ("1QĐ") and splits punctuation from
      // words at a change of style ("(" + italic "Paris"): compare words without edge punctuation.
      const bare = (words: string[]) => words.map((w) => w.replace(/^[\p{P}]+|[\p{P}]+$/gu, "")).filter(Boolean);
      const pdfWords = bare(tokenize(pages.map((p) => p.text).join(" ")).map((w) => w.replace(/^\d+(?=\p{L})/u, "")));
      const docxWords = bare(tokenize(docx.allParagraphs.join(" ")));
      const body = alignWords(docxWords, pdfWords);
      expect(
        body.matches / docxWords.length,
        "share of the DOCX's words found in order in the PDF",
      ).toBeGreaterThanOrEqual(0.98);
      if (docx.footnoteWords.length) {
        const noteWords = bare(docx.footnoteWords);
        const notes = alignWords(noteWords, pdfWords);
        expect(notes.matches / noteWords.length, "share of footnote words found in the PDF").toBeGreaterThanOrEqual(
          0.98,
        );
      }
      expect(pages[0]!.items.some((i) => i.str.trim() === "1" && i.top < 60)).toBe(false);
      if (pages.length > 1) expect(pages[1]!.items.some((i) => i.str.trim() === "2" && i.top < 60)).toBe(true);
    });
  }

  it("embeds the Tinos fonts in every PDF", () => {
    for (const o of first.outputs.filter((x) => x.path.endsWith(".pdf"))) {
      const fonts = pdfFontDescriptors(o.data);
      expect(fonts.length, o.path).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.fontName, o.path).toMatch(/^[A-Z]{6}\+Tinos/);
        expect(f.fontFile2, `${o.path} ${f.fontName} embedded`).toBe(true);
      }
    }
  });
});
