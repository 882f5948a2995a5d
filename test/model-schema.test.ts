/**
 * schemas/report-model.schema.json describes what `build --format json` prints: the model of
 * every example period and every golden case validates against it, and so does the hand-built
 * sample model of the writer tests.
 */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { MODEL_VERSION, type ReportModel } from "../src/model/report.js";
import { WRITERS, writeContext } from "../src/writers/registry.js";
import { type BuiltModel, exampleModels, goldenModels } from "./support/built-models.js";
import { sampleModel } from "./support/sample-model.js";

const schema = JSON.parse(readFileSync(new URL("../schemas/report-model.schema.json", import.meta.url), "utf8"));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** The model exactly as `--format json` prints it, read back. */
async function printed(model: ReportModel): Promise<unknown> {
  const r = await WRITERS.json.write(model, writeContext(model, {}));
  if (!r.data) throw new Error("the JSON writer failed");
  return JSON.parse(new TextDecoder().decode(r.data));
}

function problems(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

let built: BuiltModel[] = [];
beforeAll(async () => {
  built = [...(await exampleModels()), ...(await goldenModels())];
});

describe("report model JSON Schema", () => {
  it("names the model version the code writes", () => {
    expect(schema.properties.modelVersion.const).toBe(MODEL_VERSION);
  });

  it("covers the examples and the golden cases", () => {
    expect(built.filter((b) => b.name.startsWith("examples/")).length).toBeGreaterThanOrEqual(3);
    expect(built.filter((b) => b.name.startsWith("fixtures/")).length).toBeGreaterThanOrEqual(10);
  });

  it("accepts the JSON output of every example period and golden case", async () => {
    for (const { name, model } of built) expect(problems(await printed(model)), name).toEqual([]);
  });

  it("accepts the sample model of the writer tests", async () => {
    expect(problems(await printed(sampleModel()))).toEqual([]);
  });

  it("rejects what the model does not have: an inline discriminated by `kind`, a list item without marker", () => {
    const model = JSON.parse(JSON.stringify(sampleModel()));
    model.preamble[0].content[0] = { kind: "text", text: "x" };
    expect(problems(model).length).toBeGreaterThan(0);
    const other = JSON.parse(JSON.stringify(sampleModel()));
    const list = other.body.find((b: { type: string }) => b.type === "list");
    delete list.items[0].marker;
    expect(problems(other).length).toBeGreaterThan(0);
  });
});
