/**
 * Everything that comes from outside — files, the environment — arrives through a World,
 * so the core can run against a real repository or an in-memory one in tests.
 * The clock is deliberately absent: dates come from the report file.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  realpathSync,
  type Dirent,
} from "node:fs";
import { whyUnreadable } from "./world-unreadable.js";
import type { Message } from "./messages/index.js";
import { join, resolve, sep } from "node:path";

export interface DirEntry {
  name: string;
  kind: "file" | "dir" | "symlink" | "other";
}

export interface World {
  /** Absolute path of the department repository (`-C`). */
  readonly root: string;
  /** Read a repository-relative file; undefined when it does not exist. */
  readFile(path: string): Uint8Array | undefined;
  /** Size in bytes of a repository-relative file, undefined when it does not exist. */
  fileSize(path: string): number | undefined;
  /** Entries of a repository-relative directory, sorted by name; undefined when it does not exist. */
  listDir(path: string): DirEntry[] | undefined;
  /** True when the path, after resolving symlinks, stays inside the repository. */
  isInside(path: string): boolean;
  /**
   * Why a path that exists cannot be read as a file or a folder, as a message ("permission denied", "it is a
   * named pipe, not a regular file"); undefined when it does not exist or can be read. Asked only
   * after readFile or listDir gave undefined, so that "cannot read" is told apart from "not there".
   */
  whyUnreadable?(path: string, as: "file" | "dir"): Message | undefined;
  /** Environment variables (SOURCE_DATE_EPOCH, NO_COLOR …). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The entry's own kind (a symlink is "symlink", not what it points to); Node asks the file system only when the directory listing does not say. */
function kindOf(entry: Dirent): DirEntry["kind"] {
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isDirectory()) return "dir";
  if (entry.isFile()) return "file";
  return "other";
}

/**
 * The C library's realpath: one system call, where Node's JavaScript realpathSync looks at each
 * folder of the path in turn. Falls back to the latter for the paths the native one refuses
 * (some Windows drive mappings).
 */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return realpathSync(path);
  }
}

export function nodeWorld(root: string, env: Record<string, string | undefined> = process.env): World {
  const abs = resolve(root);
  const at = (p: string) => join(abs, ...p.split("/"));
  let realRoot: string | undefined;
  return {
    root: abs,
    env,
    readFile(path) {
      // Opened without blocking and read only when it is a regular file: a named pipe called
      // `x.yaml` would otherwise wait forever for a writer.
      let fd: number | undefined;
      try {
        fd = openSync(at(path), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
        return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
      } catch {
        return undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    fileSize(path) {
      try {
        return statSync(at(path)).size;
      } catch {
        return undefined;
      }
    },
    listDir(path) {
      try {
        return readdirSync(at(path), { withFileTypes: true })
          .map((entry) => ({ name: entry.name, kind: kindOf(entry) }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch {
        return undefined;
      }
    },
    whyUnreadable: (path, as) => whyUnreadable(at(path), as),
    isInside(path) {
      try {
        const real = realPath(at(path));
        realRoot ??= realPath(abs);
        return real === realRoot || real.startsWith(realRoot + sep);
      } catch {
        return false;
      }
    },
  };
}

/** An in-memory repository for tests: `{ "bcreport.yaml": "...", "reports/2023-11/monthly.yaml": "..." }`. */
export function memoryWorld(
  files: Record<string, string | Uint8Array>,
  env: Record<string, string | undefined> = {},
): World {
  const enc = new TextEncoder();
  const data = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(files)) data.set(k, typeof v === "string" ? enc.encode(v) : v);
  const dirs = new Set<string>([""]);
  for (const k of data.keys()) {
    const parts = k.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  const norm = (p: string) => p.replace(/^\.\/?/, "").replace(/\/$/, "");
  return {
    root: "/memory",
    env,
    readFile: (p) => data.get(norm(p)),
    fileSize: (p) => data.get(norm(p))?.length,
    listDir(p) {
      const dir = norm(p);
      if (!dirs.has(dir)) return undefined;
      const prefix = dir ? dir + "/" : "";
      const names = new Map<string, DirEntry["kind"]>();
      for (const k of [...data.keys(), ...dirs]) {
        if (!k.startsWith(prefix) || k === dir) continue;
        const rest = k.slice(prefix.length);
        const name = rest.split("/")[0]!;
        if (!names.has(name)) names.set(name, rest.includes("/") || dirs.has(prefix + name) ? "dir" : "file");
      }
      return [...names].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, kind]) => ({ name, kind }));
    },
    isInside: (p) => !norm(p).split("/").includes(".."),
  };
}
