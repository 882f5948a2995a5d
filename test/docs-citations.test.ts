/**
 * The repository cites only itself: the Decree 30 rules live in docs/decree-30.md, code points to
 * its anchors, and every anchor pointed to exists there.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCANNED = ["src", "test", "bin", "bench", "docs", "examples", "templates", "schemas", "README.md"];
const TEXT = /\.(ts|mts|cts|js|mjs|cjs|json|md|hbs|yaml|yml|typ)$/;

/** Written in pieces so this file does not match itself. */
const OUTSIDE = [
  ["shared", "reference"].join("/"),
  ["nd30", "report", "format"].join("-"),
  ["reference", "§"].join(" "),
];

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return TEXT.test(path) ? [path] : [];
  return readdirSync(full).flatMap((name) => (name === "node_modules" ? [] : files(join(path, name))));
}

const scanned = SCANNED.flatMap(files).map((path) => ({ path, text: readFileSync(join(ROOT, path), "utf8") }));
const decree = readFileSync(join(ROOT, "docs/decree-30.md"), "utf8");
const anchors = new Set([...decree.matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map((m) => m[1]));

describe("citations", () => {
  it("scans the repository's own files", () => {
    expect(scanned.length).toBeGreaterThan(100);
    expect(anchors.size).toBeGreaterThan(20);
  });

  it("never cite a file outside the repository", () => {
    const found = scanned.flatMap(({ path, text }) =>
      OUTSIDE.filter((needle) => text.includes(needle)).map((needle) => `${relative(".", path)}: ${needle}`),
    );
    expect(found).toEqual([]);
  });

  it("point only to anchors that docs/decree-30.md has", () => {
    // "docs/decree-30.md#page-margins", "decree-30.md#header-table, #kinh-gui"
    const missing = scanned.flatMap(({ path, text }) =>
      [...text.matchAll(/decree-30\.md((?:#[a-z0-9-]+)(?:,\s*#[a-z0-9-]+)*)/g)]
        .flatMap((m) => [...m[1]!.matchAll(/#([a-z0-9-]+)/g)].map((a) => a[1]))
        .filter((anchor) => !anchors.has(anchor))
        .map((anchor) => `${path}: #${anchor}`),
    );
    expect(missing).toEqual([]);
  });

  it("give every anchor of docs/decree-30.md a heading and a contents entry", () => {
    for (const anchor of anchors) {
      expect(decree, anchor).toMatch(new RegExp(`<a id="${anchor}"></a>\\n## `));
      expect(decree, anchor).toContain(`](#${anchor})`);
    }
  });
});
