/**
 * The PDF's font and PDF/A: `layout.font` is used when the machine (or the repository's fonts/
 * folder) has it, else the bundled Tinos with a `font-missing` warning; `--pdf-engine libreoffice
 * --pdf-a` asks LibreOffice for PDF/A-2b and refuses a PDF that does not declare it.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../src/pipeline.js";
import { fontDirs, missingFontMessage } from "../src/writers/font-dirs.js";
import { translate } from "../src/messages/index.js";
import { convertDocxWithLibreOffice, declaresPdfA2, PDF_A_2B } from "../src/writers/pdf/libreoffice.js";
import { memoryWorld } from "../src/world.js";

const work = mkdtempSync(join(tmpdir(), "bcreport-fonts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = join(import.meta.dirname, "fixtures", "_base");
const read = (f: string) => readFileSync(join(fixture, f), "utf8");
const files = (font: string) => ({
  "bcreport.yaml": `${read("bcreport.yaml")}layout:\n  font: ${font}\n`,
  "reports/2023-11/monthly.yaml": read("reports/2023-11/monthly.yaml"),
  "reports/2023-11/monthly/vp.tham-muu.yaml": read("reports/2023-11/monthly/vp.tham-muu.yaml"),
});
const DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

describe("layout.font in the PDF", () => {
  it("searches the repository's fonts/ folder first", () => {
    mkdirSync(join(work, "fonts"), { recursive: true });
    expect(fontDirs(work, {})[0]).toBe(join(work, "fonts"));
    expect(fontDirs(join(work, "none"), {})).not.toContain(join(work, "none", "fonts"));
  });

  it("warns only for a font other than the default Times New Roman", () => {
    expect(translate(missingFontMessage("unknown font family: nope serif", ["Nope Serif", "Tinos"])!, "en")).toMatch(
      /`Nope Serif`.*Tinos/,
    );
    expect(missingFontMessage("unknown font family: times new roman", ["Times New Roman", "Tinos"])).toBeUndefined();
    expect(missingFontMessage("something else", ["Nope Serif"])).toBeUndefined();
  });

  it.skipIf(!existsSync(DEJAVU))("uses a font from the fonts/ folder, without a warning", async () => {
    const dir = join(work, "repo-fonts");
    mkdirSync(dir, { recursive: true });
    copyFileSync(DEJAVU, join(dir, "DejaVuSerif.ttf"));
    const r = await compile(
      { periods: ["2023-11"], formats: ["pdf"], fontDirs: [dir] },
      memoryWorld(files("DejaVu Serif")),
    );
    expect(r.diagnostics.filter((d) => d.rule === "font-missing")).toEqual([]);
    const pdf = Buffer.from(r.outputs[0]!.data).toString("latin1");
    expect(pdf).toMatch(/DejaVuSerif/);
    // Without the folder, the same build falls back to Tinos and says so.
    const without = await compile(
      { periods: ["2023-11"], formats: ["pdf"], fontDirs: [] },
      memoryWorld(files("DejaVu Serif")),
    );
    expect(without.diagnostics.map((d) => d.rule)).toContain("font-missing");
    expect(Buffer.from(without.outputs[0]!.data).toString("latin1")).not.toMatch(/DejaVuSerif/);
  });
});

describe("--pdf-engine libreoffice --pdf-a", () => {
  /** A stand-in for soffice: records its arguments and writes a PDF with or without the PDF/A-2 declaration. */
  function fakeSoffice(declares: boolean): { bin: string; args: string } {
    const args = join(work, `args-${declares}`);
    const bin = join(work, `soffice-${declares}`);
    const xmp = declares ? '<rdf:Description pdfaid:part="2" pdfaid:conformance="B"/>' : "";
    writeFileSync(
      bin,
      `#!/bin/sh\nprintf '%s\\n' "$@" > '${args}'\n` +
        `while [ $# -gt 0 ]; do [ "$1" = --outdir ] && dir="$2"; shift; done\nprintf '%%PDF-1.7\\n${xmp}\\n' > "$dir/report.pdf"\n`,
    );
    chmodSync(bin, 0o755);
    return { bin, args };
  }

  it.skipIf(process.platform === "win32")("asks LibreOffice for PDF/A-2b through its export options", async () => {
    const { bin, args } = fakeSoffice(true);
    const r = await convertDocxWithLibreOffice(new Uint8Array([1]), { soffice: bin, pdfA: true });
    expect(r.ok).toBe(true);
    expect(readFileSync(args, "utf8").split("\n")).toContain(`pdf:writer_pdf_Export:${PDF_A_2B}`);
    expect(JSON.parse(PDF_A_2B)).toEqual({ SelectPdfVersion: { type: "long", value: "2" } });
  });

  it.skipIf(process.platform === "win32")(
    "refuses a PDF that does not declare PDF/A (an old LibreOffice)",
    async () => {
      const { bin } = fakeSoffice(false);
      const r = await convertDocxWithLibreOffice(new Uint8Array([1]), { soffice: bin, pdfA: true });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(translate(r.message, "en")).toMatch(/PDF\/A-2/);
      expect(declaresPdfA2(new TextEncoder().encode("<pdfaid:part>2</pdfaid:part>"))).toBe(true);
    },
  );

  it.skipIf(process.platform === "win32")("says in the user's language when LibreOffice writes no PDF", async () => {
    const bin = join(work, "soffice-fails");
    writeFileSync(bin, "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n");
    chmodSync(bin, 0o755);
    const r = await convertDocxWithLibreOffice(new Uint8Array([1]), { soffice: bin });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(translate(r.message, "en")).toBe(
      "LibreOffice did not produce a PDF (exit code 1): Error: source file could not be loaded",
    );
    expect(translate(r.message, "vi")).toBe(
      "LibreOffice không tạo ra tệp PDF (mã thoát 1): Error: source file could not be loaded",
    );
    expect(r.hint && translate(r.hint, "vi")).toBe(
      "kiểm tra tệp DOCX có mở được bằng LibreOffice không, hoặc dùng Typst, công cụ tạo PDF có sẵn",
    );
  });
});
