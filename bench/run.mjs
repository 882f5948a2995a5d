/**
 * `npm run bench`: whole-process timings of bcreport against its targets and peers, printed as a
 * Markdown table and written with the machine description to bench/RESULTS.md.
 *
 * Every case runs RUNS times after a warm-up, with hyperfine when it is on PATH (else a spawn
 * loop here). Peers that are not installed (pandoc, soffice) are skipped and said so.
 * Nothing here is part of `npm test`: timings depend on the machine.
 *
 *   node bench/run.mjs [--runs N] [--keep]      (builds dist/ first when it is missing or stale)
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { archive, EXAMPLE, large } from "./generate.mjs";
import { inProcessBuild, previewLatency } from "./preview.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(ROOT, "bin/bcreport.cjs");
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1]) || 5;
const KEEP = args.includes("--keep");

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).status === 0;
const version = (cmd, flag = "--version") => {
  try {
    return execFileSync(cmd, [flag], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .split("\n")[0]
      .trim();
  } catch {
    return "not installed";
  }
};
const HYPERFINE = has("hyperfine");
const PANDOC = has("pandoc");
const SOFFICE = has("soffice");
const GNU_TIME = existsSync("/usr/bin/time");

// Time the current sources: build when dist/ is missing or older than them (bin/build-freshness.cjs).
const { staleBuild } = createRequire(import.meta.url)("../bin/build-freshness.cjs");
const stale = staleBuild(ROOT);
if (stale) {
  console.error(`bench: ${stale.replace(/: run .*$/, "")}: building first`);
  execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { stdio: "inherit" });
}

const work = mkdtempSync(join(tmpdir(), "bcreport-bench-"));
const log = (s) => process.stderr.write(`${s}\n`);

/** Median, min and max wall time in seconds of `argv` (an array), after one warm-up. */
function measure(name, argv, { runs = RUNS, cwd = work } = {}) {
  log(`· ${name}: ${argv.join(" ")}`);
  const check = spawnSync(argv[0], argv.slice(1), { cwd, encoding: "utf8" });
  if (check.status !== 0) throw new Error(`${name} failed (exit ${check.status}):\n${check.stderr}`);
  if (HYPERFINE) {
    const json = join(work, `hf-${name.replace(/\W+/g, "-")}.json`);
    const quoted = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ");
    execFileSync(
      "hyperfine",
      ["-N", "--warmup", "1", "--runs", String(runs), "--export-json", json, "--style", "none", quoted],
      { cwd, stdio: ["ignore", "ignore", "inherit"] },
    );
    const r = JSON.parse(readFileSync(json, "utf8")).results[0];
    return { median: r.median, min: r.min, max: r.max, runs: r.times.length };
  }
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), { cwd, stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${name} failed on run ${i}`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1), runs };
}

/** Peak resident memory in MiB of one run, from GNU time (or undefined). */
function peakMemory(argv) {
  if (!GNU_TIME) return undefined;
  const r = spawnSync("/usr/bin/time", ["-v", ...argv], { cwd: work, encoding: "utf8" });
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return m ? Number(m[1]) / 1024 : undefined;
}

const node = process.execPath;
const bc = (...a) => [node, BIN, ...a];
const s = (x) => (x === undefined ? "—" : x < 1 ? `${Math.round(x * 1000)} ms` : `${x.toFixed(2)} s`);
const rows = [];
const row = (name, r, target, verdict, note = "") => rows.push({ name, r, target, verdict, note });
const skipped = [];

// Inputs ------------------------------------------------------------------------------------
const example = join(work, "example");
cpSync(EXAMPLE, example, { recursive: true });
rmSync(join(example, "out"), { recursive: true, force: true });
const big = join(work, "large");
const bigInfo = large(big);
const archives = {};
for (const n of [30, 60, 120]) archives[n] = (archive(join(work, `archive-${n}`), n), join(work, `archive-${n}`));
log(`inputs in ${work}: large report ${JSON.stringify(bigInfo)}, archives of 30/60/120 periods`);

// 1. check ----------------------------------------------------------------------------------
const bare = measure("node -e 0", [node, "-e", "0"]);
const check = measure("check", bc("check", "2023-11", "-C", example));
row("`node -e 0` (Node start-up, for reference)", bare, "", "");
row(
  "`bcreport check 2023-11` (example, 16 fragments)",
  check,
  "≤ 250 ms (guard)",
  check.median <= 0.25 ? "met" : `missed (${(check.median / 0.25).toFixed(1)}× target)`,
  `${s(check.median - bare.median)} above bare Node`,
);

// 2. DOCX vs pandoc -------------------------------------------------------------------------
execFileSync(node, [BIN, "build", "2023-11", "--format", "md", "-C", example, "-q"]);
const md = join(example, "out/2023-11/monthly.md");
const docx = measure("build docx", bc("build", "2023-11", "--format", "docx", "-q", "-C", example));
if (PANDOC) {
  const pandoc = measure("pandoc md→docx", [
    "pandoc",
    "-f",
    "markdown",
    "-t",
    "docx",
    md,
    "-o",
    join(work, "pandoc.docx"),
  ]);
  row("`pandoc -f markdown -t docx` (same content)", pandoc, "", "");
  const ratio = docx.median / pandoc.median;
  row(
    "`bcreport build 2023-11 --format docx`",
    docx,
    "≤ 1.5× pandoc",
    ratio <= 1.5 ? `met (${ratio.toFixed(2)}×)` : `missed (${ratio.toFixed(2)}×)`,
  );
} else {
  skipped.push("pandoc");
  row("`bcreport build 2023-11 --format docx`", docx, "≤ 1.5× pandoc", "pandoc not installed");
}

// 3. DOCX + PDF vs LibreOffice ---------------------------------------------------------------
const both = measure("build docx,pdf", bc("build", "2023-11", "--format", "docx,pdf", "-q", "-C", example));
if (SOFFICE) {
  const profile = join(work, "lo-profile");
  mkdirSync(profile, { recursive: true });
  const lo = measure("soffice docx→pdf", [
    "soffice",
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    join(work, "lo-out"),
    join(example, "out/2023-11/monthly.docx"),
  ]);
  row("`soffice --headless --convert-to pdf` (DOCX → PDF only)", lo, "", "");
  const speedup = lo.median / both.median;
  const ok = both.median <= 0.5 && speedup >= 5;
  row(
    "`bcreport build 2023-11 --format docx,pdf`",
    both,
    "≤ 0.5 s and ≥ 5× faster than LibreOffice",
    `${ok ? "met" : "missed"} (${speedup.toFixed(1)}× faster${both.median > 0.5 ? `; ${s(both.median)} > 0.5 s` : ""})`,
  );
} else {
  skipped.push("LibreOffice (soffice)");
  row("`bcreport build 2023-11 --format docx,pdf`", both, "≤ 0.5 s", both.median <= 0.5 ? "met" : "missed");
}

// 4. the large report ------------------------------------------------------------------------
const bigRun = measure("large docx,pdf", bc("build", "2023-11", "--format", "docx,pdf", "-q", "-C", big));
row(
  `large report (60 pages, ${bigInfo.footnotes} footnotes, ${bigInfo.tables} tables) DOCX + PDF`,
  bigRun,
  "≤ 1.5 s",
  bigRun.median <= 1.5 ? "met" : `missed (${(bigRun.median / 1.5).toFixed(2)}× target)`,
);

// 4b. one very large fragment (issue 19): 1,000 and 4,000 links, 256 KiB and 1 MiB of text ----------
/** A copy of the example whose first fragment with a body is replaced by `body`. */
function oneFragment(name, body) {
  const dir = join(work, name);
  cpSync(EXAMPLE, dir, { recursive: true });
  rmSync(join(dir, "out"), { recursive: true, force: true });
  const frDir = join(dir, "reports/2023-11/monthly");
  const file = readdirSync(frDir)
    .sort()
    .map((n) => join(frDir, n))
    .find((f) => parseDocument(readFileSync(f, "utf8")).get("body"));
  const doc = parseDocument(readFileSync(file, "utf8"));
  doc.set("body", body);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  return dir;
}
const linksBody = (n) =>
  Array.from(
    { length: n / 10 },
    (_, p) =>
      Array.from({ length: 10 }, (_, i) => `[mục ${p}.${i}](https://skhcn.caobang.gov.vn/${p}/${i})`).join(", ") + ".",
  ).join("\n\n");
const PROSE =
  "Sở **Khoa học và Công nghệ** đã triển khai *45 nhiệm vụ* KH&CN, trong đó [12 nhiệm vụ](https://skhcn.caobang.gov.vn) cấp tỉnh đạt `100%` kế hoạch năm 2023.";
const proseBody = (bytes) =>
  Array.from({ length: Math.floor(bytes / (Buffer.byteLength(PROSE) + 4)) }, () => PROSE).join("\n\n");
const sized = [
  ["1,000 links", oneFragment("links-1000", linksBody(1000))],
  ["4,000 links", oneFragment("links-4000", linksBody(4000))],
  ["256 KiB of text", oneFragment("text-256k", proseBody(250_000))],
  ["1 MiB of text", oneFragment("text-1m", proseBody(1_000_000))],
].map(([label, dir]) => [
  label,
  measure(`fragment ${label}`, bc("build", "2023-11", "--format", "docx,pdf", "-q", "-C", dir), { runs: 3 }),
]);
for (const [i, [label, r]] of sized.entries()) {
  const small = i % 2 === 1 ? sized[i - 1][1] : undefined;
  row(
    `one fragment of ${label} (DOCX + PDF)`,
    r,
    i % 2 === 1 ? "linear" : "",
    small ? `${(r.median / small.median).toFixed(2)}× the ${sized[i - 1][0]} time (4.00 = linear)` : "",
    "",
  );
}

// 5. the archive -----------------------------------------------------------------------------
const per = {};
for (const n of [30, 60, 120]) {
  const argv = bc("build", "--all", "-q", "-C", archives[n]);
  per[n] = measure(`archive ${n}`, argv, { runs: n === 120 ? RUNS : Math.max(3, Math.min(RUNS, 3)) });
}
const mem = peakMemory(bc("build", "--all", "-q", "-C", archives[120]));
const linear = per[120].median / per[30].median;
row("`build --all`, 30 periods (DOCX + PDF)", per[30], "", "");
row("`build --all`, 60 periods", per[60], "", `${(per[60].median / per[30].median).toFixed(2)}× the 30-period time`);
row(
  "`build --all`, 120 periods",
  per[120],
  "≤ 15 s",
  per[120].median <= 15 ? "met" : "missed",
  `${linear.toFixed(2)}× the 30-period time (4.00 = linear); peak RSS ${mem ? `${Math.round(mem)} MiB` : "not measured"}`,
);

// 6. check against build, per report -----------------------------------------------------------
// `check` validates and merges like `build` but loads no writer; its share of a build is what a CI
// check on a pull request costs compared with building the documents.
const ratios = [];
for (const [label, dir, period] of [
  ["example 2019-09 (seed 000)", example, "2019-09"],
  ["example 2023-10 (seed 001)", example, "2023-10"],
  ["example 2023-11 (seed 003, the largest)", example, "2023-11"],
  ["example 2023-12 (invented)", example, "2023-12"],
  [`large report (60 pages)`, big, "2023-11"],
]) {
  const c = measure(`check ${label}`, bc("check", period, "-C", dir));
  const b = measure(`build ${label}`, bc("build", period, "--format", "docx,pdf", "-q", "-C", dir));
  ratios.push({ label: `${label}: \`check ${period}\` / \`build ${period}\``, c, b });
}
const allCheck = measure("check, every period", bc("check", "-C", example));
const allBuild = measure("build --all", bc("build", "--all", "-q", "-C", example));
ratios.push({ label: "example, every period: `check` / `build --all`", c: allCheck, b: allBuild });
// What the CI files of `bcreport init` run: a pull request that changes one fragment is checked
// with --changed-since; the main branch builds every period.
if (has("git")) {
  const gitIn = (...a) =>
    execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", ...a], {
      cwd: example,
      stdio: "ignore",
    });
  gitIn("init", "-q");
  gitIn("add", ".");
  gitIn("commit", "-q", "-m", "base");
  appendFileSync(join(example, "reports/2023-11/monthly/vp.nhiem-vu.yaml"), "# reviewed\n");
  const prCheck = measure("check --changed-since", bc("check", "--changed-since", "HEAD", "-C", example));
  ratios.push({
    label: "a pull request changing one fragment: `check --changed-since HEAD` / `build --all`",
    c: prCheck,
    b: allBuild,
  });
} else skipped.push("git (the pull-request row)");

// 7. preview: save → updated pages, in one process ------------------------------------------------
const load = loadavg()[0];
for (const [label, dir, target, build] of [
  ["example 2023-11 (the largest example period)", example, 0.1, both],
  ["large report (60 pages)", big, 0.3, bigRun],
]) {
  log(`· preview ${label}`);
  const p = await previewLatency(dir, { edits: 21 });
  const inProcess = await inProcessBuild(dir);
  row(
    `\`preview\`: save one fragment → updated pages, ${label}`,
    p,
    `≤ ${s(target)} (median)`,
    p.median <= target ? "met" : `missed (${(p.median / target).toFixed(1)}× target)`,
    `${p.runs} edits; beside a full \`build\` of the period: ${s(build.median)} as a process, ${s(inProcess.median)} in process`,
  );
}

// Report ---------------------------------------------------------------------------------------
const cpu =
  /model name\s*:\s*(.*)/.exec(existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "")?.[1] ??
  cpus()[0]?.model ??
  "unknown";
const nproc = spawnSync("nproc", { encoding: "utf8" }).stdout.trim() || String(cpus().length);
const machine = [
  `- CPU: ${cpu}, nproc ${nproc}`,
  `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the start)`,
  `- Load average (1 min) when the preview rows ran: ${load.toFixed(1)} (other work on the machine slows every row)`,
  `- Node ${process.version}; ${version("pandoc")}; ${SOFFICE ? version("soffice") : "LibreOffice not installed"}`,
  `- Timing: ${HYPERFINE ? version("hyperfine") : "spawn loop in bench/run.mjs"}, ${RUNS} runs after 1 warm-up (3 for the 30/60-period archives), wall-clock median`,
  ...(skipped.length ? [`- Skipped (not installed): ${skipped.join(", ")}`] : []),
];
const table = [
  "| Case | Median | Min – max | Target | Result | Notes |",
  "|---|---:|---:|---|---|---|",
  ...rows.map(
    ({ name, r, target, verdict, note }) =>
      `| ${name} | ${s(r.median)} | ${s(r.min)} – ${s(r.max)} | ${target} | ${verdict} | ${note} |`,
  ),
].join("\n");
const ratioTable = [
  "| Report | `check` median | `build` (DOCX + PDF) median | check / build |",
  "|---|---:|---:|---:|",
  ...ratios.map(
    ({ label, c, b }) => `| ${label} | ${s(c.median)} | ${s(b.median)} | ${(c.median / b.median).toFixed(2)} |`,
  ),
].join("\n");
const text = `# Benchmark results\n\nOne run of \`npm run bench\` (\`node bench/run.mjs\`).\n\n${machine.join("\n")}\n\n${table}\n\n## check against build\n\n${ratioTable}\n`;
console.log(text);
writeFileSync(join(ROOT, "bench/RESULTS.md"), text);
if (KEEP) log(`inputs kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
