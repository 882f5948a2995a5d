/**
 * Every diagnostic speaks from the message catalogue: `diagnostic()` takes catalogue messages only
 * (the type says so, and a plain text slipped past it with a cast is refused), and the catalogue
 * has no pass-through entry that would print the same foreign text in every language.
 */
import { describe, expect, it } from "vitest";
import { diagnostic } from "../src/diagnostics/diagnostic.js";
import { localize } from "../src/diagnostics/localize.js";
import { CATALOGUE } from "../src/messages/catalogue/index.js";
import type { Text } from "../src/messages/catalogue/entry.js";
import { msg } from "../src/messages/index.js";
import { checkSchema } from "../src/validate/schema-check.js";
import { parseYaml } from "../src/yaml/parse-yaml.js";

const forms = (t: Text): string[] => (typeof t === "string" ? [t] : [t.one, t.other]);

/**
 * Entries whose Vietnamese has no word of its own because they only arrange parts: code quoting,
 * joins, a number example. Any other entry must say something in Vietnamese around its parameters.
 */
const ARRANGING = new Set([
  "schema.code",
  "tables.found.value",
  "frame.helper-pair",
  "cli.summary",
  "files.why",
  "outline.number-example.arabic",
]);

describe("diagnostic messages", () => {
  it("keeps the catalogue message and renders it in each language", () => {
    const d = diagnostic({
      file: "f.yaml",
      rule: "unknown-unit",
      message: msg("validate.unknown-unit", { unit: "vpp" }),
      hint: msg("did-you-mean", { best: "vp" }),
    });
    expect(d.message).toBe("unknown unit `vpp`");
    expect(d.text.message.id).toBe("validate.unknown-unit");
    const vi = localize(d, "vi");
    expect(vi).toMatchObject({ message: "không có đơn vị `vpp`", hint: "có phải ý là `vp`?" });
    expect(localize(d, "vi")).not.toHaveProperty("text");
  });

  it("refuses plain text as a message or a hint", () => {
    const base = { file: "f.yaml", rule: "r" };
    expect(() => diagnostic({ ...base, message: "expected a text" as never })).toThrow(/catalogue messages/);
    expect(() => diagnostic({ ...base, message: msg("error"), hint: "write it so" as never })).toThrow(
      /catalogue messages/,
    );
    expect(() => diagnostic({ ...base, message: msg("error"), hint: "" as never })).toThrow(/catalogue messages/);
  });

  it("has no catalogue entry that passes foreign text through unchanged in Vietnamese", () => {
    const bare = Object.entries(CATALOGUE)
      .filter(([id]) => !ARRANGING.has(id))
      .filter(([, e]) => forms(e.vi).some((s) => !/\p{L}/u.test(s.replace(/\{\{[^}]*\}\}/g, ""))))
      .map(([id]) => id);
    expect(bare).toEqual([]);
    expect(CATALOGUE).not.toHaveProperty("untranslated");
  });

  it("frames a schema error without a message of its own, naming the keyword", () => {
    const text = "unit: vp\nsection: tham-muu\nmetrics:\n  - { label: Hồ sơ, actual: 3, plan: 0 }\n";
    const { yaml, data } = parseYaml("f.yaml", text);
    const [d, ...rest] = checkSchema("fragment", data, yaml!);
    expect(rest).toEqual([]);
    expect(d!.text.message).toMatchObject({ id: "schema.other", params: { keyword: "exclusiveMinimum" } });
    const vi = localize(d!, "vi").message;
    expect(vi).toMatch(/^.+ không đáp ứng điều kiện `exclusiveMinimum` của lược đồ \(chi tiết: /);
    expect(d!.message).toMatch(/\(schema keyword `exclusiveMinimum`\)$/);
  });
});
