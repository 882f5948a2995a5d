/** What `bcreport new` writes into a stub: rendered section titles, and repository-relative `$schema` lines. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { planNewPeriod } from "../src/commands/new-period.js";
import { memoryWorld } from "../src/world.js";

const config = readFileSync(join(import.meta.dirname, "fixtures", "_base", "bcreport.yaml"), "utf8");

it("stub comments show the title as printed, not its template", () => {
  const { plan } = planNewPeriod(memoryWorld({ "bcreport.yaml": config }, {}), "2023-12");
  const stub = plan!.files.find((f) => f.path === "reports/2023-12/monthly/vp.nhiem-vu.yaml")!.text;
  expect(stub).toContain("writes section `nhiem-vu`: Nhiệm vụ tháng 01 năm 2024");
  expect(stub).not.toContain("{{");
  expect(stub.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../schemas/fragment.monthly.schema.json");
});
