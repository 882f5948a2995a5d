/**
 * Files a fragment's text refers to (a table's CSV, a figure's image), read through the World
 * so builds stay reproducible and tests run in memory. A relative path starts at the period
 * folder; a path starting with `/` at the repository root. Nothing outside the repository is
 * read (the rule templates follow): no `..` above the root, no symbolic link leading out.
 */
import { posix } from "node:path";
import type { World } from "../world.js";

export interface Resources {
  world: Pick<World, "readFile" | "isInside">;
  /** Repository-relative folder that relative paths start from: the period folder. */
  baseDir: string;
}

export type ReadResult =
  | { ok: true; path: string; bytes: Uint8Array }
  | { ok: false; rule: "outside-repository" | "missing-file"; message: string; hint: string };

/** Read a file a fragment names; a missing file or one outside the repository is a problem to report. */
export function readResource(resources: Resources, written: string, what: string): ReadResult {
  const joined = written.startsWith("/") ? written.slice(1) : posix.join(resources.baseDir, written);
  const path = posix.normalize(joined);
  if (path === ".." || path.startsWith("../") || posix.isAbsolute(path) || /^[a-z]:/i.test(written)) {
    return {
      ok: false,
      rule: "outside-repository",
      message: `expected ${what} inside the repository — found \`${written}\``,
      hint: "copy the file into the repository (e.g. into the period folder) and name it from there",
    };
  }
  const bytes = resources.world.readFile(path);
  if (bytes === undefined) {
    return {
      ok: false,
      rule: "missing-file",
      message: `expected ${what} at \`${path}\` — found no such file`,
      hint: `a relative path starts at the period folder \`${resources.baseDir}/\`; a path starting with \`/\` at the repository root`,
    };
  }
  if (!resources.world.isInside(path)) {
    return {
      ok: false,
      rule: "outside-repository",
      message: `expected ${what} inside the repository — \`${written}\` leads outside it`,
      hint: "copy the file into the repository instead of linking to it",
    };
  }
  return { ok: true, path, bytes };
}

/** The period folder of a fragment file `reports/<period>/<kind>/<name>.yaml`. */
export function periodDirOf(fragmentFile: string): string {
  return posix.dirname(posix.dirname(fragmentFile));
}
