/**
 * One run reports every problem of every file: a fragment with a fatal problem is dropped on its
 * own, and every other file still goes through every stage (issue 12). One fragment of each kind
 * of fatal problem, in one repository, in memory.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checkReports } from "../src/commands/check.js";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { compile } from "../src/pipeline.js";
import { memoryWorld } from "../src/world.js";
import { listFiles, materialiseCase } from "./support/fixture-repo.js";

/** The golden case with two months of a report, where December drops a task planned in November. */
const dir = mkdtempSync(join(tmpdir(), "bcreport-all-problems-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
materialiseCase("carry-dropped-task", dir);
const BASE: Record<string, Uint8Array> = Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f))]));

const DIR = "reports/2023-12/monthly";
const world = () =>
  memoryWorld({
    ...BASE,
    // Unknown unit.
    [`${DIR}/qlk.tham-muu.yaml`]: "unit: qlk\nsection: tham-muu\nbody: Văn bản của đơn vị.\n",
    // Schema error: `tasks` must be a list.
    [`${DIR}/qlkh.nhiem-vu.yaml`]: "unit: qlkh\nsection: nhiem-vu\ntasks: Một nhiệm vụ\n",
    // Markdown error: a heading typed in a body (this unit also dropped a planned task).
    [`${DIR}/vp.tham-muu.yaml`]:
      "unit: vp\nsection: tham-muu\nbody: |\n  # Tiêu đề\n\n  Trình UBND tỉnh các văn bản.\n",
    // Unknown footnote.
    [`${DIR}/qlkh.tham-muu.yaml`]: "unit: qlkh\nsection: tham-muu\nbody: Có chú thích[^x].\n",
  });

const EXPECTED: Array<[file: string, rule: string, line: number]> = [
  [`${DIR}/qlk.tham-muu.yaml`, "unknown-unit", 1],
  [`${DIR}/qlkh.nhiem-vu.yaml`, "schema", 3],
  [`${DIR}/vp.tham-muu.yaml`, "heading-in-fragment", 4],
  [`${DIR}/qlkh.tham-muu.yaml`, "footnote-undefined", 3],
  [`${DIR}/qlkh.quan-ly.yaml`, "carried-task-dropped", 5],
  [`${DIR}/vp.tham-muu.yaml`, "carried-task-dropped", 1],
];

const errors = (list: Diagnostic[]) => list.filter((d) => d.severity === "error").map((d) => [d.file, d.rule, d.line]);

describe("every problem of every file in one run", () => {
  test("check", async () => {
    const r = await checkReports(world(), { periods: ["2023-12"] });
    expect(errors(r.diagnostics)).toEqual(expect.arrayContaining(EXPECTED));
    expect(errors(r.diagnostics)).toHaveLength(EXPECTED.length);
  });

  test("compile: the same problems, and nothing is written", async () => {
    const r = await compile({ periods: ["2023-12"], formats: ["json"] }, world());
    expect(errors(r.diagnostics)).toEqual(expect.arrayContaining(EXPECTED));
    expect(errors(r.diagnostics)).toHaveLength(EXPECTED.length);
    expect(r.outputs).toEqual([]);
  });
});
