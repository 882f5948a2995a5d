/** What `bcreport new` writes into a stub: rendered section titles, and repository-relative `$schema` lines. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { planNewPeriod } from "../src/commands/new-period.js";
import { parse } from "yaml";
import { memoryWorld, nodeWorld } from "../src/world.js";
import { runMain } from "./support/run-main.js";

const config = readFileSync(join(import.meta.dirname, "fixtures", "_base", "bcreport.yaml"), "utf8");

it("stub comments show the title as printed, not its template", () => {
  const { plan } = planNewPeriod(memoryWorld({ "bcreport.yaml": config }, {}), "2023-12");
  const stub = plan!.files.find((f) => f.path === "reports/2023-12/monthly/vp.nhiem-vu.yaml")!.text;
  expect(stub).toContain("writes section `nhiem-vu`: Nhiệm vụ tháng 01 năm 2024");
  expect(stub).not.toContain("{{");
  expect(stub.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../schemas/fragment.monthly.schema.json");
});

it("stub and report comments follow the repository's language; a stub with carried tasks says to keep it", () => {
  const vi = planNewPeriod(memoryWorld({ "bcreport.yaml": config }, {}), "2023-12", undefined, "vi").plan!;
  const stub = vi.files.find((f) => f.path === "reports/2023-12/monthly/vp.tham-muu.yaml")!.text;
  expect(stub).toContain("# Văn phòng (vp) viết mục `tham-muu`: Công tác tham mưu");
  expect(stub).toContain("Nếu đơn vị không có nội dung để báo cáo thì xóa tệp này.");
  expect(stub.normalize("NFC")).toBe(stub);
  const comments = (text: string) => text.split("\n").filter((l) => l.startsWith("# ") && !l.includes("$schema"));
  // Not one English sentence left: each comment line has Vietnamese letters or is Markdown/YAML of the example.
  for (const l of comments(stub)) expect(l).not.toMatch(/\b(the|file|write|while|section|delete)\b/i);
  const report = vi.files.find((f) => f.path === "reports/2023-12/monthly.yaml")!.text;
  for (const l of comments(report).slice(1)) expect(l).not.toMatch(/\b(the|field|when|leave)\b/i);
  const en = planNewPeriod(memoryWorld({ "bcreport.yaml": config }, {}), "2023-12").plan!;
  expect(en.files.find((f) => f.path === "reports/2023-12/monthly/vp.tham-muu.yaml")!.text).toContain(
    "Delete the file if the unit has nothing to report.",
  );
});

it("a stub holding last period's tasks tells to keep it and set their status, in the repository's language", () => {
  const example = join(import.meta.dirname, "..", "examples", "cao-bang");
  for (const lang of ["en", "vi"] as const) {
    const { plan } = planNewPeriod(nodeWorld(example), "2023-12", undefined, lang);
    const stubs = plan!.files.filter((f) => !f.exists && f.text.includes("carried:"));
    expect(stubs.length, lang).toBeGreaterThan(0);
    for (const s of stubs) {
      expect(s.text, s.path).toContain("carried-task-dropped");
      expect(s.text, s.path).not.toMatch(/Delete the file|xóa tệp này\./);
      const data = parse(s.text) as { carried: Array<{ status: unknown }> };
      expect(data.carried.every((c) => c.status === null)).toBe(true);
      if (lang === "vi") expect(s.text).toContain("# done (đã xong) | in-progress");
    }
  }
});

it("`new` writes the repository's language (`lang:` of bcreport.yaml) even when the run speaks another", async () => {
  const repo = mkdtempSync(join(tmpdir(), "bcreport-new-lang-"));
  try {
    writeFileSync(join(repo, "bcreport.yaml"), `lang: vi\n${config}`);
    const { code, stdout } = await runMain(["new", "2023-12", "--lang", "en", "-C", repo], repo);
    expect(code).toBe(0);
    expect(stdout).toContain("created reports/2023-12/monthly/vp.tham-muu.yaml"); // the run speaks English
    const stub = readFileSync(join(repo, "reports/2023-12/monthly/vp.tham-muu.yaml"), "utf8");
    expect(stub).toContain("# Văn phòng (vp) viết mục `tham-muu`");
    writeFileSync(join(repo, "bcreport.yaml"), config);
    await runMain(["new", "2024-01", "--lang", "vi", "-C", repo], repo);
    expect(readFileSync(join(repo, "reports/2024-01/monthly/vp.tham-muu.yaml"), "utf8")).toContain("viết mục");
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});
