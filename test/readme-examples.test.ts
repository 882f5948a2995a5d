/**
 * The README's example files, put together into a department repository, must validate and build,
 * so the examples a new department copies cannot rot.
 *
 * Every ```yaml block of README.md is preceded by one marker line (an HTML comment GitHub does not show):
 *   <!-- file: PATH -->            the block is the whole file PATH of the repository
 *   <!-- merge: PATH -->           its top-level keys are added to (or replace those of) PATH
 *   <!-- append: PATH KEY.PATH --> its list items are appended to the list at KEY.PATH in PATH
 *   <!-- snippet: WHY -->          a part that fits no file as it is: it must parse as YAML, nothing more
 * Markers are applied in README order.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runMain } from "./support/run-main.js";

const README = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");

interface Example {
  marker: string;
  line: number;
  text: string;
}

/** Every ```yaml block with the line before it. */
function yamlBlocks(markdown: string): Example[] {
  const lines = markdown.split("\n");
  const blocks: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "```yaml") continue;
    const end = lines.indexOf("```", i + 1);
    blocks.push({ marker: lines[i - 1] ?? "", line: i + 1, text: lines.slice(i + 1, end).join("\n") + "\n" });
    i = end;
  }
  return blocks;
}

type Json = Record<string, unknown>;

/** The repository's files (path → text) that the README's examples make up. */
function repositoryOf(examples: Example[]): Map<string, string> {
  const files = new Map<string, string>();
  const data = (path: string): Json => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`README marker names ${path} before a \`file:\` block writes it`);
    return parse(text) as Json;
  };
  const schemaLine = (path: string) => (files.get(path) ?? "").split("\n")[0] + "\n";
  for (const ex of examples) {
    if (ex.marker.startsWith("<!-- snippet: ")) {
      parse(ex.text);
      continue;
    }
    const m = /^<!-- (file|merge|append): (\S+)(?: (\S+))? -->$/.exec(ex.marker);
    if (!m) throw new Error(`README.md:${ex.line}: a \`\`\`yaml block needs a marker line before it (see this test)`);
    const [, how, path = "", keyPath = ""] = m;
    if (how === "file") files.set(path, ex.text);
    else if (how === "merge") {
      files.set(path, schemaLine(path) + stringify({ ...data(path), ...(parse(ex.text) as Json) }));
    } else {
      const whole = data(path);
      let list: unknown = whole;
      for (const key of (keyPath ?? "").split(".")) list = (list as Json)[key];
      if (!Array.isArray(list)) throw new Error(`README.md:${ex.line}: ${keyPath} in ${path} is not a list`);
      list.push(...(parse(ex.text) as unknown[]));
      files.set(path, schemaLine(path) + stringify(whole));
    }
  }
  return files;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const run = runMain;

describe("README examples", () => {
  const examples = yamlBlocks(README);

  it("mark every yaml block with the file it belongs to", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const ex of examples) expect(ex.marker, `README.md:${ex.line}`).toMatch(/^<!-- (file|merge|append|snippet): /);
  });

  it("validate and build as one department repository", async () => {
    const repo = mkdtempSync(join(tmpdir(), "bcreport-readme-"));
    dirs.push(repo);
    for (const [path, text] of repositoryOf(examples)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
    const schema = await run(["schema"], repo);
    expect(schema.code, schema.stderr).toBe(0);

    const check = await run(["check", "--format", "json"], repo);
    const problems = JSON.parse(check.stdout) as { severity: string; rule: string; file: string }[];
    expect(problems.map((p) => `${p.file}: ${p.severity} [${p.rule}]`)).toEqual([]);
    expect(check.code, check.stderr).toBe(0);

    const build = await run(["build", "2023-11", "-f", "md,docx,pdf"], repo);
    expect(build.stderr).not.toMatch(/: (error|warning): /);
    expect(build.code, build.stderr).toBe(0);
    const md = readFileSync(join(repo, "out", "2023-11", "monthly.md"), "utf8");
    // Text of each example file reaches the report.
    expect(md).toContain("Tổ chức 05 hội đồng tư vấn tuyển chọn nhiệm vụ KH&CN.");
    expect(md).toContain("Tiếp tục quản lý, theo dõi 45 nhiệm vụ KH&CN");
    expect(md).toContain("Kiểm định được 487 PTĐ, đạt 104% so với kế hoạch (487/470).");
    expect(md).toContain("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,66% (kế hoạch 98%).");
    expect(md).toContain("Số: 12/BC-SKHCN");
    expect(md).toContain("**Nguyễn Văn A**"); // the report file's `signer: gd`
    // The section with `landscape: true` (Tables, appendices and figures) is marked so.
    expect(md).toMatch(/<!-- landscape -->\n\n#+ .*BIỂU TỔNG HỢP NHIỆM VỤ KH&CN\n[^]*?<!-- \/landscape -->/);
    for (const ext of ["docx", "pdf"]) {
      expect(readFileSync(join(repo, "out", "2023-11", `monthly.${ext}`)).length).toBeGreaterThan(1000);
    }
  });
});
