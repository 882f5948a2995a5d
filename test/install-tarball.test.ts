/**
 * A department installs bcreport the way the README says, with no registry carrying bcreport:
 * the release tarball (`npm pack`) is installed into an empty folder, its `bcreport init` writes
 * a repository that depends on a copy of itself in vendor/, and that repository installs with npm
 * working offline — only from the npm cache that `npm ci` of this project filled. (npm resolves
 * version ranges from registry metadata, which `npm ci` does not cache, so each folder gets a lock
 * file made from this project's lock: support/offline-lock.ts.) The repository then runs
 * new, status, check, build, a git commit and `check --changed-since`. The repository is then
 * moved, and every `$schema` line must still resolve (as yaml-language-server resolves it:
 * relative to the file). The slowest test of the suite: about 30–60 s, mostly the two installs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { offlineLock } from "./support/offline-lock.js";

const project = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "bcreport-install-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npmEnv = {
  ...process.env,
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

function npm(cwd: string, ...args: string[]): { out: string; code: number | null } {
  const r = spawnSync("npm", args, { cwd, env: npmEnv, encoding: "utf8", shell: process.platform === "win32" });
  return { out: `${r.stdout}\n${r.stderr}`, code: r.status };
}

function bcreport(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(cwd, "node_modules", "bcreport", "bin", "bcreport.cjs"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: "1716163200" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    "git",
    [
      "-c",
      "user.name=t",
      "-c",
      "user.email=t@example.com",
      "-c",
      "commit.gpgsign=false",
      "-c",
      "init.defaultBranch=main",
      ...args,
    ],
    { cwd, stdio: "pipe" },
  ).toString();

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (e) => e.isFile() && /\.ya?ml$/.test(e.name) && !join(e.parentPath, e.name).includes(`${join("node_modules")}`),
    )
    .map((e) => join(e.parentPath, e.name));
}

describe("install from the release tarball, offline", { timeout: 240_000 }, () => {
  let tarball = "";

  it("packs a tarball with a LICENSE and without the builder's paths", () => {
    const dest = join(work, "release");
    mkdirSync(dest);
    // --ignore-scripts: `npm test` has just built dist/ (the release command, `npm run release`, builds it first).
    const r = npm(project, "pack", "--ignore-scripts", "--silent", "--pack-destination", dest);
    expect(r.code, r.out).toBe(0);
    tarball = join(
      dest,
      readdirSync(dest).find((f) => f.endsWith(".tgz"))!,
    );
    const unpacked = join(work, "unpacked");
    mkdirSync(unpacked);
    execFileSync("tar", ["xzf", tarball, "-C", unpacked]);
    const files = readdirSync(join(unpacked, "package"), { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    );
    expect(files.map((e) => relative(join(unpacked, "package"), join(e.parentPath, e.name)))).toContain("LICENSE");
    expect(readFileSync(join(unpacked, "package", "LICENSE"), "utf8")).toMatch(
      /^MIT License[\s\S]*bcreport contributors/,
    );
    const carrying = files.filter((e) => readFileSync(join(e.parentPath, e.name)).includes(project)).map((e) => e.name);
    expect(carrying, `files carrying ${project}`).toEqual([]);
  });

  it("installs, scaffolds, works offline, and keeps its $schema lines valid when moved", () => {
    // An empty folder gets bcreport from the tarball alone: --offline, so npm may use only its cache.
    const tool = join(work, "tool");
    mkdirSync(tool);
    copyFileSync(tarball, join(tool, "bcreport.tgz"));
    writeFileSync(
      join(tool, "package.json"),
      JSON.stringify({
        name: "tool",
        private: true,
        devDependencies: { bcreport: "file:bcreport.tgz" },
        overrides: { docx: { nanoid: "5.1.12" } },
      }),
    );
    writeFileSync(
      join(tool, "package-lock.json"),
      offlineLock(project, "tool", "file:bcreport.tgz", join(tool, "bcreport.tgz")),
    );
    const first = npm(tool, "ci", "--offline");
    expect(first.code, first.out).toBe(0);

    const init = bcreport(tool, "init", join(work, "dept"));
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("created vendor/bcreport-");
    expect(init.stdout).toContain("bcreport new 2024-05");
    const repo = join(work, "dept");
    const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
      name: string;
      devDependencies: Record<string, string>;
    };
    const spec = pkg.devDependencies["bcreport"]!;
    expect(spec).toMatch(/^file:vendor\/bcreport-[\d.]+\.tgz$/);
    writeFileSync(
      join(repo, "package-lock.json"),
      offlineLock(project, pkg.name, spec, join(repo, spec.slice("file:".length))),
    );
    const install = npm(repo, "ci", "--offline");
    expect(install.code, install.out).toBe(0);
    expect(install.out).not.toContain("EBADENGINE");

    const created = bcreport(repo, "new", "2024-05");
    expect(created.code, created.stderr).toBe(0);
    const status = bcreport(repo, "status", "2024-05");
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain("0 of 5 submitted, 5 empty");
    const stub = "reports/2024-05/monthly/vp.tham-muu.yaml";
    writeFileSync(
      join(repo, stub),
      readFileSync(join(repo, stub), "utf8").replace(
        'body: ""',
        "body: |\n  Tham mưu ban hành Kế hoạch công tác năm.\n\n  ![Biểu đồ 1: Văn bản tham mưu](bieu-do.svg)",
      ),
    );
    // An SVG chart: the installed copy finds resvg's WebAssembly file among its dependencies.
    writeFileSync(
      join(repo, "reports/2024-05/bieu-do.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><text x="10" y="50">Số văn bản</text></svg>',
    );
    const check = bcreport(repo, "check");
    expect(check.code, check.stderr).toBe(0);
    const build = bcreport(repo, "build", "2024-05");
    expect(build.code, build.stderr).toBe(0);
    expect(existsSync(join(repo, "out", "2024-05", "monthly.pdf"))).toBe(true);
    expect(existsSync(join(repo, "out", "2024-05", "monthly.docx"))).toBe(true);
    expect(Object.keys(unzipSync(readFileSync(join(repo, "out", "2024-05", "monthly.docx"))))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^word\/media\/.+\.svg$/), expect.stringMatching(/\.png$/)]),
    );

    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "start");
    git(repo, "checkout", "-qb", "qlkh");
    const other = "reports/2024-05/monthly/qlkh.quan-ly.yaml";
    writeFileSync(
      join(repo, other),
      readFileSync(join(repo, other), "utf8").replace('body: ""', "body: |\n  Thẩm định 3 nhiệm vụ."),
    );
    git(repo, "commit", "-qam", "qlkh writes");
    const changed = bcreport(repo, "check", "--changed-since", "main");
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toContain("checked 2024-05");
    expect(git(repo, "status", "--porcelain")).toBe("");

    // Moved (as a fresh clone elsewhere would be): every $schema line still finds its schema.
    const moved = join(work, "elsewhere", "deeper", "dept");
    mkdirSync(dirname(moved), { recursive: true });
    renameSync(repo, moved);
    const files = yamlFiles(moved);
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(file, "utf8").split("\n")[0]!);
      if (!m) continue;
      const target = m[1]!;
      expect(isAbsolute(target), `${file}: ${target}`).toBe(false);
      const resolved = resolve(dirname(file), target);
      expect(relative(moved, resolved).startsWith(".."), `${file}: ${target} leaves the repository`).toBe(false);
      expect(existsSync(resolved), `${file}: ${target}`).toBe(true);
    }
  });
});
