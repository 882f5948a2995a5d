/**
 * The DOCX writer never reads the clock: same model, same bytes, whatever the
 * time, and no clock read (`Date.now()`, `new Date()` without a time …) in its sources.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeDocx } from "../src/writers/docx/write-docx.js";
import { sampleModel } from "./support/sample-model.js";
import { unzipDocx } from "./support/docx-xml.js";

const SOURCES = ["src/writers/docx", "src/fonts"];

describe("DOCX determinism", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives the same bytes when the clock says another year", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2031, 4, 6, 7, 8, 9));
    const early = await writeDocx(sampleModel());
    vi.setSystemTime(Date.UTC(2044, 10, 12, 13, 14, 15));
    const late = await writeDocx(sampleModel());
    expect(Buffer.from(late).equals(Buffer.from(early))).toBe(true);
    const core = unzipDocx(late)["docProps/core.xml"] ?? "";
    expect(core).not.toMatch(/2031|2044/);
    expect(core).toContain("2023-11-20T00:00:00Z");
  });

  it("gives stable relationship ids to hyperlinks (docx makes random ones)", async () => {
    const rels = unzipDocx(await writeDocx(sampleModel()))["word/_rels/document.xml.rels"] ?? "";
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^rId(Link)?\d+$/);
  });

  it("has no clock read in the writer's or the font code's sources (a Date made from the model's epoch is fine)", () => {
    for (const dir of SOURCES) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
        const code = readFileSync(join(dir, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
        expect(code, file).not.toMatch(/\bDate\.now\b|new Date\(\s*\)|\bDate\(\s*\)|performance\.now|process\.hrtime/);
      }
    }
  });
});
