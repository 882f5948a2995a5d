/**
 * `bcreport new <next period>` seeds each unit's fragments with last period's planned tasks under
 * `carried:` with no status: until a unit sets one, the build warns and prints nothing for the
 * task (no made-up "đang thực hiện"); once statuses are set, the report states the completion rate.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { runMain } from "./support/run-main.js";

const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang", import.meta.url));

const run = (args: string[], dir: string) => runMain([...args, "-C", dir], dir);

it("new 2024-01 carries the December tasks into January's stubs, and the build passes the carry-over check", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bcreport-carry-"));
  try {
    cpSync(EXAMPLE, dir, { recursive: true });
    rmSync(join(dir, "out"), { recursive: true, force: true });
    expect((await run(["new", "2024-01"], dir)).code).toBe(0);
    const folder = join(dir, "reports/2024-01/monthly");
    const withCarried = readdirSync(folder).filter((f) => readFileSync(join(folder, f), "utf8").includes("carried:"));
    expect(withCarried.length).toBeGreaterThan(0);
    const december = readFileSync(join(dir, "reports/2023-12/monthly/qlkh.nhiem-vu.yaml"), "utf8");
    const firstTask = /tasks:\n\s+- (.+)/.exec(december)?.[1]?.replace(/^["']|["']$/g, "");
    expect(firstTask).toBeTruthy();
    expect(withCarried.map((f) => readFileSync(join(folder, f), "utf8")).join("\n")).toContain(firstTask!.slice(0, 30));
    const untouched = await run(["build", "2024-01", "--format", "md"], dir);
    expect(untouched.stderr).not.toMatch(/carried-task-dropped/);
    expect(untouched.stderr).toMatch(/carried-status-unset/);
    expect(untouched.code).toBe(0);
    const blank = readFileSync(join(dir, "out/2024-01/monthly.md"), "utf8");
    expect(blank).not.toMatch(/đang thực hiện|hoàn thành \d+\/\d+ nhiệm vụ/);
    // The units set their statuses.
    for (const f of withCarried) {
      const path = join(folder, f);
      writeFileSync(path, readFileSync(path, "utf8").replace(/status: #.*$/gm, "status: done"));
    }
    const built = await run(["build", "2024-01", "--format", "md"], dir);
    expect(built.stderr).not.toMatch(/carried-status-unset/);
    expect(built.code).toBe(0);
    expect(readFileSync(join(dir, "out/2024-01/monthly.md"), "utf8")).toMatch(
      /hoàn thành (\d+)\/\1 nhiệm vụ \(đạt 100%\)/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("new puts a unit's carried tasks in the section marked `carried: true` that it writes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bcreport-carry-"));
  try {
    cpSync(EXAMPLE, dir, { recursive: true });
    rmSync(join(dir, "out"), { recursive: true, force: true });
    const config = join(dir, "bcreport.yaml");
    const text = readFileSync(config, "utf8");
    const marked = text.replace(/(- id: quan-ly-nhiem-vu\n(\s+))/, "$1carried: true\n$2");
    expect(marked).not.toBe(text);
    writeFileSync(config, marked);
    expect((await run(["new", "2024-01"], dir)).code).toBe(0);
    const folder = join(dir, "reports/2024-01/monthly");
    const read = (f: string) => readFileSync(join(folder, f), "utf8");
    // qlkh writes dat-duoc and tham-muu first; without the mark its tasks would go into dat-duoc.
    expect(read("qlkh.quan-ly-nhiem-vu.yaml")).toContain("carried:");
    expect(read("qlkh.dat-duoc.yaml")).not.toContain("carried:");
    // tdc does not write the marked section: its first section, as before.
    expect(read("tdc.tieu-chuan-do-luong.yaml")).toContain("carried:");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
