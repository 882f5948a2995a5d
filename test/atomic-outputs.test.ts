/**
 * Atomic outputs: a build that dies at any point leaves each output either the old or the new
 * complete file, and the next complete build removes the temporary files a dead build left.
 *
 * A death is simulated in process, at every step where `bcreport build` changes a file under
 * out/: in the middle of writing a file (half of its bytes are on disk) or just before a rename.
 * From that moment on no file under out/ changes any more, as if the process had been killed.
 * Every step is tried, once each, so the test is deterministic (it replaces a test that killed
 * a child process after random delays and could miss every interesting moment).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/main.js";
import { BASE } from "./support/fixture-repo.js";

/** The simulated death: which changing step under `outDir` dies (counting from 0), and how many steps ran. */
const death = { outDir: "", at: Infinity, steps: 0, dead: false };

class Killed extends Error {}

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const underOut = (p: fs.PathLike) => death.outDir !== "" && String(p).startsWith(death.outDir);
  /** Runs `step` unless the process is dead; the step numbered `death.at` dies, after `partial` if given. */
  const step = (p: fs.PathLike, run: () => void, partial?: () => void) => {
    if (!underOut(p)) return run();
    if (death.dead) throw new Killed();
    if (death.steps++ === death.at) {
      partial?.();
      death.dead = true;
      throw new Killed();
    }
    return run();
  };
  const whenAlive = (p: fs.PathLike, run: () => void) => (underOut(p) && death.dead ? undefined : run());
  const mocked = {
    ...real,
    writeFileSync: (p: fs.PathOrFileDescriptor, data: Uint8Array | string, ...rest: []) =>
      step(
        p as fs.PathLike,
        () => real.writeFileSync(p, data, ...rest),
        () => real.writeFileSync(p, data.slice(0, data.length / 2)),
      ),
    renameSync: (from: fs.PathLike, to: fs.PathLike) => step(to, () => real.renameSync(from, to)),
    rmSync: (p: fs.PathLike, options?: fs.RmOptions) => whenAlive(p, () => real.rmSync(p, options)),
    unlinkSync: (p: fs.PathLike) => whenAlive(p, () => real.unlinkSync(p)),
  };
  return { ...mocked, default: mocked };
});

const FORMATS = "docx,pdf,json,md";
const temps: string[] = [];
afterAll(() => temps.forEach((t) => fs.rmSync(t, { recursive: true, force: true })));

function repo(): string {
  const d = fs.mkdtempSync(join(tmpdir(), "bcreport-atomic-"));
  temps.push(d);
  fs.cpSync(BASE, d, { recursive: true });
  return d;
}

async function build(d: string, dieAt = Infinity): Promise<number> {
  Object.assign(death, { outDir: join(d, "out") + sep, at: dieAt, steps: 0, dead: false });
  const io = { stdout: () => {}, stderr: () => {}, cwd: d, env: {}, isTTY: false };
  const code = await main(["build", "2023-11", "--format", FORMATS, "-q", "-C", d], io).catch(() => -1);
  death.outDir = "";
  return code;
}

const outputs = (d: string) =>
  Object.fromEntries(
    fs
      .readdirSync(join(d, "out/2023-11"))
      .sort()
      .map((f) => [f, fs.readFileSync(join(d, "out/2023-11", f))]),
  );

function change(d: string): void {
  const f = join(d, "reports/2023-11/monthly/vp.tham-muu.yaml");
  fs.writeFileSync(f, fs.readFileSync(f, "utf8").replace("Trình", "Đã trình"));
}

describe("atomic outputs", () => {
  it("a build killed at any step leaves each output either the old or the new complete file", async () => {
    const d = repo();
    expect(await build(d)).toBe(0);
    const before = outputs(d);
    const names = Object.keys(before);
    expect(names).toEqual(["monthly.docx", "monthly.json", "monthly.md", "monthly.pdf"]);

    // The new outputs, from a complete build of the changed inputs in a copy (builds are deterministic).
    const ref = repo();
    change(ref);
    expect(await build(ref)).toBe(0);
    const after = outputs(ref);
    const steps = death.steps;
    expect(steps, "a write and a rename per output").toBe(2 * names.length);
    for (const n of names) expect(after[n]!.equals(before[n]!), n).toBe(false);

    change(d);
    for (let at = 0; at < steps; at++) {
      await build(d, at);
      expect(death.dead, `step ${at} was reached`).toBe(true);
      const now = outputs(d);
      expect(
        Object.keys(now).filter((n) => !n.startsWith(".")),
        `killed at step ${at}`,
      ).toEqual(names);
      for (const n of names) {
        const ok = now[n]!.equals(before[n]!) || now[n]!.equals(after[n]!);
        expect(ok, `${n} killed at step ${at} is ${now[n]!.length} bytes: neither the old nor the new file`).toBe(true);
      }
    }

    // A complete build replaces everything and clears the temporary files a dead process left.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    const staleTemp = `.monthly.docx.${gone}.tmp`;
    const liveTemp = `.monthly.md.${process.ppid}.tmp`;
    for (const t of [staleTemp, liveTemp]) fs.writeFileSync(join(d, "out/2023-11", t), "partial");
    expect(await build(d)).toBe(0);
    const final = outputs(d);
    expect(Object.keys(final), "the dead process's temporary file is removed, a running one's kept").toEqual([
      liveTemp,
      ...names,
    ]);
    for (const n of names) expect(final[n]!.equals(after[n]!), n).toBe(true);
  });
});
