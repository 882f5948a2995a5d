/**
 * Every output format, in one place: its file extension, what it is, and how it is written.
 * Adding a format means adding an entry here (the CLI's `--format` list, its help and the
 * `OutputFormat` type follow). The DOCX and PDF machinery is loaded only when asked for, so
 * `check` and JSON/Markdown output never load it.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ReportModel } from "../model/report.js";
import { missingFontMessage } from "./font-dirs.js";
import { msg } from "../messages/index.js";

/** The DOCX and PDF writers (index.ts), imported when a run needs them. */
const loadWriters = () => import("./index.js");

export interface WriteOptions {
  /** PDF engine: the bundled Typst (default) or LibreOffice converting the built DOCX. */
  pdfEngine?: "typst" | "libreoffice";
  /** Write PDF/A-2b. */
  pdfA?: boolean;
  /** Folders where the PDF writer looks for `layout.fonts` (font-dirs.ts). */
  fontDirs?: string[];
  /** The environment LibreOffice is looked up in (PATH) and run with; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** What a writer may use besides the model: the options, and the model's DOCX (built once). */
export interface WriteContext {
  options: WriteOptions;
  docx(): Promise<Uint8Array>;
}

/** The file's bytes (absent when it could not be written) and the problems met on the way. */
export interface WriteResult {
  data?: Uint8Array;
  diagnostics: Diagnostic[];
}

export interface Writer {
  /** File name extension, without the dot. */
  ext: string;
  /**
   * For a document a person opens to review: its rank when the CLI points at what a build wrote
   * (1 first). Absent for data (JSON).
   */
  review?: number;
  write(model: ReportModel, ctx: WriteContext): Promise<WriteResult>;
}

const text = (s: string): WriteResult => ({ data: new TextEncoder().encode(s), diagnostics: [] });

const ENTRIES = {
  docx: {
    ext: "docx",
    review: 2,
    write: async (_model, ctx) => ({ data: await ctx.docx(), diagnostics: [] }),
  },
  pdf: {
    ext: "pdf",
    review: 1,
    write: async (model, ctx) => {
      const writers = await loadWriters();
      const pdfA = ctx.options.pdfA ?? false;
      if (ctx.options.pdfEngine === "libreoffice") {
        const env = ctx.options.env ? { env: ctx.options.env } : {};
        const r = await writers.convertDocxWithLibreOffice(await ctx.docx(), { pdfA, ...env });
        if (r.ok) return { data: r.pdf, diagnostics: [] };
        return { diagnostics: [diagnostic({ file: "", rule: "pdf-engine", message: r.message, hint: r.hint })] };
      }
      const diagnostics: Diagnostic[] = [];
      const onWarning = (message: string) => {
        const missing = missingFontMessage(message, model.layout.fonts);
        if (missing) {
          const hint = msg("writers.font-missing.hint");
          diagnostics.push(diagnostic({ severity: "warning", file: "", rule: "font-missing", message: missing, hint }));
        }
      };
      const data = await writers.writePdf(model, { pdfA, fontDirs: ctx.options.fontDirs ?? [], onWarning });
      return { data, diagnostics };
    },
  },
  json: {
    ext: "json",
    write: async (model) => text(JSON.stringify(model, null, 2) + "\n"),
  },
  md: {
    ext: "md",
    review: 3,
    write: async (model) => text((await import("./markdown/write-markdown.js")).writeMarkdown(model)),
  },
} satisfies Record<string, Writer>;

export type OutputFormat = keyof typeof ENTRIES;

export const WRITERS: Record<OutputFormat, Writer> = ENTRIES;

/** The formats in the order outputs are written and listed. */
export const OUTPUT_FORMATS = Object.keys(WRITERS) as OutputFormat[];

/** The context for writing `model`: its DOCX is built at most once, when a writer asks for it. */
export function writeContext(model: ReportModel, options: WriteOptions): WriteContext {
  let docx: Promise<Uint8Array> | undefined;
  return { options, docx: () => (docx ??= loadWriters().then((w) => w.writeDocx(model))) };
}

/** File extensions of the documents to review, the one to open first first: [".pdf", ".docx", ".md"]. */
export function reviewExtensions(): string[] {
  const ranked = OUTPUT_FORMATS.filter((f) => WRITERS[f].review !== undefined);
  return ranked.sort((a, b) => (WRITERS[a].review ?? 0) - (WRITERS[b].review ?? 0)).map((f) => `.${WRITERS[f].ext}`);
}

export function isOutputFormat(name: string): name is OutputFormat {
  return Object.hasOwn(WRITERS, name);
}
