/**
 * The write stage: each model → the requested formats. Writers are imported lazily so that
 * `bcreport check` and JSON/Markdown output never load the DOCX or PDF machinery.
 */
import type { CompileOptions, OutputFile } from "../compile-api.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ReportModel } from "../model/report.js";
import { loadWriters } from "./load-writers.js";
import { missingFontMessage } from "./font-dirs.js";

export async function writeOutputs(models: ReportModel[], options: CompileOptions): Promise<{ outputs: OutputFile[]; diagnostics: Diagnostic[] }> {
  const outDir = (options.outDir ?? "out").replace(/\/+$/, "");
  const outputs: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const enc = new TextEncoder();
  for (const model of models) {
    const base = `${outDir}/${model.meta.period}/${model.meta.kind}`;
    let docx: Uint8Array | undefined;
    const needDocx = options.formats.includes("docx") || (options.formats.includes("pdf") && options.pdfEngine === "libreoffice");
    if (needDocx) {
      const bytes = await (await loadWriters()).writeDocx(model);
      docx = bytes;
      if (options.formats.includes("docx")) outputs.push({ path: `${base}.docx`, data: bytes });
    }
    if (options.formats.includes("pdf")) {
      if (options.pdfEngine === "libreoffice") {
        const r = await (await loadWriters()).convertDocxWithLibreOffice(docx!, { pdfA: options.pdfA ?? false });
        if (r.ok) outputs.push({ path: `${base}.pdf`, data: r.pdf });
        else diagnostics.push({ severity: "error", file: "", line: 0, column: 0, rule: "pdf-engine", message: r.message, ...(r.hint ? { hint: r.hint } : {}) });
      } else {
        const onWarning = (message: string) => {
          const missing = missingFontMessage(message, model.layout.fonts);
          if (missing) diagnostics.push({ severity: "warning", file: "", line: 0, column: 0, rule: "font-missing", message: missing, hint: "install the font, or put its files in the repository's fonts/ folder" });
        };
        const pdfOptions = { pdfA: options.pdfA ?? false, fontDirs: options.fontDirs ?? [], onWarning };
        outputs.push({ path: `${base}.pdf`, data: await (await loadWriters()).writePdf(model, pdfOptions) });
      }
    }
    if (options.formats.includes("json")) outputs.push({ path: `${base}.json`, data: enc.encode(JSON.stringify(model, null, 2) + "\n") });
    if (options.formats.includes("md")) {
      const { writeMarkdown } = await import("./markdown/write-markdown.js");
      outputs.push({ path: `${base}.md`, data: enc.encode(writeMarkdown(model)) });
    }
  }
  return { outputs, diagnostics };
}
