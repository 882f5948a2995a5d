/** `grouped-number`: which values the schema check flags, and which it leaves as YAML reads them. */
import { describe, expect, it } from "vitest";
import { checkSchema, type SchemaName } from "../src/validate/schema-check.js";
import { parseYaml } from "../src/yaml/parse-yaml.js";

function problems(name: SchemaName, text: string) {
  const { yaml, data } = parseYaml("f.yaml", text);
  return checkSchema(name, data, yaml!).map((d) => `${d.line}:${d.column} ${d.rule} ${d.hint ?? ""}`.trim());
}

const fragment = (metric: string) => `unit: vp\nsection: tham-muu\nmetrics:\n  - { label: Hồ sơ, ${metric} }\n`;

describe("grouped numbers in the schema check", () => {
  it("flags a metric typed with dots between thousands, at the value", () => {
    expect(problems("fragment", fragment("actual: 3.517, plan: 12.000"))).toEqual([
      "4:29 grouped-number write `actual: 3517` (no dot between thousands); if 3.517 is meant, write `actual: 3.5170`",
      "4:42 grouped-number write `plan: 12000` (no dot between thousands); if 12 is meant, write `plan: 12`",
    ]);
  });

  it("says it instead of the schema's type error for a number YAML reads as text", () => {
    expect(problems("fragment", fragment("actual: 1.234.567"))).toEqual([
      "4:29 grouped-number write `actual: 1234567`",
    ]);
  });

  it("keeps genuine decimals", () => {
    expect(problems("fragment", fragment("actual: 3.5, plan: 97.25"))).toEqual([]);
    expect(problems("fragment", fragment("actual: 0.750, plan: 1234.567"))).toEqual([]);
  });

  it("leaves a quoted text and a text field to the schema", () => {
    expect(problems("fragment", fragment('actual: "3.000"'))).toEqual(["4:29 schema"]);
    expect(problems("fragment", "unit: 3.000\nsection: tham-muu\nbody: x\n")).toEqual(["1:7 schema"]);
  });

  it("keeps a layout decimal whose whole-number reading is out of range", () => {
    expect(problems("bcreport", "layout:\n  lineSpacing: 1.250\n  margins: { top: 20.000 }\n")).not.toContainEqual(
      expect.stringContaining("grouped-number"),
    );
  });

  it("flags a report number, without offering the decimal it cannot be", () => {
    expect(problems("report", "number: 1.200\n")).toEqual(["1:9 grouped-number write `number: 1200`"]);
    // A text `number` must be digits: the schema's pattern rejects the dots, and the hint says what to type.
    expect(problems("report", "number: 1.234.567\n")).toEqual(["1:9 grouped-number write `number: 1234567`"]);
  });
});
