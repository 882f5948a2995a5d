/**
 * The bundled Cao Bằng example reproduces three real signed reports. Build each one to DOCX and
 * compare its words with the text extracted from the original (examples/cao-bang/originals/):
 * the body from "BÁO CÁO" to the signer's name, and the footnotes, in order.
 *
 * The originals lost their header table (agency names, Quốc hiệu, Số, date), so that part is left
 * out on both sides; see test/support/seed-text.ts and test/support/docx-text.ts.
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { compile } from "../src/pipeline.js";
import { formatDiagnostic } from "../src/diagnostics/diagnostic.js";
import { nodeWorld } from "../src/world.js";
import { docxText } from "./support/docx-text.js";
import { readSeed } from "./support/seed-text.js";
import { alignWords, differences, firstDifference } from "./support/similarity.js";

const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang", import.meta.url));
const ORIGINALS = fileURLToPath(new URL("../examples/cao-bang/originals/", import.meta.url));
const THRESHOLD = 0.98;

const CASES = [
  { period: "2023-11", kind: "monthly", seed: "000_c015515aa8ffbe3b.txt", footnotes: 4 },
  { period: "2023-10", kind: "nq11", seed: "001_baa067a763b19d31.txt", footnotes: 0 },
  // The 2019 report has none of the 1.1–1.7 sub-sections nor "2. Đánh giá chung:" of the monthly
  // outline (they are `required: false` and have no fragment that period): it reproduces the
  // original only when sections without any fragment print no heading.
  { period: "2019-09", kind: "monthly", seed: "003_9e0ffc83dae376c6.txt", footnotes: 9 },
] as const;

function report(label: string, expected: string[], actual: string[]): string {
  const al = alignWords(expected, actual);
  const first = firstDifference(expected, actual, 10, ["original", "built"]) ?? "(no difference)";
  const more = differences(expected, actual, 15, ["original", "built"]);
  return [
    `${label}: similarity ${al.ratio.toFixed(4)} (${al.matches} of ${expected.length} original / ${actual.length} built words matched)`,
    `first difference ${first}`,
    more.length > 1 ? `all differing stretches (up to 15):\n  ${more.join("\n  ")}` : "",
  ].join("\n");
}

describe("examples/cao-bang reproduces the original reports", () => {
  for (const c of CASES) {
    it(`${c.period} ${c.kind} (${c.seed})`, async () => {
      const result = await compile({ periods: [c.period], kinds: [c.kind], formats: ["docx"] }, nodeWorld(EXAMPLE));
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      expect(
        errors.map((d) => formatDiagnostic(d)),
        "build diagnostics",
      ).toEqual([]);

      const path = `out/${c.period}/${c.kind}.docx`;
      const out = result.outputs.find((o) => o.path === path);
      expect(out, `output ${path} among ${result.outputs.map((o) => o.path).join(", ") || "(none)"}`).toBeDefined();

      const built = docxText(out!.data);
      const seed = readSeed(`${ORIGINALS}${c.seed}`);

      const body = alignWords(seed.bodyWords, built.bodyWords);
      expect(body.ratio, report("body", seed.bodyWords, built.bodyWords)).toBeGreaterThanOrEqual(THRESHOLD);

      expect(built.footnotes.length, `footnotes built: ${JSON.stringify(built.footnotes, null, 1)}`).toBe(c.footnotes);
      const notes = alignWords(seed.footnoteWords, built.footnoteWords);
      expect(notes.ratio, report("footnotes", seed.footnoteWords, built.footnoteWords)).toBeGreaterThanOrEqual(
        THRESHOLD,
      );
    });
  }
});
