/**
 * The preview lays out pages with the PDF writer's Typst source plus source marks: the marks must
 * change nothing on the page (same PDF bytes), and they must map blocks back to fragment lines.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildModels } from "../src/pipeline.js";
import { nodeWorld } from "../src/world.js";
import { compileTypst } from "../src/writers/pdf/write-pdf.js";
import { typstSource } from "../src/writers/pdf/typst-source.js";
import { renderPages } from "../src/preview/render-pages.js";

const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang", import.meta.url));

describe("source marks", () => {
  it("leave the PDF of every example period byte for byte the same", async () => {
    const world = nodeWorld(EXAMPLE, {});
    const { models } = await buildModels({ periods: ["2023-10", "2023-11", "2023-12"] }, world);
    expect(models.length).toBeGreaterThanOrEqual(3);
    // song-xanh has a landscape page inside its body (marks inside `page(flipped: true)`).
    const songXanh = fileURLToPath(new URL("../examples/song-xanh", import.meta.url));
    const turned = await buildModels({ periods: ["2024-H1"] }, nodeWorld(songXanh, {}));
    expect(turned.models[0]!.body.some((b) => b.landscape)).toBe(true);
    for (const model of [...models, ...turned.models]) {
      const plain = compileTypst(typstSource(model), model.meta.epoch);
      const marked = compileTypst(typstSource(model, { marks: true }), model.meta.epoch);
      expect(Buffer.from(marked).equals(Buffer.from(plain)), `${model.meta.period} ${model.meta.kind}`).toBe(true);
    }
  });

  it("map paragraphs and footnotes back to their fragment file and line", async () => {
    const { models } = await buildModels({ periods: ["2023-11"] }, nodeWorld(EXAMPLE, {}));
    const pages = renderPages(models[0]!);
    expect(pages.pages).toBe(5);
    const first = pages.regions.find((r) => r.source.file.endsWith("vp.dat-duoc.yaml"));
    expect(first).toMatchObject({ page: 1, what: "paragraph", source: { unit: "vp", section: "dat-duoc", line: 5 } });
    expect(first!.bottom).toBeGreaterThan(first!.top);
    const footnotes = pages.regions.filter((r) => r.what === "footnote");
    expect(footnotes.length).toBe(models[0]!.footnotes.length);
    for (const f of footnotes) expect(f.top).toBeGreaterThan(pages.height / 2);
    // Regions of body blocks follow the reading order.
    const body = pages.regions.filter((r) => r.what !== "footnote");
    for (let i = 1; i < body.length; i++) {
      const [a, b] = [body[i - 1]!, body[i]!];
      expect(a.page < b.page || (a.page === b.page && a.top <= b.top)).toBe(true);
    }
  });
});
