/**
 * The public shape of a compile: what goes in, what comes out. The implementation is in
 * pipeline.ts; this file only names the contract so writers, the CLI and tests agree on it.
 */
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import type { ReportModel } from "./model/report.js";
import type { OutputFormat } from "./writers/registry.js";

/** The output formats are listed once, in src/writers/registry.ts. */
export type { OutputFormat };

export interface CompileOptions {
  /** Period ids as typed: "2023-11", "2023-Q1" … */
  periods: string[];
  /** Only these report kinds (default: every kind that has a report file in the period folder). */
  kinds?: string[];
  /** Which files to produce (default docx and pdf). */
  formats: OutputFormat[];
  /** Repository-relative output folder (default "out"); files go to `<outDir>/<period>/<kind>.<ext>`. */
  outDir?: string;
  /** PDF engine: the bundled Typst (default) or LibreOffice converting the built DOCX. */
  pdfEngine?: "typst" | "libreoffice";
  /** Folders searched for `layout.font` by the Typst PDF engine (writers/font-dirs.ts); default: none, only the bundled Tinos. */
  fontDirs?: string[];
  /** Write PDF/A-2b. */
  pdfA?: boolean;
}

export interface OutputFile {
  /** Repository-relative path with forward slashes. */
  path: string;
  data: Uint8Array;
}

export interface CompileResult {
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  /** The merged models, one per (period, kind) built; empty when inputs had errors. */
  models: ReportModel[];
}
