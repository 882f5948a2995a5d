/**
 * `status --due`: which periods are due around a date (the window rule of src/commands/due-periods.ts),
 * and the scheduled CI job's own command line watching a quarterly-only repository — which the
 * former `status --strict "$(date +%Y-%m)"` never did (no month names a quarter).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DAYS_AFTER_DUE, duePeriods } from "../src/commands/due-periods.js";
import { GITHUB_WORKFLOW, GITLAB_CI } from "../src/commands/init-ci-files.js";
import { loadConfig } from "../src/validate/load-config.js";
import { memoryWorld } from "../src/world.js";
import { runMain } from "./support/run-main.js";

const kind = (id: string, fields: string) => `
  ${id}:
${fields}
    drafter: vp
    signer: gd
    title: Báo cáo {{period.name}}
    outline:
      - { id: a, title: A, units: [vp] }`;

function config(kinds: string) {
  const yaml = `agency: { name: Sở X, code: SX, place: Cao Bằng }
units: [{ id: vp, name: Văn phòng, code: VP }]
signers: [{ id: gd, title: GIÁM ĐỐC, name: Nguyễn Văn A }]
kinds:${kinds}
`;
  const { config, diagnostics } = loadConfig(memoryWorld({ "bcreport.yaml": yaml }));
  expect(diagnostics).toEqual([]);
  return config!;
}

const due = (kinds: string, date: string) =>
  duePeriods(config(kinds), date).map((d) => `${d.period.id} ${d.kind.id} ${d.from}…${d.due}…${d.to}`);

describe("the periods due around a date", () => {
  const quarterly = kind("quy", "    periods: [quarter]\n    deadline: 20");
  it("a quarter is due from its data cut-off in its last month to a week after its deadline", () => {
    expect(DAYS_AFTER_DUE).toBe(7);
    expect(due(quarterly, "2024-03-14")).toEqual([]);
    expect(due(quarterly, "2024-03-15")).toEqual(["2024-Q1 quy 2024-03-15…2024-03-20…2024-03-27"]);
    expect(due(quarterly, "2024-03-27")).toEqual(["2024-Q1 quy 2024-03-15…2024-03-20…2024-03-27"]);
    expect(due(quarterly, "2024-03-28")).toEqual([]);
    // No quarter ends in April or May.
    expect(due(quarterly, "2024-04-20")).toEqual([]);
    expect(due(quarterly, "2024-06-20")).toEqual(["2024-Q2 quy 2024-06-15…2024-06-20…2024-06-27"]);
  });
  it("without a deadline a report is due on the period's last day, across the new year", () => {
    const yearly = kind("nam", "    periods: [year]");
    expect(due(yearly, "2024-12-14")).toEqual([]);
    expect(due(yearly, "2024-12-15")).toEqual(["2024 nam 2024-12-15…2024-12-31…2025-01-07"]);
    expect(due(yearly, "2025-01-07")).toEqual(["2024 nam 2024-12-15…2024-12-31…2025-01-07"]);
    expect(due(yearly, "2025-01-08")).toEqual([]);
  });
  it("follows the kind's cutoffDay, clamps a deadline to the month, and opens on a deadline before the cut-off", () => {
    expect(due(kind("thang", "    periods: [month]\n    deadline: 31\n    cutoffDay: 1"), "2024-02-08")).toEqual([
      "2024-02 thang 2024-02-01…2024-02-29…2024-03-07",
    ]);
    expect(due(kind("thang", "    periods: [month]\n    deadline: 10"), "2024-05-09")).toEqual([]);
    expect(due(kind("thang", "    periods: [month]\n    deadline: 10"), "2024-05-10")).toEqual([
      "2024-05 thang 2024-05-10…2024-05-10…2024-05-17",
    ]);
  });
  it("lists every kind and period type due, by due date, in the kinds' order", () => {
    const kinds =
      kind("thang", "    periods: [month]\n    deadline: 20") +
      kind("quy", "    periods: [quarter, half]\n    deadline: 18") +
      kind("nam", "    periods: [year, nine-months]");
    expect(due(kinds, "2024-06-19")).toEqual([
      "2024-Q2 quy 2024-06-15…2024-06-18…2024-06-25",
      "2024-H1 quy 2024-06-15…2024-06-18…2024-06-25",
      "2024-06 thang 2024-06-15…2024-06-20…2024-06-27",
    ]);
    expect(due(kinds, "2024-10-03")).toEqual(["2024-9M nam 2024-09-15…2024-09-30…2024-10-07"]);
  });
});

describe("the scheduled CI job", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** The status job's command of each CI file `init` writes, as arguments after the bin. */
  const jobs = () => {
    const gh = parse(GITHUB_WORKFLOW) as { jobs: { status: { steps: Array<{ run?: string }> } } };
    const gl = parse(GITLAB_CI) as { status: { script: string[] } };
    return [gh.jobs.status.steps.at(-1)!.run!, gl.status.script[0]!].map((line) => {
      expect(line.startsWith("./node_modules/.bin/bcreport ")).toBe(true);
      return line.split(" ").slice(1);
    });
  };
  const epoch = (date: string) => String(Date.parse(`${date}T01:00:00Z`) / 1000);

  it("watches a quarterly-only repository in the quarter's last month, and passes on other days", async () => {
    const repo = mkdtempSync(join(tmpdir(), "bcreport-status-due-"));
    dirs.push(repo);
    expect((await runMain(["init"], repo)).code).toBe(0);
    const yaml = join(repo, "bcreport.yaml");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace(/periods: \[month\]/, "periods: [quarter]"));
    expect((await runMain(["new", "2024-Q2"], repo)).code).toBe(0);
    for (const args of jobs()) {
      const during = await runMain(args, repo, { env: { SOURCE_DATE_EPOCH: epoch("2024-06-18") } });
      expect(during.stdout).toContain("2024-Q2 · monthly (Báo cáo tháng) — due 2024-06-20: 2 days left");
      expect(during.code).toBe(1);
      const before = await runMain(args, repo, { env: { SOURCE_DATE_EPOCH: epoch("2024-05-18") } });
      expect([before.code, before.stdout]).toEqual([0, expect.stringContaining("no report is due around 2024-05-18")]);
    }
  });
});
