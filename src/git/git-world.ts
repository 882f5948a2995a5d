/**
 * A World that reads the repository as it was at a git revision: `git ls-tree` for the file
 * list, `git cat-file blob <rev>:./<path>` for contents. Paths are relative to `root`, which may
 * be a sub-folder of the git work tree.
 */
import type { DirEntry, World } from "../world.js";
import { git, gitBytes } from "./git.js";

export function gitWorld(root: string, rev: string, env: Readonly<Record<string, string | undefined>> = {}): World {
  const files = new Map<string, string>(); // path → blob id
  const dirs = new Map<string, Map<string, DirEntry["kind"]>>([["", new Map()]]);
  const out = git(root, ["ls-tree", "-r", "-z", rev]);
  for (const rec of out.split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("\t");
    const [mode, type, id] = rec.slice(0, tab).split(" ") as [string, string, string];
    const path = rec.slice(tab + 1);
    if (type !== "blob") continue;
    files.set(path, id);
    const parts = path.split("/");
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      if (!dirs.has(dir)) dirs.set(dir, new Map());
      const kind: DirEntry["kind"] = i < parts.length - 1 ? "dir" : mode === "120000" ? "symlink" : "file";
      dirs.get(dir)!.set(parts[i]!, kind);
    }
  }
  const links = new Set(
    [...dirs].flatMap(([dir, m]) => [...m].filter(([, k]) => k === "symlink").map(([n]) => (dir ? `${dir}/${n}` : n))),
  );
  const cache = new Map<string, Uint8Array>();
  const norm = (p: string) => p.replace(/^\.\/?/, "").replace(/\/$/, "");
  const read = (p: string): Uint8Array | undefined => {
    const path = norm(p);
    const id = files.get(path);
    if (!id) return undefined;
    let data = cache.get(path);
    if (!data) {
      data = new Uint8Array(gitBytes(root, ["cat-file", "blob", id]));
      cache.set(path, data);
    }
    return data;
  };
  return {
    root,
    env,
    readFile: read,
    fileSize: (p) => read(p)?.length,
    listDir(p) {
      const entries = dirs.get(norm(p));
      if (!entries) return undefined;
      return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, kind]) => ({ name, kind }));
    },
    /** A symlink's blob is its target path: treat links as leaving the revision, like a link outside the repository. */
    isInside: (p) => files.has(norm(p)) && !links.has(norm(p)) && !norm(p).split("/").includes(".."),
  };
}
