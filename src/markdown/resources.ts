/**
 * Files a fragment's text refers to (a table's CSV, a figure's image), read through the World
 * so builds stay reproducible and tests run in memory. A relative path starts at the period
 * folder; a path starting with `/` at the repository root. Nothing outside the repository is
 * read (the rule templates follow): no `..` above the root, no symbolic link leading out.
 */
import { posix } from "node:path";
import { msg, type Message } from "../messages/index.js";
import type { World } from "../world.js";

export interface Resources {
  world: Pick<World, "readFile" | "isInside">;
  /** Repository-relative folder that relative paths start from: the period folder. */
  baseDir: string;
}

export type ReadResult =
  | { ok: true; path: string; bytes: Uint8Array }
  | { ok: false; rule: "outside-repository" | "missing-file"; message: Message; hint: Message };

/** Read a file a fragment names; a missing file or one outside the repository is a problem to report. */
export function readResource(resources: Resources, written: string, what: Message): ReadResult {
  const joined = written.startsWith("/") ? written.slice(1) : posix.join(resources.baseDir, written);
  const path = posix.normalize(joined);
  if (path === ".." || path.startsWith("../") || posix.isAbsolute(path) || /^[a-z]:/i.test(written)) {
    return {
      ok: false,
      rule: "outside-repository",
      message: msg("resources.outside", { what, written }),
      hint: msg("resources.outside.hint"),
    };
  }
  const bytes = resources.world.readFile(path);
  if (bytes === undefined) {
    return {
      ok: false,
      rule: "missing-file",
      message: msg("resources.missing", { what, path }),
      hint: msg("resources.missing.hint", { base: resources.baseDir }),
    };
  }
  if (!resources.world.isInside(path)) {
    return {
      ok: false,
      rule: "outside-repository",
      message: msg("resources.link-outside", { what, written }),
      hint: msg("resources.link-outside.hint"),
    };
  }
  return { ok: true, path, bytes };
}

/** The period folder of a fragment file `reports/<period>/<kind>/<name>.yaml`. */
export function periodDirOf(fragmentFile: string): string {
  return posix.dirname(posix.dirname(fragmentFile));
}
