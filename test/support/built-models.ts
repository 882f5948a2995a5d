/**
 * Every report model the repository can build: each period of each example under examples/, and
 * each golden case under test/fixtures that builds (args `build …`, exit code 0).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hasErrors } from "../../src/diagnostics/diagnostic.js";
import type { ReportModel } from "../../src/model/report.js";
import { buildModels } from "../../src/pipeline.js";
import { nodeWorld } from "../../src/world.js";
import { caseNames, FIXTURES, materialiseCase } from "./fixture-repo.js";

export interface BuiltModel {
  /** "examples/cao-bang 2023-11 monthly", "fixtures/ok-minimal 2023-11 monthly". */
  name: string;
  model: ReportModel;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function build(name: string, dir: string, periods: string[]): Promise<BuiltModel[]> {
  const { models, diagnostics } = await buildModels({ periods }, nodeWorld(dir));
  if (hasErrors(diagnostics))
    throw new Error(`${name} does not build: ${JSON.stringify(diagnostics.filter((d) => d.severity === "error"))}`);
  return models.map((model) => ({ name: `${name} ${model.meta.period} ${model.meta.kind}`, model }));
}

export async function exampleModels(): Promise<BuiltModel[]> {
  const out: BuiltModel[] = [];
  for (const example of readdirSync(join(ROOT, "examples")).sort()) {
    const dir = join(ROOT, "examples", example);
    out.push(...(await build(`examples/${example}`, dir, readdirSync(join(dir, "reports")).sort())));
  }
  return out;
}

export async function goldenModels(): Promise<BuiltModel[]> {
  const out: BuiltModel[] = [];
  for (const name of caseNames()) {
    const args = join(FIXTURES, name, "args");
    const code = join(FIXTURES, name, "expected", "exit-code");
    if (!existsSync(code) || readFileSync(code, "utf8").trim() !== "0") continue;
    const [command, ...rest] = readFileSync(args, "utf8").trim().split(/\s+/);
    if (command !== "build") continue;
    const firstOption = rest.findIndex((a) => a.startsWith("-"));
    const periods = firstOption < 0 ? rest : rest.slice(0, firstOption);
    const repo = mkdtempSync(join(tmpdir(), `bcreport-${name}-`));
    try {
      materialiseCase(name, repo);
      out.push(...(await build(`fixtures/${name}`, repo, periods)));
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }
  return out;
}
