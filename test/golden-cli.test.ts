/**
 * Golden CLI cases: one folder per behaviour under test/fixtures/<case>/ with
 *   args            the command line (one line; the repository is passed with -C)
 *   input/, remove-from-base   (optional) how the case's repository differs from test/fixtures/_base
 *   expected/stdout, expected/stderr, expected/exit-code
 *   expected/out/   (optional) files the command must write: JSON and Markdown as text; a DOCX as
 *                   `<name>.docx/word/document.xml` and `footnotes.xml`, pretty-printed (test/support/docx-golden.ts)
 *   env             (optional) environment variables, one NAME=value a line
 *   cwd             (optional) a folder of input/ to run in, without -C (finds the repository like git)
 *   pdf-text        (optional, empty) also pin each PDF's text as `<name>.pdf.txt`, one line per printed line
 * Run with UPDATE_GOLDEN=1 to rewrite the expectations; review the diff like code.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docxGoldenParts } from "./support/docx-golden.js";
import { pdfLines } from "./support/pdf-lines.js";
import { baseOf, caseNames, FIXTURES as root, listFiles as files, materialiseCase } from "./support/fixture-repo.js";
import { runMain } from "./support/run-main.js";

const update = process.env["UPDATE_GOLDEN"] === "1";

async function runCase(name: string) {
  const caseDir = join(root, name);
  const repo = mkdtempSync(join(tmpdir(), `bcreport-${name}-`));
  materialiseCase(name, repo);
  const args = readFileSync(join(caseDir, "args"), "utf8").trim().split(/\s+/);
  const opt = (f: string) => (existsSync(join(caseDir, f)) ? readFileSync(join(caseDir, f), "utf8").trim() : undefined);
  const env = Object.fromEntries(
    (opt("env") ?? "")
      .split("\n")
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  const cwd = opt("cwd");
  const { code, stdout, stderr } = await runMain(
    cwd === undefined ? [...args, "-C", repo] : args,
    cwd === undefined ? repo : join(repo, cwd),
    { env },
  );
  const clean = (s: string) => s.split(repo).join("<repo>");
  const out = join(repo, "out");
  const produced = files(out).map((f) => [f, readFileSync(join(out, f))] as const);
  rmSync(repo, { recursive: true, force: true });
  return { code, stdout: clean(stdout), stderr: clean(stderr), produced };
}

/** The golden files of one output: JSON and Markdown as they are, a DOCX as its pretty-printed main XML parts. */
async function goldenFiles(path: string, data: Buffer, pdfText: boolean): Promise<[string, string][]> {
  if (/\.(json|md)$/.test(path)) return [[path, data.toString("utf8")]];
  if (path.endsWith(".docx")) return docxGoldenParts(data).map(([part, xml]) => [`${path}/${part}`, xml]);
  if (path.endsWith(".pdf") && pdfText) return [[`${path}.txt`, await pdfLines(data)]];
  return [];
}

const cases = caseNames();

describe("golden CLI cases", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThan(10));
  it("overlays hold only what differs from the base", () => {
    const repeated = cases.flatMap((name) =>
      files(join(root, name, "input"))
        .filter((f) => existsSync(join(baseOf(name), f)))
        .filter((f) => readFileSync(join(root, name, "input", f)).equals(readFileSync(join(baseOf(name), f))))
        .map((f) => `${name}/input/${f}`),
    );
    expect(repeated, "delete these files: the base provides them").toEqual([]);
  });
  for (const name of cases) {
    it(name, async () => {
      const r = await runCase(name);
      const exp = join(root, name, "expected");
      const pdfText = existsSync(join(root, name, "pdf-text"));
      const textOut = (await Promise.all(r.produced.map(([f, data]) => goldenFiles(f, data, pdfText)))).flat();
      if (update) {
        rmSync(exp, { recursive: true, force: true });
        mkdirSync(exp, { recursive: true });
        writeFileSync(join(exp, "stdout"), r.stdout);
        writeFileSync(join(exp, "stderr"), r.stderr);
        writeFileSync(join(exp, "exit-code"), `${r.code}\n`);
        for (const [f, text] of textOut) {
          mkdirSync(join(exp, "out", f, ".."), { recursive: true });
          writeFileSync(join(exp, "out", f), text);
        }
        return;
      }
      expect(r.stderr).toBe(readFileSync(join(exp, "stderr"), "utf8"));
      expect(r.stdout).toBe(readFileSync(join(exp, "stdout"), "utf8"));
      expect(r.code).toBe(Number(readFileSync(join(exp, "exit-code"), "utf8")));
      if (r.code !== 0) expect(r.produced, "a failed build must not write anything").toEqual([]);
      const expectedOut = files(join(exp, "out"));
      expect(textOut.map(([f]) => f)).toEqual(expectedOut);
      for (const [f, text] of textOut) expect(text, f).toBe(readFileSync(join(exp, "out", f), "utf8"));
    });
  }
});
