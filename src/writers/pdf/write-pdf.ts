/**
 * The PDF writer: report model → Typst source → PDF, with the bundled Typst compiler.
 * Deterministic: the same model gives the same bytes (dates come from `model.meta.epoch`).
 */
import type { ReportModel } from "../../model/report.js";
import { typstCompiler } from "./typst-compiler.js";
import { typstSource } from "./typst-source.js";

export interface WritePdfOptions {
  /** Write PDF/A-2b instead of plain PDF. */
  pdfA?: boolean;
  /** Font folders searched for `layout.font` (writers/font-dirs.ts); default: only the bundled Tinos. */
  fontDirs?: readonly string[];
  /** Called with Typst's warnings, e.g. "unknown font family: …" when `layout.font` is not installed. */
  onWarning?: (message: string) => void;
}

export async function writePdf(model: ReportModel, options: WritePdfOptions = {}): Promise<Uint8Array> {
  return compileTypst(typstSource(model), model.meta.epoch, options);
}

/** Compiles a Typst source to PDF; an error here is a bug in the generated source. */
export function compileTypst(source: string, epoch: number, options: WritePdfOptions = {}): Uint8Array {
  const compiler = typstCompiler(options.fontDirs);
  const result = compiler.compile({ mainFileContent: source });
  const doc = result.result;
  const error = result.takeError();
  if (!doc || error) {
    const details = error ? compiler.fetchDiagnostics(error) : [];
    throw new Error(`Typst could not compile the generated report source: ${JSON.stringify(details)}`);
  }
  const warnings = result.takeWarnings();
  if (warnings && options.onWarning)
    for (const w of compiler.fetchDiagnostics(warnings) as Array<{ message: string }>) options.onWarning(w.message);
  const pdf = compiler.pdf(doc, {
    creationTimestamp: epoch,
    ...(options.pdfA ? { pdfStandard: "a-2b" } : {}),
  });
  compiler.evictCache(30);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
