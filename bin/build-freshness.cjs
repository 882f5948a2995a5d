// Is dist/ the build of this checkout? `npm run build` (scripts/build.mjs) ends by writing
// dist/build-stamp.json with the time it started; a source file changed after that time means
// dist/ is stale. The bin refuses to run a stale build, and the test run rebuilds it
// (test/support/build-before-tests.ts). An installed package has no src/ and is not checked.
"use strict";
const { readdirSync, readFileSync, statSync, writeFileSync } = require("node:fs");
const { join, relative } = require("node:path");

/** What the build reads: a change to any of these makes dist/ stale. */
const INPUTS = ["src", "schemas", "templates", "package-lock.json"];
const STAMP = join("dist", "build-stamp.json");

/** The newest file under `path` as [mtimeMs, file]. */
function newest(path, found = [0, ""]) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return found;
  }
  if (stat.isDirectory()) for (const name of readdirSync(path)) found = newest(join(path, name), found);
  else if (stat.mtimeMs > found[0]) found = [stat.mtimeMs, path];
  return found;
}

/** Why dist/ under `root` cannot be run as the build of its sources, or undefined when it can. */
function staleBuild(root) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, STAMP), "utf8"));
  } catch {
    return statSync(join(root, "src"), { throwIfNoEntry: false })
      ? "dist/ is missing or incomplete: run `npm run build` (or `npm ci`)"
      : undefined;
  }
  if (!statSync(join(root, "src"), { throwIfNoEntry: false })) return undefined;
  let latest = [0, ""];
  for (const input of INPUTS) latest = newest(join(root, input), latest);
  if (latest[0] <= stamp.startedAt) return undefined;
  return `dist/ is older than ${relative(root, latest[1])}: run \`npm run build\``;
}

/** Written last by the build, with the time the build started reading its inputs. */
function writeStamp(root, startedAt) {
  writeFileSync(join(root, STAMP), `${JSON.stringify({ startedAt })}\n`);
}

module.exports = { staleBuild, writeStamp };
