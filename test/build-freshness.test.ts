/** A checkout whose dist/ is older than its sources says so instead of running stale code. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A checkout with the real bin and a built dist/ whose stamp says the build started at `startedAt`. */
function checkout(startedAt: number | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), "bcreport-fresh-"));
  dirs.push(dir);
  mkdirSync(join(dir, "bin"));
  for (const f of ["bcreport.cjs", "build-freshness.cjs"]) copyFileSync(join(root, "bin", f), join(dir, "bin", f));
  mkdirSync(join(dir, "src", "cli"), { recursive: true });
  writeFileSync(join(dir, "src", "cli", "main.ts"), "");
  utimesSync(join(dir, "src", "cli", "main.ts"), 1000, 1000);
  mkdirSync(join(dir, "dist", "bundle"), { recursive: true });
  writeFileSync(
    join(dir, "dist", "bundle", "cli.cjs"),
    `exports.run = (argv) => process.stdout.write("ran " + argv.join(" "));`,
  );
  if (startedAt !== undefined) writeFileSync(join(dir, "dist", "build-stamp.json"), JSON.stringify({ startedAt }));
  return dir;
}

const bin = (dir: string) =>
  spawnSync(process.execPath, [join(dir, "bin", "bcreport.cjs"), "check"], { encoding: "utf8" });

describe("the bin and a stale dist/", () => {
  it("runs the bundle when dist/ was built after the last change to the sources", () => {
    const r = bin(checkout(2_000_000));
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("ran check");
  });

  it("names the newer source and exits 2 when a source changed after the build started", () => {
    const dir = checkout(2_000_000);
    mkdirSync(join(dir, "schemas"));
    writeFileSync(join(dir, "schemas", "fragment.schema.json"), "{}");
    const r = bin(dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("bcreport: dist/ is older than schemas/fragment.schema.json: run `npm run build`\n");
  });

  it("says dist/ is missing when no build finished", () => {
    const r = bin(checkout(undefined));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("dist/ is missing or incomplete: run `npm run build`");
  });

  it("does not check an installed package (no src/)", () => {
    const dir = checkout(0);
    rmSync(join(dir, "src"), { recursive: true });
    expect(bin(dir).stdout).toBe("ran check");
  });
});

describe("the repository's own build", () => {
  it("is current while the tests run (vitest's globalSetup builds a stale one)", async () => {
    const { staleBuild } = (await import("../bin/build-freshness.cjs")) as {
      staleBuild(root: string): string | undefined;
    };
    expect(staleBuild(root)).toBeUndefined();
  });
});
