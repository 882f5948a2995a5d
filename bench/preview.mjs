/**
 * `bcreport preview` latency, in one process: save a fragment, wait until the preview has laid
 * out the new pages (the `onUpdate` the server broadcasts with), and take the time from the save.
 * Beside it, a full in-process build (DOCX + PDF) of the same period.
 *
 *   node bench/preview.mjs [--edits N]     (alone, on the example and the 60-page report)
 *   import { previewLatency } from "./preview.mjs"   (bench/run.mjs)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { EXAMPLE, large } from "./generate.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FRAGMENT = "reports/2023-11/monthly/vp.dat-duoc.yaml";
const FIRST_WORDS = "Trong tháng 11/2023";

const stats = (times) => {
  const t = [...times].sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], min: t[0], max: t.at(-1), runs: t.length };
};

/** Median/min/max seconds from saving one fragment to the updated pages, over `edits` saves (after 2 warm-ups). */
export async function previewLatency(dir, { period = "2023-11", edits = 21 } = {}) {
  const { startPreview } = await import(pathToFileURL(join(ROOT, "dist/preview/start-preview.js")).href);
  let waiting;
  const preview = await startPreview({
    root: dir,
    env: {},
    host: "127.0.0.1",
    port: 0,
    period,
    today: "2023-11-20",
    onUpdate: (state) => waiting?.(state),
  });
  const file = join(dir, FRAGMENT);
  const original = readFileSync(file, "utf8");
  if (!original.includes(FIRST_WORDS)) throw new Error(`${FRAGMENT} no longer starts with "${FIRST_WORDS}"`);
  const times = [];
  // The file watcher reports a change only once its watches are settled after the first scan.
  await new Promise((resolve) => setTimeout(resolve, 300));
  try {
    for (let i = 0; i < edits + 2; i++) {
      const updated = new Promise((resolve, reject) => {
        waiting = resolve;
        setTimeout(() => reject(new Error(`no update within 10 s of edit ${i}`)), 10_000).unref();
      });
      const t = process.hrtime.bigint();
      writeFileSync(file, original.replace(FIRST_WORDS, `${FIRST_WORDS} (lần sửa ${i + 1})`));
      const state = await updated;
      const took = Number(process.hrtime.bigint() - t) / 1e9;
      if (state.stale || !state.documents.length || state.documents[0].version !== state.version)
        throw new Error(`edit ${i} did not update the pages`);
      if (i >= 2) times.push(took);
    }
  } finally {
    await preview.stop();
    writeFileSync(file, original);
  }
  return stats(times);
}

/** Median seconds of a full build (DOCX + PDF, nothing written) of `period`, in this process. */
export async function inProcessBuild(dir, { period = "2023-11", runs = 5 } = {}) {
  const { compile } = await import(pathToFileURL(join(ROOT, "dist/pipeline.js")).href);
  const { nodeWorld } = await import(pathToFileURL(join(ROOT, "dist/world.js")).href);
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const t = process.hrtime.bigint();
    const r = await compile({ periods: [period], formats: ["docx", "pdf"] }, nodeWorld(dir, {}));
    if (!r.outputs.length) throw new Error(`build of ${dir} ${period} failed`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return stats(times);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const edits = Number(args[args.indexOf("--edits") + 1]) || 21;
  const work = mkdtempSync(join(tmpdir(), "bcreport-bench-preview-"));
  const example = join(work, "example");
  cpSync(EXAMPLE, example, { recursive: true });
  large(join(work, "large"));
  const ms = (x) => `${Math.round(x * 1000)} ms`;
  console.log(`CPU: ${cpus()[0]?.model ?? "unknown"} × ${cpus().length}, Node ${process.version}`);
  for (const [name, dir, target] of [
    ["example 2023-11", example, 0.1],
    ["large report (60 pages)", join(work, "large"), 0.3],
  ]) {
    const p = await previewLatency(dir, { edits });
    const b = await inProcessBuild(dir);
    console.log(
      `${name}: save → pages median ${ms(p.median)} (max ${ms(p.max)}, ${p.runs} edits; target ≤ ${ms(target)}); full build in process ${ms(b.median)}`,
    );
  }
  rmSync(work, { recursive: true, force: true });
}
