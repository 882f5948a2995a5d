/**
 * The contribution workflow end to end, through `main()`: init → new → build in a temp folder,
 * check --changed-since and diff in a temp git repository, and `check` loading no writer.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseDocument as parseYamlDocument } from "yaml";
import { escapeData, escapeProperty, toGithub } from "../src/cli/diagnostic-formats.js";
import { diagnostic } from "../src/diagnostics/diagnostic.js";
import { msg } from "../src/messages/index.js";
import { runMain } from "./support/run-main.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "bcreport-workflow-"));
  dirs.push(d);
  return d;
};

const run = runMain;

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    stdio: "pipe",
  }).toString();

function fill(repo: string, file: string, body: string) {
  const path = join(repo, file);
  writeFileSync(path, readFileSync(path, "utf8").replace('body: ""', `body: |\n  ${body}`));
}

describe("init → new → build", () => {
  it("builds a fresh repository without any edit", async () => {
    const repo = temp();
    const init = await run(["init"], repo);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("created bcreport.yaml");
    expect(init.stdout).toContain("next:");
    for (const f of [
      "bcreport.yaml",
      "templates/README.md",
      ".github/workflows/bcreport.yml",
      ".gitlab-ci.yml",
      ".gitignore",
      "package.json",
    ])
      expect(existsSync(join(repo, f)), f).toBe(true);
    expect(readFileSync(join(repo, ".github/workflows/bcreport.yml"), "utf8")).toContain(
      '--changed-since "origin/$BASE_REF"',
    );
    for (const ci of [".github/workflows/bcreport.yml", ".gitlab-ci.yml"]) {
      const text = readFileSync(join(repo, ci), "utf8");
      expect(parseYamlDocument(text).errors, ci).toEqual([]);
      // The installed bin: `npx` would add npm's own start-up to every CI run.
      expect(text, ci).toContain("./node_modules/.bin/bcreport check --format");
      expect(text, ci).toContain("./node_modules/.bin/bcreport build --all");
      expect(text, ci).not.toMatch(/^\s*-\s*(run:\s*)?npx /m);
    }
    expect(readFileSync(join(repo, "templates/README.md"), "utf8")).toContain("`signature-name.hbs`");
    // The review job: the diff summary as a comment, the tracked-changes DOCX as an artifact.
    const github = parseYamlDocument(readFileSync(join(repo, ".github/workflows/bcreport.yml"), "utf8")).toJS();
    expect(github.jobs.review.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(github.permissions?.["pull-requests"], "write permission for the review job only").toBeUndefined();
    const steps = JSON.stringify(github.jobs.review.steps);
    for (const s of ["bcreport diff", "--format docx", "gh pr comment", "secrets.GITHUB_TOKEN", "tracked-changes"])
      expect(steps).toContain(s);
    const gitlab = parseYamlDocument(readFileSync(join(repo, ".gitlab-ci.yml"), "utf8")).toJS();
    const script = gitlab.review.script.join("\n");
    for (const s of [
      "bcreport diff",
      "--format docx",
      "merge_requests/$CI_MERGE_REQUEST_IID/notes",
      "BCREPORT_NOTE_TOKEN",
      "is not set",
    ])
      expect(script).toContain(s);
    expect(gitlab.review.artifacts.paths).toEqual(["out/"]);
    // Without a token, the posting steps say so, print the summary and succeed.
    writeFileSync(join(repo, "bcreport-diff.md"), "### Report changes\n");
    const post = (script: string, env: Record<string, string>) =>
      spawnSync("bash", ["-e", "-c", script], {
        cwd: repo,
        env: { PATH: process.env["PATH"] ?? "", ...env },
        encoding: "utf8",
      });
    const noNote = post(
      gitlab.review.script.find((l: string) => l.includes("BCREPORT_NOTE_TOKEN")),
      {},
    );
    expect([noNote.status, noNote.stdout]).toEqual([
      0,
      "BCREPORT_NOTE_TOKEN is not set: the summary is not posted; here it is:\n### Report changes\n",
    ]);
    const comment = github.jobs.review.steps.find((s: { name?: string }) => s.name === "Comment on the pull request");
    const noComment = post(comment.run, { GH_TOKEN: "", PR: "1" });
    expect([noComment.status, noComment.stdout]).toEqual([
      0,
      "no GITHUB_TOKEN: the summary is not posted; here it is:\n### Report changes\n",
    ]);

    const created = await run(["new", "2024-05"], repo);
    expect(created.code, created.stderr).toBe(0);
    const stub = readFileSync(join(repo, "reports/2024-05/monthly/vp.tham-muu.yaml"), "utf8");
    // The repository's own schemas, by a path that resolves wherever the repository is cloned.
    expect(stub.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../schemas/fragment.monthly.schema.json");
    expect(existsSync(join(repo, "reports/2024-05/monthly", "../../../schemas/fragment.monthly.schema.json"))).toBe(
      true,
    );
    expect(readFileSync(join(repo, "reports/2024-05/monthly.yaml"), "utf8")).toMatch(/^date: 2024-05$/m);

    const status = await run(["status", "2024-05", "--today", "2024-05-18"], repo);
    expect(status.stdout).toContain("due 2024-05-20: 2 days left");
    expect(status.stdout).toContain("0 of 5 submitted, 5 empty");

    const built = await run(["build", "2024-05", "--format", "docx,json,md"], repo);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain("[empty-fragment]");
    for (const ext of ["docx", "json", "md"])
      expect(existsSync(join(repo, `out/2024-05/monthly.${ext}`)), ext).toBe(true);

    fill(repo, "reports/2024-05/monthly/vp.tham-muu.yaml", "Tham mưu ban hành Kế hoạch số 12/KH-SKHCN.");
    const again = await run(["build", "2024-05", "--format", "md"], repo);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(repo, "out/2024-05/monthly.md"), "utf8")).toContain(
      "Tham mưu ban hành Kế hoạch số 12/KH-SKHCN.",
    );
    expect((await run(["check", "2024-05", "--strict"], repo)).code).toBe(1);
    expect((await run(["check", "2024-05"], repo)).code).toBe(0);
  });

  it("colours status on a terminal unless NO_COLOR is set", async () => {
    const repo = temp();
    await run(["init"], repo);
    await run(["new", "2024-05"], repo);
    expect((await run(["status", "2024-05", "--today", "2024-05-01"], repo, { isTTY: true })).stdout).toContain(
      "\x1b[33m",
    );
    expect(
      (await run(["status", "2024-05", "--today", "2024-05-01"], repo, { isTTY: true, env: { NO_COLOR: "1" } })).stdout,
    ).not.toContain("\x1b[");
    expect(
      (await run(["status", "2024-05"], repo, { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2024, 4, 25) / 1000) } }))
        .stdout,
    ).toContain("overdue by 5 days");
  });
});

describe("git workflow", () => {
  async function repoWithHistory() {
    const repo = temp();
    await run(["init"], repo);
    await run(["new", "2024-05"], repo);
    fill(repo, "reports/2024-05/monthly/vp.tham-muu.yaml", "Tham mưu ban hành Kế hoạch số 12.");
    fill(repo, "reports/2024-05/monthly/qlkh.quan-ly.yaml", "Quản lý 45 nhiệm vụ KH&CN.");
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "first");
    fill(repo, "reports/2024-05/monthly/qlkh.tham-muu.yaml", "Thẩm định 3 đề tài mới.");
    const vp = join(repo, "reports/2024-05/monthly/vp.tham-muu.yaml");
    writeFileSync(vp, readFileSync(vp, "utf8").replace("Kế hoạch số 12.", "Kế hoạch số 15 và Quyết định số 3."));
    git(repo, "commit", "-q", "-am", "second");
    return repo;
  }

  it("diff reports the sections and units changed between two commits", async () => {
    const repo = await repoWithHistory();
    const r = await run(["diff", "HEAD~1", "HEAD"], repo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("### Report changes: `HEAD~1` → `HEAD`");
    expect(r.stdout).toContain("#### 2024-05 · monthly: +12 / −1 words");
    expect(r.stdout).toContain("| 1. Công tác tham mưu | `qlkh` | +6 | −0 |");
    expect(r.stdout).toContain("| 1. Công tác tham mưu | `vp` | +6 | −1 |");
    expect(r.stdout).not.toContain("quan-ly");
    expect((await run(["diff", "HEAD", "HEAD", "2024-05"], repo)).stdout).toContain("No change to 2024-05.");
    const bad = await run(["diff", "nope", "HEAD"], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown revision `nope`");
    // A branch of a remote this clone has, not fetched: then history may be missing.
    git(repo, "remote", "add", "origin", "https://example.invalid/repo.git");
    const unfetched = await run(["diff", "origin/main", "HEAD"], repo);
    expect(unfetched.code).toBe(2);
    expect(unfetched.stderr).toContain("fetch-depth: 0");
  });

  it("check --changed-since checks only the changed fragments, and asks for history when the revision is missing", async () => {
    const repo = await repoWithHistory();
    writeFileSync(join(repo, "reports/2024-05/monthly/ghi-chu.yaml"), "unit: qlkh\nsection: quan-ly\nbody: Thêm.\n");
    const r = await run(["check", "--changed-since", "HEAD~1", "--format", "github"], repo);
    expect(r.stdout).toContain(
      "::warning file=reports/2024-05/monthly/ghi-chu.yaml,line=1,col=7,title=fragment-name::",
    );
    expect(r.stdout.trim().split("\n"), "unchanged empty stubs are not reported").toHaveLength(1);
    const human = await run(["check", "--changed-since", "HEAD~1"], repo);
    expect(human.stdout).toContain("checked 2024-05 (monthly)");
    // A tracked file changed but not committed is checked too (the three git listings run at once).
    const stub = join(repo, "reports/2024-05/monthly/vp.nhiem-vu.yaml");
    writeFileSync(stub, readFileSync(stub, "utf8") + "# draft\n");
    const uncommitted = await run(["check", "--changed-since", "HEAD~1", "--format", "github"], repo);
    expect(uncommitted.stdout).toContain("file=reports/2024-05/monthly/vp.nhiem-vu.yaml");
    expect(uncommitted.stdout).toContain("file=reports/2024-05/monthly/ghi-chu.yaml");
    expect((await run(["check", "2024-05"], repo)).stderr, "a whole-period check does report the stubs").toContain(
      "vp.nhiem-vu.yaml",
    );
    const missing = await run(["check", "--changed-since", "origin/main"], repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("git fetch --unshallow");
    expect(missing.stderr).toContain("fetch-depth: 0");
  });
});

describe("GitHub annotation escaping", () => {
  it("escapes %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeData("100% a\r\nb")).toBe("100%25 a%0D%0Ab");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
    const message = msg("validate.unknown-unit", { unit: "a%b" });
    const d = diagnostic({ severity: "warning", file: "", rule: "x", message });
    expect(toGithub([d])).toBe("::warning title=x::unknown unit `a%25b`\n");
  });
});

describe("check loads no writer", () => {
  const root = join(import.meta.dirname, "..");
  const example = join(root, "examples", "cao-bang");
  const dist = join(root, "dist", "cli", "run.js");

  it("the bin reads the CLI bundle but not the writers bundle (child process that logs every file read)", () => {
    const dir = temp();
    const log = join(dir, "read.txt");
    writeFileSync(
      join(dir, "hook.cjs"),
      `const fs = require("node:fs"); const read = fs.readFileSync; fs.readFileSync = function (p, ...rest) { fs.appendFileSync(${JSON.stringify(log)}, String(p) + "\\n"); return read.call(this, p, ...rest); };\n`,
    );
    const bin = join(root, "bin", "bcreport.cjs");
    const check = spawnSync(
      process.execPath,
      ["--require", join(dir, "hook.cjs"), bin, "check", "2023-11", "-C", example],
      { encoding: "utf8" },
    );
    expect(check.status, check.stderr).toBe(0);
    const read = readFileSync(log, "utf8").split("\n");
    expect(
      read.some((f) => f.endsWith("/dist/bundle/cli.cjs")),
      "the hook sees the CLI bundle",
    ).toBe(true);
    expect(read.filter((f) => f.includes("writers"))).toEqual([]);
    rmSync(log);
    const build = spawnSync(
      process.execPath,
      [
        "--require",
        join(dir, "hook.cjs"),
        bin,
        "build",
        "2023-11",
        "--format",
        "docx",
        "-o",
        join(dir, "out"),
        "-C",
        example,
      ],
      { encoding: "utf8" },
    );
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(log, "utf8"), "…and would see the writers").toContain("/dist/bundle/writers.cjs");
  });

  it("the unbundled modules: imports nothing under writers/docx or writers/pdf (child process with a load hook)", () => {
    const dir = temp();
    const log = join(dir, "loaded.txt");
    writeFileSync(
      join(dir, "hook.mjs"),
      `import { appendFileSync } from "node:fs";\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + "\\n"); return next(url, context); }\n`,
    );
    writeFileSync(
      join(dir, "register.mjs"),
      `import { register } from "node:module";\nregister(${JSON.stringify("file://" + join(dir, "hook.mjs"))});\n`,
    );
    const runDist = (args: string[]) =>
      spawnSync(
        process.execPath,
        [
          "--import",
          join(dir, "register.mjs"),
          "--input-type=module",
          "-e",
          `const { run } = await import(${JSON.stringify("file://" + dist)}); await run(${JSON.stringify(args)});`,
        ],
        { encoding: "utf8" },
      );
    const check = runDist(["check", "2023-11", "-C", example]);
    expect(check.status, check.stderr).toBe(0);
    const loaded = readFileSync(log, "utf8").split("\n");
    expect(
      loaded.some((u) => u.includes("/dist/pipeline.js")),
      "the hook sees the pipeline",
    ).toBe(true);
    expect(loaded.filter((u) => /\/writers\/(docx|pdf)\//.test(u))).toEqual([]);
    rmSync(log);
    const build = runDist(["build", "2023-11", "--format", "docx", "-o", join(dir, "out"), "-C", example]);
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(log, "utf8"), "…and would see a writer").toMatch(/\/writers\/docx\//);
  });
});
