/**
 * Per-repository schemas (`bcreport schema`): what they hold, that ajv compiles them in strict
 * mode, that `check` notices when bcreport.yaml has moved on, and that the example's are current.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import { EDITOR_KEYWORDS } from "../src/validate/editor-keywords.js";
import { runMain } from "./support/run-main.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const run = runMain;

function copyOfBase(): string {
  const d = mkdtempSync(join(tmpdir(), "bcreport-schemas-"));
  dirs.push(d);
  cpSync(join(root, "test/fixtures/_base"), d, { recursive: true });
  return d;
}

/** The parts of a written schema the tests look at. */
interface SchemaFile {
  $id?: string;
  properties: Record<"unit" | "section" | "signer", { enum: string[]; markdownEnumDescriptions?: string[] }>;
}
const json = (repo: string, file: string) =>
  JSON.parse(readFileSync(join(repo, "schemas", file), "utf8")) as SchemaFile;

/** ajv with its default (strict) options; union types are allowed because `number` is a number or a text. */
function strictAjv(warnings: string[]) {
  const ajv = new Ajv({
    allErrors: true,
    allowUnionTypes: true,
    logger: { log() {}, warn: (m: string) => void warnings.push(m), error: (m: string) => void warnings.push(m) },
  });
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  return ajv;
}

describe("bcreport schema", () => {
  it("writes the repository's ids as enums, and says so when there is nothing to do", async () => {
    const repo = copyOfBase();
    const first = await run(["schema"], repo);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("wrote schemas/fragment.monthly.schema.json");
    const fragment = json(repo, "fragment.monthly.schema.json");
    expect(fragment.properties.unit.enum).toEqual(["vp", "qlkh"]);
    expect(fragment.properties.unit.markdownEnumDescriptions).toEqual(["Văn phòng", "Phòng Quản lý khoa học"]);
    expect(fragment.properties.section.enum).toEqual(["tham-muu", "quan-ly", "nhiem-vu"]);
    expect(fragment.$id).toBeUndefined();
    expect(json(repo, "report.schema.json").properties.signer.enum).toEqual(["pgd"]);
    const again = await run(["schema"], repo);
    expect(again.stdout).toContain("schemas/ is up to date with bcreport.yaml");
    expect(again.stdout).not.toContain("wrote");
  });

  it("compiles with ajv in strict mode, the package's schemas and a repository's", async () => {
    const repo = copyOfBase();
    await run(["schema"], repo);
    const warnings: string[] = [];
    const ajv = strictAjv(warnings);
    for (const f of ["bcreport", "report", "fragment.monthly"])
      expect(() => ajv.compile(json(repo, `${f}.schema.json`)), f).not.toThrow();
    const pkg = strictAjv(warnings);
    pkg.addSchema(JSON.parse(readFileSync(join(root, "schemas/bcreport.schema.json"), "utf8")), "bcreport.schema.json");
    for (const f of ["report", "fragment"])
      expect(
        () => pkg.compile(JSON.parse(readFileSync(join(root, `schemas/${f}.schema.json`), "utf8"))),
        f,
      ).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it("validates as the build does: a not-done task without a reason, an unknown unit", async () => {
    const repo = copyOfBase();
    await run(["schema"], repo);
    const validate = strictAjv([]).compile(json(repo, "fragment.monthly.schema.json"));
    expect(validate({ unit: "qlkh", section: "quan-ly", body: "x" })).toBe(true);
    expect(validate({ unit: "vpp", section: "quan-ly", body: "x" })).toBe(false);
    expect(validate({ unit: "vp", section: "quan-ly", body: "x" })).toBe(false);
    expect(validate({ unit: "qlkh", section: "quan-ly", carried: [{ task: "A", status: "not-done" }] })).toBe(false);
    expect(
      validate({ unit: "qlkh", section: "quan-ly", carried: [{ task: "A", status: "not-done", reason: "B" }] }),
    ).toBe(true);
  });

  it("is checked against bcreport.yaml by `check`, which says how to bring it up to date", async () => {
    const repo = copyOfBase();
    await run(["schema"], repo);
    expect((await run(["check"], repo)).stderr).not.toContain("schemas-outdated");
    const config = join(repo, "bcreport.yaml");
    writeFileSync(
      config,
      readFileSync(config, "utf8").replace("units:\n", "units:\n  - { id: tt, name: Thanh tra, code: TTr }\n"),
    );
    const stale = await run(["check"], repo);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toContain("warning: expected `schemas/` to match bcreport.yaml");
    expect(stale.stderr).toContain("`schemas/fragment.monthly.schema.json`");
    expect(stale.stderr).toContain("hint: run `bcreport schema`");
    expect((await run(["check", "--strict"], repo)).code).toBe(1);
    await run(["schema"], repo);
    expect((await run(["check"], repo)).stderr).not.toContain("schemas-outdated");
  });

  it("says nothing in a repository that does not use per-repository schemas", async () => {
    const repo = copyOfBase();
    expect((await run(["check"], repo)).stderr).not.toContain("schemas-outdated");
  });

  it("is current in the bundled example", async () => {
    const result = await run(["check", "2023-12"], join(root, "examples/cao-bang"));
    expect(result.stderr).not.toContain("schemas-outdated");
  });
});
