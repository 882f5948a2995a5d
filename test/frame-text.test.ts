/**
 * Every writer prints the same frame: for every example period and every golden case that
 * builds, the header (agency lines, Quốc hiệu), number line, date line, title, Kính gửi, closing,
 * Nơi nhận and signature read back from the DOCX, the PDF and the Markdown are the same text.
 * The frame's lines are final in the model (src/frame/shape-frame.ts); a writer that adds a
 * prefix, a semicolon or a capital of its own fails here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../src/model/report.js";
import { WRITERS, writeContext } from "../src/writers/registry.js";
import { type BuiltModel, exampleModels, goldenModels } from "./support/built-models.js";
import { docxFrameText, type FrameText, markdownFrameText, pdfFrameText, squash } from "./support/frame-text.js";
import { pdfPages } from "./support/pdf-text.js";

async function written(model: ReportModel, format: keyof typeof WRITERS): Promise<Uint8Array> {
  const r = await WRITERS[format].write(model, writeContext(model, {}));
  if (!r.data) throw new Error(`${format}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
  return r.data;
}

const joined = (...parts: string[][]) => squash(parts.flat().join(" "));

let built: BuiltModel[] = [];
beforeAll(async () => {
  built = [...(await exampleModels()), ...(await goldenModels())];
}, 120_000);

describe("the frame text is the same in every writer", () => {
  it("covers the examples and the golden cases, and the golden cases include Kính gửi", () => {
    expect(built.length).toBeGreaterThanOrEqual(15);
    expect(built.some((b) => (b.model.frame.kinhGui?.lines.length ?? 0) > 1)).toBe(true);
  });

  it("DOCX, Markdown and PDF print the same header, Số, date, title, Kính gửi, closing, Nơi nhận and signature", async () => {
    for (const { name, model } of built) {
      const docx = docxFrameText(await written(model, "docx"), model);
      const md = markdownFrameText(new TextDecoder().decode(await written(model, "md")), model);
      const pdf = pdfFrameText(await pdfPages(await written(model, "pdf")), model);
      expect(docx.signature.length, `${name}: the DOCX has a signature`).toBeGreaterThan(0);
      expect({ ...md, nationalTitle: docx.nationalTitle } satisfies FrameText, `${name}: Markdown = DOCX`).toEqual(
        docx,
      );
      expect(pdf.headerLeft, `${name}: PDF header, left`).toBe(joined(docx.agency, docx.numberLine));
      expect(pdf.headerRight, `${name}: PDF header, right`).toBe(joined(docx.nationalTitle, docx.dateLine));
      expect(
        pdf.running.startsWith(`${joined(docx.title, docx.kinhGui)} `),
        `${name}: PDF title and Kính gửi:\n${pdf.running.slice(0, 400)}`,
      ).toBe(true);
      expect(pdf.running.endsWith(joined(docx.closing)), `${name}: PDF closing:\n${pdf.running.slice(-400)}`).toBe(
        true,
      );
      expect(pdf.recipients, `${name}: PDF Nơi nhận`).toBe(joined(docx.recipients));
      expect(pdf.signature, `${name}: PDF signature`).toBe(joined(docx.signature));
    }
  }, 300_000);
});
