/**
 * Golden cases for `bcreport diff`, one folder per behaviour under test/fixtures-diff/<case>/:
 *   args      the command line (the repository is passed with -C)
 *   after/    files written over the shared base repository (test/fixtures-diff/_base) for the second commit
 *   remove    (optional) base paths deleted in the second commit, one a line
 *   env       (optional) environment variables, one NAME=value a line (as a CI runner sets LANG)
 *   expected/stdout, expected/stderr, expected/exit-code
 * The base is committed by "Trần Văn A", the change by "Nguyễn Thị B", at fixed dates.
 * Run with UPDATE_GOLDEN=1 to rewrite the expectations; review the diff like code.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { revisedText, revisionMarks } from "./support/docx-revisions.js";

const root = join(import.meta.dirname, "fixtures-diff");
const update = process.env["UPDATE_GOLDEN"] === "1";
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function commit(repo: string, author: string, date: string, message: string): void {
  const [name, email] = author.split(" <") as [string, string];
  execFileSync("git", ["-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", message], {
    cwd: repo,
    stdio: "pipe",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email.slice(0, -1),
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email.slice(0, -1),
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

/** The base committed, then the case's changes committed on top. */
export function repoWithChange(caseDir: string): string {
  const repo = mkdtempSync(join(tmpdir(), "bcreport-diff-"));
  temps.push(repo);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
  cpSync(join(root, "_base"), repo, { recursive: true });
  git("init", "-q", "-b", "main");
  git("add", ".");
  commit(repo, "Trần Văn A <a@example.com>", "2024-03-01T08:00:00Z", "base");
  if (existsSync(join(caseDir, "after"))) cpSync(join(caseDir, "after"), repo, { recursive: true });
  const removed = existsSync(join(caseDir, "remove"))
    ? readFileSync(join(caseDir, "remove"), "utf8").split("\n").filter(Boolean)
    : [];
  for (const path of removed) rmSync(join(repo, path), { recursive: true });
  git("add", "-A");
  commit(repo, "Nguyễn Thị B <b@example.com>", "2024-03-04T09:30:00Z", "change");
  return repo;
}

async function run(args: string[], repo: string, env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main([...args, "-C", repo], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: repo,
    env,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const cases = readdirSync(root)
  .filter((d) => existsSync(join(root, d, "args")))
  .sort();

describe("golden diff cases", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(8));
  for (const name of cases) {
    it(name, async () => {
      const caseDir = join(root, name);
      const repo = repoWithChange(caseDir);
      const envFile = join(caseDir, "env");
      const env = existsSync(envFile)
        ? Object.fromEntries(
            readFileSync(envFile, "utf8")
              .split("\n")
              .filter(Boolean)
              .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
          )
        : {};
      const r = await run(readFileSync(join(caseDir, "args"), "utf8").trim().split(/\s+/), repo, env);
      const exp = join(caseDir, "expected");
      if (update) {
        mkdirSync(exp, { recursive: true });
        writeFileSync(join(exp, "stdout"), r.stdout);
        writeFileSync(join(exp, "stderr"), r.stderr);
        writeFileSync(join(exp, "exit-code"), `${r.code}\n`);
        return;
      }
      expect(r.stderr).toBe(readFileSync(join(exp, "stderr"), "utf8"));
      expect(r.stdout).toBe(readFileSync(join(exp, "stdout"), "utf8"));
      expect(r.code).toBe(Number(readFileSync(join(exp, "exit-code"), "utf8")));
    });
  }
});

describe("diff: unknown revisions", () => {
  it("asks for more history only in a shallow clone", async () => {
    const repo = repoWithChange(join(root, "diff-table-cell"));
    const shallow = mkdtempSync(join(tmpdir(), "bcreport-shallow-"));
    temps.push(shallow);
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo}`, shallow], { stdio: "pipe" });
    const r = await run(["diff", "HEAD~1", "HEAD"], shallow);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not in this clone");
    expect(r.stderr).toContain("git fetch --unshallow");
    const vi = await run(["diff", "HEAD~1", "HEAD", "--lang", "vi"], shallow);
    expect(vi.stderr).toBe(
      "lỗi: bản sao kho trên máy này không có phiên bản git `HEAD~1` (bản sao rút gọn — shallow clone, hoặc chưa tải nhánh đó về)\n" +
        "  gợi ý: tải thêm lịch sử: `git fetch --unshallow` (hoặc `git fetch origin <nhánh>`); trong GitHub Actions đặt " +
        "`fetch-depth: 0` cho actions/checkout, trong GitLab CI đặt `GIT_DEPTH: 0`\n",
    );
    expect((await run(["diff", "HEAD~1", "HEAD"], repo)).code, "the full clone has it").toBe(0);
  });
});

describe("diff --format docx", () => {
  it("writes the report at rev-b with the changes since rev-a as revisions by the commit's author", async () => {
    const repo = repoWithChange(join(root, "diff-footnote-inserted"));
    const r = await run(["diff", "HEAD~1", "HEAD", "2024-Q1", "--format", "docx", "-o", "changes.docx"], repo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("wrote changes.docx\n");
    const tracked = new Uint8Array(readFileSync(join(repo, "changes.docx")));
    const builds: Uint8Array[] = [];
    for (const rev of ["main~1", "main"]) {
      execFileSync("git", ["checkout", "-q", rev], { cwd: repo, stdio: "pipe" });
      expect((await run(["build", "2024-Q1", "--format", "docx"], repo)).code).toBe(0);
      builds.push(new Uint8Array(readFileSync(join(repo, "out/2024-Q1/quy.docx"))));
    }
    expect(revisedText(tracked, "accept")).toEqual(revisedText(builds[1]!, "accept"));
    expect(revisedText(tracked, "reject")).toEqual(revisedText(builds[0]!, "accept"));
    expect(new Set(revisionMarks(tracked).map(([, who, when]) => `${who} ${when}`))).toEqual(
      new Set(["Nguyễn Thị B 2024-03-04T09:30:00Z"]),
    );
    // Same revisions, same bytes; by default one file per report under out/.
    const again = await run(["diff", "HEAD~1", "main", "2024-Q1", "--format", "docx"], repo);
    expect(again.stdout).toBe("wrote out/2024-Q1/quy.changes.docx\n");
    expect(new Uint8Array(readFileSync(join(repo, "out/2024-Q1/quy.changes.docx")))).toEqual(tracked);
  });

  it("attributes each change to the commit that made it, when two authors changed one fragment", async () => {
    const repo = repoWithChange(join(root, "diff-table-cell"));
    const file = join(repo, "reports/2024-Q1/quy/vp.to-chuc.yaml");
    const edit = (from: string, to: string) => writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
    edit("Kiện toàn 02 phòng", "Kiện toàn 03 phòng");
    execFileSync("git", ["add", "-A"], { cwd: repo });
    commit(repo, "Phạm Văn C <c@example.com>", "2024-03-05T10:00:00Z", "to-chuc: 03 phòng");
    edit("Tiếp nhận 01 viên chức", "Tiếp nhận 02 viên chức");
    execFileSync("git", ["add", "-A"], { cwd: repo });
    commit(repo, "Đỗ Thị D <d@example.com>", "2024-03-06T11:00:00Z", "to-chuc: 02 viên chức");
    const r = await run(["diff", "main~3", "main", "2024-Q1", "--format", "docx", "-o", "changes.docx"], repo);
    expect(r.code, r.stderr).toBe(0);
    const marks = revisionMarks(new Uint8Array(readFileSync(join(repo, "changes.docx"))));
    const inserted = new Set(marks.filter(([t]) => t === "ins").map(([, who, when]) => `${who} ${when}`));
    expect(inserted).toEqual(
      new Set([
        "Nguyễn Thị B 2024-03-04T09:30:00Z",
        "Phạm Văn C 2024-03-05T10:00:00Z",
        "Đỗ Thị D 2024-03-06T11:00:00Z",
      ]),
    );
  });
});
