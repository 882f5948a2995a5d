import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { nodeWorld } from "../src/world.js";
import { loadConfig } from "../src/validate/load-config.js";
import { normalizeTask } from "../src/validate/carry-over.js";
import { seedCarryOver } from "../src/commands/seed-carry-over.js";
import { completionSentence, completionOf } from "../src/figures/completion.js";
import { metricSentence } from "../src/merge/metric-blocks.js";

const example = new URL("../examples/cao-bang", import.meta.url).pathname;

describe("carry-over", () => {
  it("seeds each unit's carried tasks from the previous period", () => {
    const world = nodeWorld(example);
    const { config } = loadConfig(world);
    const seeds = seedCarryOver(world, config!, "2023-12").get("monthly")!;
    expect([...seeds.keys()].sort()).toEqual(["cnsht", "qlkh", "tdc", "tt", "ungdung", "vp"]);
    const qlkh = parse(seeds.get("qlkh")!) as { carried: Array<{ task: string; status: string }> };
    expect(qlkh.carried).toHaveLength(2);
    expect(qlkh.carried[0]!.status).toBeNull();
    expect(seedCarryOver(world, config!, "2023-11").get("monthly")).toBeUndefined(); // 2023-10 has no monthly report
  });
  it("matches texts ignoring case, spacing and final punctuation", () => {
    expect(normalizeTask("  Tổ chức  hội đồng.")).toBe(normalizeTask("tổ chức hội đồng"));
  });
  it("phrases the completion rate and metrics", () => {
    expect(completionSentence(completionOf([{ status: "done" }, ...Array(4).fill({ status: "in-progress" })]))).toBe(
      "hoàn thành 1/5 nhiệm vụ (đạt 20%)",
    );
    expect(metricSentence({ label: "Kiểm định được", actual: 487, plan: 470, unit: "PTĐ" })).toBe(
      "Kiểm định được 487 PTĐ, đạt 104% so với kế hoạch (487/470).",
    );
    expect(metricSentence({ label: "Thu được", actual: 12500 })).toBe("Thu được 12.500.");
  });
  it('phrases a rate metric (`unit: "%"`) against its plan, with no space before %', () => {
    const rate = { label: "Tỷ lệ hồ sơ giải quyết đúng hạn đạt", actual: 99.66, unit: "%" };
    expect(metricSentence({ ...rate, plan: 98 })).toBe("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,66% (kế hoạch 98%).");
    expect(metricSentence(rate)).toBe("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,66%.");
    expect(metricSentence({ ...rate, actual: 97.5, plan: 100, unit: " % " })).toBe(
      "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5% (kế hoạch 100%).",
    );
    // Any other unit keeps its space and the comparison with the plan.
    expect(metricSentence({ label: "Giải ngân", actual: 1.5, plan: 2, unit: "tỷ đồng" })).toBe(
      "Giải ngân 1,5 tỷ đồng, đạt 75% so với kế hoạch (1,5/2).",
    );
  });
});
