/**
 * Watch the inputs of a preview — bcreport.yaml, the templates folder and the reports folder —
 * with chokidar (atomic saves, renames, added and deleted files), and call `changed` with the
 * repository-relative paths once the events of one save have settled.
 *
 * chokidar drops a file's `change` event that comes within 50 ms of the previous one (its
 * throttle's timer runs late while a rebuild keeps the event loop busy), so the last of two quick
 * saves could go unseen. Every raw file-system event therefore also calls `changed`, possibly
 * with no path: the caller then compares the files it read with the disk (CachingWorld.stale).
 */
import { watch, type FSWatcher } from "chokidar";
import { relative, sep } from "node:path";

export interface InputWatcher {
  close(): Promise<void>;
  /** Resolves when the initial scan is done and changes are being reported. */
  ready: Promise<void>;
}

/** Milliseconds to wait after an event for the others of the same save (editors write several). */
const SETTLE_MS = 5;

export function watchInputs(root: string, paths: string[], changed: (files: string[]) => void): InputWatcher {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const files = [...pending];
    pending = new Set();
    changed(files);
  };
  const watcher: FSWatcher = watch(paths, {
    cwd: root,
    ignoreInitial: true,
    atomic: true,
    ignored: (path: string) => path.split(/[\\/]/).some((part) => part === ".git" || part === "node_modules"),
  });
  watcher.on("all", (_event, path) => {
    pending.add(relative(".", path).split(sep).join("/"));
    timer ??= setTimeout(flush, SETTLE_MS);
  });
  watcher.on("raw", () => {
    timer ??= setTimeout(flush, SETTLE_MS);
  });
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return {
    ready,
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
