/**
 * The LibreOffice PDF engine: converts a built DOCX with `soffice --headless --convert-to pdf`.
 *
 * Each run uses its own temporary directory with a throwaway LibreOffice profile (so it never
 * collides with a running LibreOffice or a user's settings) and a fontconfig file whose only
 * fonts are the bundled Tinos, so "Times New Roman" comes out as Tinos on every machine, as in
 * the Typst engine. The directory is removed afterwards.
 * Problems come back as `{ ok: false }`; nothing is printed.
 */
import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { tinosFiles } from "../../fonts/tinos.js";
import { fontconfigXml } from "./fontconfig-xml.js";
import { msg, type Message } from "../../messages/index.js";

export type LibreOfficeResult = { ok: true; pdf: Uint8Array } | { ok: false; message: Message; hint?: Message };

export interface LibreOfficeOptions {
  /** The soffice binary; default: `soffice` (or `libreoffice`) found on PATH. */
  soffice?: string;
  /** PDF/A-2b through LibreOffice's export option `SelectPdfVersion` (LibreOffice 7.4 or later). */
  pdfA?: boolean;
  /** Environment for the lookup and the child process; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Give up after this many milliseconds (default 180 000). */
  timeoutMs?: number;
}

const INSTALL_HINT = msg("writers.libreoffice-install.hint");

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function findOnPath(env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  const dirs = (env.PATH ?? "").split(delimiter).filter((d) => d !== "");
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const name of names) for (const dir of dirs) if (await isExecutable(join(dir, name))) return join(dir, name);
  return undefined;
}

interface RunResult {
  code: number | null;
  error?: NodeJS.ErrnoException;
  stderr: string;
  timedOut: boolean;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { env, cwd, timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolve({ code: 0, stderr: String(stderr), timedOut: false });
        const e = error as NodeJS.ErrnoException & { code?: string | number; killed?: boolean };
        const timedOut = e.killed === true;
        resolve({ code: typeof e.code === "number" ? e.code : null, error: e, stderr: String(stderr), timedOut });
      },
    );
  });
}

/** LibreOffice's JSON filter options: SelectPdfVersion 2 is PDF/A-2b. */
export const PDF_A_2B = JSON.stringify({ SelectPdfVersion: { type: "long", value: "2" } });

/** The XMP metadata of a PDF/A-2 file names its part: `pdfaid:part="2"` or `<pdfaid:part>2</pdfaid:part>`. */
export function declaresPdfA2(pdf: Uint8Array): boolean {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  return /pdfaid:part(="|>)2/.test(text);
}

export async function convertDocxWithLibreOffice(
  docx: Uint8Array,
  opts: LibreOfficeOptions = {},
): Promise<LibreOfficeResult> {
  const env = opts.env ?? process.env;
  const soffice = opts.soffice ?? (await findOnPath(env));
  if (soffice === undefined) {
    return { ok: false, message: msg("writers.libreoffice-not-on-path"), hint: INSTALL_HINT };
  }
  if (!(await isExecutable(soffice))) {
    return {
      ok: false,
      message: msg("writers.libreoffice-not-executable", { soffice }),
      hint: INSTALL_HINT,
    };
  }

  const dir = await mkdtemp(join(tmpdir(), "bcreport-lo-"));
  try {
    const profile = join(dir, "profile");
    const out = join(dir, "out");
    await Promise.all([mkdir(profile), mkdir(out), mkdir(join(dir, "fc-cache"))]);
    const input = join(dir, "report.docx");
    await writeFile(input, docx);
    const conf = join(dir, "fonts.conf");
    await writeFile(conf, fontconfigXml([dirname(dirname(tinosFiles().regular))], join(dir, "fc-cache")));

    const childEnv: NodeJS.ProcessEnv = { ...env, FONTCONFIG_FILE: conf, HOME: dir };
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--invisible",
      "--norestore",
      "--nolockcheck",
      "--nodefault",
      "--convert-to",
      opts.pdfA ? `pdf:writer_pdf_Export:${PDF_A_2B}` : "pdf:writer_pdf_Export",
      "--outdir",
      out,
      input,
    ];
    const res = await run(soffice, args, childEnv, dir, opts.timeoutMs ?? 180_000);
    if (res.error?.code === "ENOENT") {
      return {
        ok: false,
        message: msg("writers.libreoffice-not-found", { soffice }),
        hint: INSTALL_HINT,
      };
    }
    if (res.timedOut) {
      return {
        ok: false,
        message: msg("writers.libreoffice-timeout", { seconds: Math.round((opts.timeoutMs ?? 180_000) / 1000) }),
      };
    }
    let pdf: Buffer;
    try {
      pdf = await readFile(join(out, "report.pdf"));
    } catch {
      const detail = res.stderr.trim().split("\n").slice(-3).join(" ").trim();
      return {
        ok: false,
        message: msg(detail ? "writers.libreoffice-no-pdf.detail" : "writers.libreoffice-no-pdf", {
          code: res.code ?? msg("writers.libreoffice-exit-unknown"),
          detail,
        }),
        hint: msg("writers.libreoffice-no-pdf.hint"),
      };
    }
    if (opts.pdfA && !declaresPdfA2(pdf)) {
      return {
        ok: false,
        message: msg("writers.libreoffice-not-pdf-a"),
        hint: msg("writers.libreoffice-not-pdf-a.hint"),
      };
    }
    return { ok: true, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
