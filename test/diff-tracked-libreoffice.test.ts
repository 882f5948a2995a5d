/**
 * LibreOffice opens the tracked-changes DOCX: it converts to PDF, and the page shows both the
 * deleted and the inserted words (LibreOffice prints tracked changes as they are shown: deletions
 * struck through, insertions underlined). Skipped where LibreOffice is not installed.
 */
import { translate } from "../src/messages/index.js";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trackedModel } from "../src/diff/tracked-model.js";
import type { Revision } from "../src/model/report.js";
import { buildModels } from "../src/pipeline.js";
import { nodeWorld } from "../src/world.js";
import { writeDocx } from "../src/writers/docx/write-docx.js";
import { convertDocxWithLibreOffice } from "../src/writers/pdf/libreoffice.js";
import { applyEdits } from "./support/model-edits.js";

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
const pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].find((p) => existsSync(p));
const EXAMPLE = join(import.meta.dirname, "..", "examples", "cao-bang");

describe("tracked-changes DOCX in LibreOffice", () => {
  it.skipIf(!soffice)("converts to PDF showing the deleted and the inserted words", { timeout: 180_000 }, async () => {
    const [a] = (await buildModels({ periods: ["2023-11"] }, nodeWorld(EXAMPLE))).models;
    const b = applyEdits(a!, [
      { op: "frame", field: 0, at: 1, remove: 0, insert: "215" },
      { op: "frame", field: 2, at: 2, remove: 1, insert: "tổng hợp" },
    ]);
    const attribute = (type: Revision["type"]): Revision => ({
      type,
      author: "Lê Thị Khoa",
      date: "2023-11-20T15:10:00Z",
    });
    const docx = await writeDocx(trackedModel(a!, b, attribute).model);
    const res = await convertDocxWithLibreOffice(docx, { soffice: soffice! });
    expect(res.ok, res.ok ? "" : translate(res.message, "en")).toBe(true);
    if (!res.ok) return;
    expect(new TextDecoder().decode(res.pdf.subarray(0, 5))).toBe("%PDF-");
    if (!pdftotext) return;
    const dir = mkdtempSync(join(tmpdir(), "bcreport-tracked-"));
    try {
      writeFileSync(join(dir, "t.pdf"), res.pdf);
      const text = execFileSync(pdftotext, ["-l", "1", join(dir, "t.pdf"), "-"])
        .toString()
        .normalize("NFC");
      expect(text).toContain("215");
      expect(text).toContain("tổng hợp"); // inserted in the title
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
