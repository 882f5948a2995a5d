/**
 * Robustness cases that cannot live in a golden fixture folder (a 1 MiB file, symbolic links,
 * a directory where a file should be), and checks over the whole corpus of
 * bad-input fixtures: every one fails with exit 1 or 2, names a file and a line, prints no
 * stack trace and writes nothing.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { internalErrorMessage } from "../src/cli/run.js";
import { BASE, caseNames, FIXTURES, materialiseCase } from "./support/fixture-repo.js";
import { runMain } from "./support/run-main.js";

const ROOT = join(import.meta.dirname, "..");
const MINIMAL = BASE;
const BIN = join(ROOT, "bin/bcreport.cjs");
const FR = "reports/2023-11/monthly";
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tempDir(name: string): string {
  const d = mkdtempSync(join(tmpdir(), `bcreport-robust-${name}-`));
  temps.push(d);
  return d;
}

function repo(from = MINIMAL): string {
  const d = tempDir("repo");
  cpSync(from, d, { recursive: true });
  return d;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function build(dir: string, ...args: string[]) {
  const { code, stdout, stderr } = await runMain(["build", "2023-11", "--format", "json,md", ...args, "-C", dir], dir);
  return { code, stdout, stderr: stderr.split(dir).join("<repo>"), written: listFiles(join(dir, "out")) };
}

/** A raw V8 stack frame line ("    at fn (file:1:2)"); the internal-error message has one summary `  at …` line instead. */
const STACK_LINE = /^ {4}at /m;

describe("inputs that cannot be golden fixtures", () => {
  it("refuses a file over 1 MiB, naming it, before reading it", async () => {
    const d = repo();
    writeFileSync(
      join(d, FR, "qlkh.quan-ly.yaml"),
      `unit: qlkh\nsection: quan-ly\nbody: |\n${"  Tiếp tục quản lý nhiệm vụ KH&CN.\n".repeat(30_000)}`,
    );
    const r = await build(d);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^reports\/2023-11\/monthly\/qlkh\.quan-ly\.yaml:1:1: error: expected a file of at most 1 MiB, found \d+ bytes \[file-too-large\]$/m,
    );
    expect(r.written).toEqual([]);
  });

  it("accepts a file just under 1 MiB", async () => {
    // Short paragraphs: one 1 MiB paragraph takes micromark ~10 s (quadratic in resolveAllText).
    const d = repo();
    // Lines of one sentence each, so the joined-lines lint has nothing to say.
    const chunk = "  Tiếp tục quản lý nhiệm vụ KH&CN,\n".repeat(4) + "  theo kế hoạch.\n\n";
    const head = "unit: qlkh\nsection: quan-ly\nbody: |\n";
    const n = Math.floor((1024 * 1024 - head.length) / Buffer.byteLength(chunk));
    writeFileSync(join(d, FR, "qlkh.quan-ly.yaml"), head + chunk.repeat(n));
    const r = await build(d, "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }, 30_000);

  it("refuses a fragment that is a symlink to a file outside the repository", async () => {
    const d = repo();
    const outside = tempDir("outside");
    writeFileSync(join(outside, "secret.yaml"), "unit: qlkh\nsection: quan-ly\nbody: Bí mật.\n");
    rmSync(join(d, FR, "qlkh.quan-ly.yaml"));
    symlinkSync(join(outside, "secret.yaml"), join(d, FR, "qlkh.quan-ly.yaml"));
    const r = await build(d);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "reports/2023-11/monthly/qlkh.quan-ly.yaml:1:1: error: expected a file inside the repository, found a link pointing outside it [outside-repository]",
    );
    expect(r.stderr).not.toContain("Bí mật");
    expect(r.written).toEqual([]);
  });

  it("accepts a symlink that stays inside the repository", async () => {
    const d = repo();
    mkdirSync(join(d, "shared"));
    cpSync(join(d, FR, "qlkh.quan-ly.yaml"), join(d, "shared/quan-ly.yaml"));
    rmSync(join(d, FR, "qlkh.quan-ly.yaml"));
    symlinkSync("../../../shared/quan-ly.yaml", join(d, FR, "qlkh.quan-ly.yaml"));
    const r = await build(d);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("refuses every file of a period folder that is a symlink to outside the repository", async () => {
    const d = repo();
    const outside = tempDir("outside-period");
    cpSync(join(d, "reports/2023-11"), outside, { recursive: true });
    rmSync(join(d, "reports/2023-11"), { recursive: true });
    symlinkSync(outside, join(d, "reports/2023-11"));
    const r = await build(d);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("reports/2023-11/monthly.yaml:1:1: error: expected a file inside the repository");
    expect(r.stderr).toContain(
      "reports/2023-11/monthly/vp.tham-muu.yaml:1:1: error: expected a file inside the repository",
    );
    expect(r.written).toEqual([]);
  });

  it("refuses a bcreport.yaml that links outside the repository", async () => {
    const d = repo();
    const outside = tempDir("outside-config");
    cpSync(join(d, "bcreport.yaml"), join(outside, "bcreport.yaml"));
    rmSync(join(d, "bcreport.yaml"));
    symlinkSync(join(outside, "bcreport.yaml"), join(d, "bcreport.yaml"));
    const r = await build(d);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bcreport.yaml:1:1: error: expected a file inside the repository");
  });

  it("says `cannot read` when bcreport.yaml or a fragment is a directory (EISDIR), without a stack trace", async () => {
    const d = repo();
    rmSync(join(d, FR, "qlkh.quan-ly.yaml"));
    mkdirSync(join(d, FR, "qlkh.quan-ly.yaml"));
    const r1 = await build(d);
    expect(r1.code).toBe(0); // a folder among fragments is a warning, the rest still builds
    expect(r1.stderr).toContain("warning: folder `qlkh.quan-ly.yaml` inside a report's fragment folder is ignored");
    const e = repo();
    rmSync(join(e, "bcreport.yaml"));
    mkdirSync(join(e, "bcreport.yaml"));
    const r2 = await build(e);
    expect([1, 2]).toContain(r2.code);
    expect(r2.stderr).toMatch(/^bcreport\.yaml:1:1: error: cannot read the file/m);
    expect(r2.stderr).not.toMatch(STACK_LINE);
  });

  it("prints Handlebars and Typst markup in report and fragment text literally", async () => {
    const d = tempDir("repo");
    materialiseCase("robust-ok-literal-markup-everywhere", d);
    const r = await build(d);
    expect(r.code).toBe(0);
    const json = readFileSync(join(d, "out/2023-11/monthly.json"), "utf8");
    const md = readFileSync(join(d, "out/2023-11/monthly.md"), "utf8");
    for (const literal of [
      "{{period.name}} {{#each units}}x{{/each}} #set page(width: 1cm) $a^2$",
      "{{lookup a b}} #let x = 1 #{x}",
      "{{{raw}}}",
      '#import \\"x.typ\\"',
    ]) {
      expect(json, literal).toContain(literal);
    }
    for (const literal of [
      "{{period.name}}",
      "{{#each units}}x{{/each}}",
      "#set page(width: 1cm)",
      "{{lookup a b}}",
      "#let x = 1",
      "{{{raw}}}",
      '#import "x.typ"',
    ]) {
      expect(md.replace(/\\([\\`*_{}[\]()#+\-.!$|<>])/g, "$1"), literal).toContain(literal);
    }
  });
});

describe("the corpus of bad inputs (golden fixtures)", () => {
  const cases = caseNames();
  const bad = cases.filter((c) => !c.startsWith("ok-") && !c.startsWith("robust-ok-"));

  it("has at least 40 bad inputs", () => expect(bad.length).toBeGreaterThanOrEqual(40));

  for (const name of bad.filter((c) => c.startsWith("robust-"))) {
    it(`${name}: exit 1 or 2, a positioned message, no stack trace`, () => {
      const exp = join(FIXTURES, name, "expected");
      const code = Number(readFileSync(join(exp, "exit-code"), "utf8"));
      const stderr = readFileSync(join(exp, "stderr"), "utf8");
      expect([1, 2]).toContain(code);
      expect(stderr).toMatch(/^[^\s:]+\.ya?ml:\d+:\d+: error: .+ \[[a-z-]+\]$/m);
      expect(stderr).not.toMatch(STACK_LINE);
      expect(stderr).not.toContain("internal error");
    });
  }
});

describe("internal errors", () => {
  it("formats an unexpected exception as one 'this is a bug' message", () => {
    const msg = internalErrorMessage(new TypeError("boom"));
    expect(msg).toMatch(
      /^bcreport: internal error — this is a bug, not a problem with your files\.\n {2}TypeError: boom\n {2}at .+\n {2}Please report it/,
    );
    expect(msg.trimEnd().split("\n")).toHaveLength(4);
    expect(internalErrorMessage("a string")).toContain("  a string\n");
  });

  it("says it in Vietnamese for a Vietnamese user, the error itself as it is", () => {
    const msg = internalErrorMessage(new TypeError("boom"), "vi");
    expect(msg).toMatch(
      /^bcreport: lỗi nội bộ — đây là lỗi của chương trình, không phải lỗi trong các tệp của người dùng\.\n {2}TypeError: boom\n {2}tại .+\n {2}Đề nghị báo lỗi này/,
    );
    expect(msg.trimEnd().split("\n")).toHaveLength(4);
  });

  it("the bin turns an exception escaping main into exit 70 with that message and no raw stack", () => {
    // A preload makes reading a built-in frame template throw — a failure no input can cause.
    const dir = tempDir("preload");
    const preload = join(dir, "break-schemas.mjs");
    writeFileSync(
      preload,
      `import fs from "node:fs";\nimport { syncBuiltinESMExports } from "node:module";\n` +
        `const real = fs.readFileSync;\n` +
        `fs.readFileSync = function (p, ...rest) { if (String(p).endsWith("title.hbs")) throw new TypeError("simulated bug"); return real.call(this, p, ...rest); };\n` +
        `syncBuiltinESMExports();\n`,
    );
    const d = repo();
    const r = spawnSync(process.execPath, ["--import", preload, BIN, "build", "2023-11", "--format", "json", "-C", d], {
      encoding: "utf8",
    });
    expect(r.stderr).toMatch(
      /^bcreport: internal error — this is a bug, not a problem with your files\.\n {2}TypeError: simulated bug\n/,
    );
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(4);
    expect(r.status).toBe(70);
    expect(listFiles(join(d, "out"))).toEqual([]);
    // The same crash under a Vietnamese locale: the language `main` would have spoken.
    const vi = spawnSync(
      process.execPath,
      ["--import", preload, BIN, "build", "2023-11", "--format", "json", "-C", d],
      {
        encoding: "utf8",
        env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "vi_VN.UTF-8" },
      },
    );
    expect(vi.stderr).toMatch(/^bcreport: lỗi nội bộ — đây là lỗi của chương trình.*\n {2}TypeError: simulated bug\n/);
    expect(vi.status).toBe(70);
  });

  // A deeply nested Markdown list used to overflow the converter's stack (exit 70); the
  // nesting limit in src/markdown/nesting-limit.ts makes it a positioned input error.
  it("a Markdown list nested 2000 deep is an input error, not an internal one", async () => {
    const d = repo();
    writeFileSync(join(d, FR, "qlkh.quan-ly.yaml"), `unit: qlkh\nsection: quan-ly\nbody: |\n  ${"- ".repeat(2000)}x\n`);
    const r = await build(d, "--format", "json").catch((e: unknown) => ({ code: 70, stderr: String(e), written: [] }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/qlkh\.quan-ly\.yaml:4:\d+: error:/);
  });
});
