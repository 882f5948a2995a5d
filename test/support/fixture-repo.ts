/**
 * Golden case repositories are a shared base plus a per-case overlay (see test/fixtures/README.md):
 *   test/fixtures/_base/                   the minimal valid department repository
 *   test/fixtures/<case>/base              (optional) another base: a folder of this project, e.g. `examples/cao-bang`
 *   test/fixtures/<case>/remove-from-base  (optional) base paths to delete, one per line; `dir/` deletes a folder
 *   test/fixtures/<case>/input/            (optional) files added to the base or replacing a base file
 * `materialiseCase` builds the case's repository in a folder: copy the base (without its `out/`), delete,
 * then copy the overlay.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

const PROJECT = join(import.meta.dirname, "..", "..");
export const FIXTURES = join(PROJECT, "test", "fixtures");
export const BASE = join(FIXTURES, "_base");

/** Every file under `dir`, as sorted paths relative to it (empty when `dir` does not exist). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

/** The case names: folders of test/fixtures holding an `args` file. */
export function caseNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => existsSync(join(FIXTURES, d, "args")))
    .sort();
}

/** The base folder of case `name`: `_base`, or the project folder named in `<case>/base`. */
export function baseOf(name: string): string {
  const file = join(FIXTURES, name, "base");
  return existsSync(file) ? join(PROJECT, readFileSync(file, "utf8").trim()) : BASE;
}

/** The lines of `<case>/remove-from-base`; each must name a file or (with a trailing `/`) a folder of the base. */
export function removals(name: string): string[] {
  const file = join(FIXTURES, name, "remove-from-base");
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  for (const line of lines) {
    if (!existsSync(join(baseOf(name), line))) {
      throw new Error(`${name}/remove-from-base: \`${line}\` is not in the base`);
    }
  }
  return lines;
}

/** Write the repository of case `name` into the existing folder `dest`. */
export function materialiseCase(name: string, dest: string): void {
  const base = baseOf(name);
  cpSync(base, dest, { recursive: true, filter: (src) => src !== join(base, "out") });
  for (const path of removals(name)) rmSync(join(dest, path), { recursive: true });
  const overlay = join(FIXTURES, name, "input");
  if (existsSync(overlay)) cpSync(overlay, dest, { recursive: true });
}
