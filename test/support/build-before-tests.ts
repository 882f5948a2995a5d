/**
 * vitest globalSetup: the tests run src/, but also the bin (which runs the bundle) and the schema
 * validators the build writes. When dist/ is missing or older than its sources, build it first,
 * so the three are the same program; after `npm ci` (which builds) this does nothing.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const { staleBuild } = createRequire(import.meta.url)("../../bin/build-freshness.cjs") as {
  staleBuild(root: string): string | undefined;
};

export default function buildBeforeTests(): void {
  const problem = staleBuild(root);
  if (problem === undefined) return;
  process.stderr.write(`${problem.replace(/: run .*$/, "")}: building before the tests\n`);
  const build = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`the build failed (exit ${build.status}): the tests would run stale code`);
  const still = staleBuild(root);
  if (still !== undefined) throw new Error(`after building, ${still}`);
}
