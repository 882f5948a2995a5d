/**
 * Why an existing path cannot be read: the file system's answer in words a user can act on.
 * A folder another user owns in a CI container, a template that is a folder, a named pipe that
 * would block a read forever — each is reported instead of being taken for "not there".
 */
import { accessSync, constants, statSync, type Stats } from "node:fs";

function kind(s: Stats): string {
  if (s.isDirectory()) return "a folder";
  if (s.isFIFO()) return "a named pipe";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  return "a file";
}

export function whyUnreadable(abs: string, as: "file" | "dir"): string | undefined {
  let stats: Stats;
  try {
    stats = statSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR"
      ? undefined
      : code === "EACCES"
        ? "permission denied"
        : (code ?? "unknown error");
  }
  const want = as === "dir" ? stats.isDirectory() : stats.isFile();
  if (!want) return `it is ${kind(stats)}, not ${as === "dir" ? "a folder" : "a regular file"}`;
  try {
    accessSync(abs, as === "dir" ? constants.R_OK | constants.X_OK : constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? "unknown error");
  }
  return undefined;
}
