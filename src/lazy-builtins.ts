/**
 * Node built-ins that only some commands use, loaded on first use: `node:child_process` (git,
 * for `diff` and `--changed-since`) and `node:crypto` (GitLab fingerprints, the schema hash of
 * unbundled runs). Loading them costs a few milliseconds that `check` and `build` need not pay.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const childProcess = (): typeof import("node:child_process") => require("node:child_process") as typeof import("node:child_process");
export const crypto = (): typeof import("node:crypto") => require("node:crypto") as typeof import("node:crypto");
