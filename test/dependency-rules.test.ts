/**
 * Who may import whom (.dependency-cruiser.cjs, docs/architecture.md): the check `npm run lint:deps`
 * runs, here too so that `npm test` fails on an import cycle or a layer crossed.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const repo = join(import.meta.dirname, "..");
const bin = join(repo, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

function cruise(cwd: string): { code: number | null; out: string } {
  const r = spawnSync(
    process.execPath,
    [bin, "src", "--config", join(cwd, ".dependency-cruiser.cjs"), "--output-type", "err"],
    { cwd, encoding: "utf8" },
  );
  return { code: r.status, out: r.stdout + r.stderr };
}

describe("import rules", () => {
  test("src/ has no module or folder cycle and crosses no layer", () => {
    const r = cruise(repo);
    expect(r.out).toContain("no dependency violations found");
    expect(r.code).toBe(0);
  }, 60_000);

  const scratch = mkdtempSync(join(tmpdir(), "bcreport-deps-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test("the rules catch a folder cycle and a writer importing a parser", () => {
    copyFileSync(join(repo, ".dependency-cruiser.cjs"), join(scratch, ".dependency-cruiser.cjs"));
    writeFileSync(join(scratch, "tsconfig.json"), "{}\n");
    const files: Record<string, string> = {
      // frame → merge and merge → frame through different files: a folder cycle without a module cycle.
      "src/frame/a.ts": 'import { b } from "../merge/b.js";\nexport const a = b;\n',
      "src/merge/b.ts": "export const b = 1;\n",
      "src/merge/c.ts": 'import { d } from "../frame/d.js";\nexport const c = d;\n',
      "src/frame/d.ts": "export const d = 1;\n",
      "src/writers/w.ts": 'import { p } from "../markdown/p.js";\nexport const w = p;\n',
      "src/markdown/p.ts": "export const p = 1;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(scratch, path, ".."), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    const r = cruise(scratch);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("no-folder-circular");
    expect(r.out).toContain("frame-before-later-stages");
    expect(r.out).toContain("writers-read-only-the-model");
  }, 60_000);
});
