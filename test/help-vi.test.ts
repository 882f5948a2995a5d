/** `--help` in Vietnamese has no English word of commander's left: usage placeholders, argument names, titles. */
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { runMain } from "./support/run-main.js";
import { CATALOGUE } from "../src/messages/catalogue/index.js";
import { OUTPUT_FORMATS } from "../src/writers/registry.js";

const COMMANDS = ["", "build", "check", "status", "new", "init", "codeowners", "diff", "schema", "preview"];

/** `[options]`, `<dir>`, `[periods...]`: placeholders still written in ASCII, i.e. in English. */
const englishPlaceholders = (text: string) => [...text.matchAll(/[<[]([a-z][a-z-]*)(\.\.\.)?[>\]]/g)].map((m) => m[0]);

describe("--help in Vietnamese", () => {
  for (const command of COMMANDS)
    it(`bcreport ${command} --help`, async () => {
      const args = [...(command ? [command] : []), "--help", "--lang", "vi"];
      const { code, stdout } = await runMain(args, tmpdir());
      expect(code).toBe(0);
      expect(englishPlaceholders(stdout)).toEqual([]);
      expect(stdout).not.toMatch(/\b(Usage|Options|Commands|Arguments|default|choices|options|command)\b/);
      // The argument list names each argument in Vietnamese too.
      expect(stdout).not.toMatch(/^ {2}(periods?|targets|dir|rev-[ab])\s/m);
    });

  it("English keeps commander's words", async () => {
    const { stdout } = await runMain(["diff", "--help", "--lang", "en"], tmpdir());
    expect(stdout).toContain("Usage: bcreport diff [options] <rev-a> <rev-b> [period]");
  });

  it("a missing argument is named as in the help", async () => {
    const { code, stderr } = await runMain(["new", "--lang", "vi"], tmpdir());
    expect(code).toBe(2);
    expect(stderr).toContain("thiếu tham số bắt buộc 'kỳ'");
  });

  it("every output format has its summary for `build --format` in the catalogue", () => {
    for (const f of OUTPUT_FORMATS) expect(CATALOGUE[`cli.build.format.${f}`], f).toBeDefined();
  });
});
