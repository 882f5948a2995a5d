/**
 * The write stage: each model → the requested formats, through the registry (registry.ts). `env` is the
 * world's environment, where the LibreOffice PDF engine is looked up.
 */
import type { CompileOptions, OutputFile } from "../compile-api.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ReportModel } from "../model/report.js";
import { OUTPUT_FORMATS, WRITERS, writeContext, type WriteOptions } from "./registry.js";

export async function writeOutputs(
  models: ReportModel[],
  options: CompileOptions,
  env?: WriteOptions["env"],
): Promise<{ outputs: OutputFile[]; diagnostics: Diagnostic[] }> {
  const outDir = (options.outDir ?? "out").replace(/\/+$/, "");
  const outputs: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const writeOptions: WriteOptions = {
    ...(options.pdfEngine ? { pdfEngine: options.pdfEngine } : {}),
    ...(options.pdfA ? { pdfA: true } : {}),
    ...(options.fontDirs ? { fontDirs: options.fontDirs } : {}),
    ...(env ? { env } : {}),
  };
  for (const model of models) {
    const base = `${outDir}/${model.meta.period}/${model.meta.kind}`;
    const ctx = writeContext(model, writeOptions);
    for (const format of OUTPUT_FORMATS.filter((f) => options.formats.includes(f))) {
      const writer = WRITERS[format];
      const r = await writer.write(model, ctx);
      if (r.data) outputs.push({ path: `${base}.${writer.ext}`, data: r.data });
      diagnostics.push(...r.diagnostics);
    }
  }
  return { outputs, diagnostics };
}
