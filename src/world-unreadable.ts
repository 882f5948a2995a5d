/**
 * Why an existing path cannot be read: the file system's answer in words a user can act on, as a
 * catalogue message (input.why.*). A folder another user owns in a CI container, a template that
 * is a folder, a named pipe that would block a read forever — each is reported instead of being
 * taken for "not there". An error code the catalogue does not know is given as it is.
 */
import { accessSync, constants, statSync, type Stats } from "node:fs";
import { msg, type Message } from "./messages/index.js";

function kind(s: Stats): Message {
  if (s.isDirectory()) return msg("input.why.a-folder");
  if (s.isFIFO()) return msg("input.why.a-pipe");
  if (s.isSocket()) return msg("input.why.a-socket");
  if (s.isCharacterDevice() || s.isBlockDevice()) return msg("input.why.a-device");
  return msg("input.why.a-file");
}

/** The error codes of the file system with a message of their own. */
const KNOWN: Record<string, string> = {
  EACCES: "input.why.permission-denied",
  EPERM: "input.why.permission-denied",
  ELOOP: "input.why.symlink-loop",
  ENAMETOOLONG: "input.why.name-too-long",
  EIO: "input.why.io-error",
  EMFILE: "input.why.too-many-open",
  ENFILE: "input.why.too-many-open",
  ENOTDIR: "input.why.not-a-folder",
  EISDIR: "input.why.is-a-folder",
  ENOSPC: "input.why.disk-full",
  EROFS: "input.why.read-only",
};

/** The message for an error code: known codes in words, any other as the system's code. */
export function errnoReason(code: string | undefined): Message {
  const id = code ? KNOWN[code] : undefined;
  return id ? msg(id) : msg("input.why.system", { code: code ?? "?" });
}

/**
 * Why a file system call failed, for a message's `detail`: a code the catalogue knows in words,
 * else the error's own text (the last resort: it is English).
 */
export function errorReason(e: unknown): Message | string {
  const { code, syscall } = (e ?? {}) as NodeJS.ErrnoException;
  // mkdir -p says EEXIST when a part of the path is a file; an open with `wx`, when the file is there.
  if (code === "EEXIST") return msg(syscall === "mkdir" ? "input.why.not-a-folder" : "input.why.exists");
  if (code && KNOWN[code]) return errnoReason(code);
  return e instanceof Error ? e.message : String(e);
}

/** The reason of a message from `whyUnreadable` is a permission problem (the hint is then chmod). */
export const isPermissionDenied = (why: Message | undefined) => why?.id === "input.why.permission-denied";

export function whyUnreadable(abs: string, as: "file" | "dir"): Message | undefined {
  let stats: Stats;
  try {
    stats = statSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? undefined : errnoReason(code);
  }
  const want = as === "dir" ? stats.isDirectory() : stats.isFile();
  if (!want)
    return msg("input.why.not-a", {
      what: kind(stats),
      want: msg(as === "dir" ? "input.why.a-folder" : "input.why.a-regular-file"),
    });
  try {
    accessSync(abs, as === "dir" ? constants.R_OK | constants.X_OK : constants.R_OK);
  } catch (e) {
    return errnoReason((e as NodeJS.ErrnoException).code);
  }
  return undefined;
}
