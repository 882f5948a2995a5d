/**
 * What the schemas give an editor: a Vietnamese and English hover text wherever there is a
 * description, readable messages for patterns and enums, and snippets for the things unit staff
 * insert most (a fragment, a carried task, a metric).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../schemas/", import.meta.url));
type Node = Record<string, unknown>;
const load = (name: string) => JSON.parse(readFileSync(`${dir}${name}.schema.json`, "utf8")) as Node;

/** Every object in the schema with its JSON pointer. */
function* walk(node: unknown, at = ""): Generator<[string, Node]> {
  if (!node || typeof node !== "object") return;
  if (!Array.isArray(node)) yield [at, node as Node];
  for (const [k, v] of Object.entries(node)) if (k !== "defaultSnippets") yield* walk(v, `${at}/${k}`);
}

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i;

describe.each(["bcreport", "report", "fragment"])("schemas/%s.schema.json", (name) => {
  const schema = load(name);

  it("has a Vietnamese and English markdownDescription wherever it has a description", () => {
    for (const [at, node] of walk(schema)) {
      if (typeof node["description"] !== "string") continue;
      const md = node["markdownDescription"];
      expect(typeof md, at).toBe("string");
      const [vi, en] = (md as string).split("\n\n");
      expect(vi, at).toMatch(VIETNAMESE);
      expect(vi!.normalize("NFC"), at).toBe(vi);
      expect(en, at).toBe(`*${node["description"] as string}*`);
    }
  });

  it("says in words what a pattern or a list of values expects", () => {
    for (const [at, node] of walk(schema)) {
      if (typeof node["pattern"] === "string") expect(node["patternErrorMessage"], at).toMatch(VIETNAMESE);
      if (Array.isArray(node["enum"])) expect(node["errorMessage"], at).toMatch(VIETNAMESE);
    }
  });
});

describe("snippets and rules for unit staff", () => {
  const fragment = load("fragment");
  const props = fragment["properties"] as Record<string, Node>;
  const item = (p: string) => props[p]!["items"] as Node;
  const snippet = (n: Node) => (n["defaultSnippets"] as Array<{ body: Record<string, unknown> }>)[0]!.body;

  it("offers a fragment, a carried task and a metric", () => {
    expect(Object.keys(snippet(fragment))).toEqual(["unit", "section", "body"]);
    expect(Object.keys(snippet(item("carried")))).toEqual(["task", "status", "note"]);
    expect(Object.keys(snippet(item("metrics")))).toEqual(["label", "actual", "plan", "unit"]);
  });

  it("requires a reason for a not-done task", () => {
    expect(item("carried")["if"]).toEqual({ properties: { status: { const: "not-done" } }, required: ["status"] });
    expect(item("carried")["then"]).toEqual({ required: ["reason"] });
  });
});
