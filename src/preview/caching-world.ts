/**
 * A World that keeps the bytes of every file it has read, for `bcreport preview`: a file is read
 * again only when its modification time, size or inode changed, or when the watcher said so
 * (`forget`). Returning the very same bytes object for an unchanged file also lets the input
 * stage skip parsing it again (read-yaml-file.ts keeps its parse per bytes object).
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { World } from "../world.js";

export interface CachingWorld extends World {
  /** Drop what is kept for one repository-relative file (all files without an argument). */
  forget(path?: string): void;
  /** The kept files that changed on disk since they were read. */
  stale(): string[];
}

export function cachingWorld(inner: World): CachingWorld {
  const kept = new Map<string, { stamp: string; bytes: Uint8Array }>();
  const stampOf = (path: string): string | undefined => {
    try {
      const s = statSync(join(inner.root, ...path.split("/")));
      return `${s.mtimeMs}:${s.size}:${s.ino}`;
    } catch {
      return undefined;
    }
  };
  return {
    ...inner,
    readFile(path) {
      const stamp = stampOf(path);
      const hit = kept.get(path);
      if (stamp !== undefined && hit?.stamp === stamp) return hit.bytes;
      const bytes = inner.readFile(path);
      if (bytes && stamp !== undefined) kept.set(path, { stamp, bytes });
      else kept.delete(path);
      return bytes;
    },
    fileSize: (path) => inner.fileSize(path),
    listDir: (path) => inner.listDir(path),
    isInside: (path) => inner.isInside(path),
    stale: () => [...kept].filter(([path, hit]) => stampOf(path) !== hit.stamp).map(([path]) => path),
    forget(path) {
      if (path === undefined) kept.clear();
      else kept.delete(path);
    },
  };
}
