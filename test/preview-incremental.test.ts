/**
 * With the preview's caching World, an unchanged fragment keeps its prose and its lint warnings
 * from the previous rebuild; an edited one is converted and linted again. The cached rebuild must
 * give exactly what a fresh build gives, before and after each edit.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildModels } from "../src/pipeline.js";
import { cachingWorld } from "../src/preview/caching-world.js";
import { nodeWorld, type World } from "../src/world.js";

const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang", import.meta.url));
const FRAGMENT = "reports/2023-11/monthly/vp.dat-duoc.yaml";
const work = mkdtempSync(join(tmpdir(), "bcreport-incremental-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("rebuilding with the caching World", () => {
  it("gives what a fresh build gives, after every edit", async () => {
    cpSync(EXAMPLE, work, { recursive: true });
    const file = join(work, FRAGMENT);
    const original = readFileSync(file, "utf8");
    const world = cachingWorld(nodeWorld(work, {}));
    const build = async (w: World = world) => buildModels({ periods: ["2023-11"] }, w);
    const fresh = () => build(nodeWorld(work, {}));
    const first = await build();
    expect(await build()).toEqual(first);

    const edits = [
      original.replace("Trong tháng 11/2023,", "Trong tháng 11/2023 của của,"),
      original.replace("Trong tháng 11/2023,", "Trong tháng 11/2023 (đã sửa)[^z],") + "\n",
      original,
    ];
    const warnings: string[][] = [];
    for (const text of edits) {
      writeFileSync(file, text);
      world.forget(FRAGMENT);
      const cached = await build();
      expect(cached).toEqual(await fresh());
      warnings.push(cached.diagnostics.filter((d) => d.file === FRAGMENT).map((d) => d.rule));
    }
    // The repeated word is found, the unknown footnote label is reported, and both go away again.
    expect(warnings[0]).toContain("repeated-word");
    expect(warnings[1]).not.toContain("repeated-word");
    expect(warnings[1]!.length).toBeGreaterThan(0);
    expect(warnings[2]).toEqual(first.diagnostics.filter((d) => d.file === FRAGMENT).map((d) => d.rule));
  });

  it("converts a fragment again when a CSV file its table reads changes", async () => {
    const csv = join(work, "reports/2024/bieu-02.csv");
    const original = readFileSync(csv, "utf8");
    const world = cachingWorld(nodeWorld(work, {}));
    const build = async (w: World = world) => buildModels({ periods: ["2024"] }, w);
    const before = JSON.stringify((await build()).models);
    const lastCell = original.trimEnd().split(/\r?\n/).at(-1)!.split(",").at(-1)!;
    writeFileSync(csv, original.replace(lastCell, "Đã sửa trong tệp CSV"));
    world.forget("reports/2024/bieu-02.csv");
    const after = await build();
    expect(after).toEqual(await build(nodeWorld(work, {})));
    expect(JSON.stringify(after.models)).toContain("Đã sửa trong tệp CSV");
    expect(before).not.toContain("Đã sửa trong tệp CSV");
  });
});
