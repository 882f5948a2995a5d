/**
 * Where a repository made by `bcreport init` gets bcreport from, so that `npm ci` never asks a
 * registry for it:
 *
 * - by default a copy of the very bcreport that runs `init`, packed with `npm pack` into
 *   `vendor/bcreport-<version>.tgz` and depended on as `file:vendor/bcreport-<version>.tgz`;
 * - `--from <file.tgz>`: that tarball, copied into vendor/;
 * - `--from <git URL>` (git+https://…, git+ssh://…, github:owner/repo#tag): the URL as it is.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { msg, type Message } from "../messages/index.js";
import { whyNotWritten } from "./write-files.js";

const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
const GIT = /^(git\+(https?|ssh|file):\/\/|git:\/\/|github:|gitlab:|bitbucket:)/;

export type VendorResult = { dependency: string; created?: string; kept?: string } | { error: Message; hint?: Message };

/** npm itself: the running one when started through npm (npm_execpath), else `npm` on the PATH. */
function npmPack(dest: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const cli = env["npm_execpath"];
  const args = ["pack", "--ignore-scripts", "--silent", "--pack-destination", dest];
  const r =
    cli && /npm-cli\.c?js$/.test(cli)
      ? spawnSync(process.execPath, [cli, ...args], { cwd: packageRoot, encoding: "utf8" })
      : spawnSync("npm", args, { cwd: packageRoot, encoding: "utf8", shell: process.platform === "win32" });
  if (r.status !== 0) return undefined;
  return readdirSync(dest).find((f) => f.endsWith(".tgz"));
}

/** Copy `src` to `<root>/vendor/<name>` unless it is there already; never overwrite. */
function intoVendor(root: string, src: string, name: string): VendorResult {
  const rel = `vendor/${name}`;
  const target = join(root, "vendor", name);
  try {
    if (statSync(target, { throwIfNoEntry: false })) return { dependency: `file:${rel}`, kept: rel };
    mkdirSync(join(root, "vendor"), { recursive: true });
    copyFileSync(src, target);
    return { dependency: `file:${rel}`, created: rel };
  } catch (e) {
    return { error: msg("cli.cannot-create", { file: rel, detail: whyNotWritten(e) }) };
  }
}

export function vendorBcreport(
  root: string,
  from: string | undefined,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): VendorResult {
  if (from !== undefined && GIT.test(from)) return { dependency: from };
  if (from !== undefined) {
    const src = resolve(cwd, from);
    if (!/\.tgz$/.test(src) || !statSync(src, { throwIfNoEntry: false })?.isFile())
      return { error: msg("files.vendor-bad-from", { from }) };
    return intoVendor(root, src, basename(src));
  }
  const tmp = mkdtempSync(join(tmpdir(), "bcreport-pack-"));
  try {
    const name = npmPack(tmp, env);
    if (!name)
      return {
        error: msg("files.vendor-cannot-pack", { dir: packageRoot }),
        hint: msg("files.vendor-cannot-pack.hint"),
      };
    return intoVendor(root, join(tmp, name), name);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
