/**
 * The yaml package's error texts as catalogue messages (src/yaml/yaml-detail.ts): the English is
 * the package's own wording, the Vietnamese is Vietnamese; an unknown text keeps its code's
 * Vietnamese, an unknown code the text as it is in a Vietnamese frame.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { translate } from "../src/messages/index.js";
import { yamlDetail } from "../src/yaml/yaml-detail.js";

/** Mistakes a unit's staff can make, each giving the yaml package's errors. */
const BAD = [
  'body: "chưa đóng ngoặc\n',
  "body: 'chưa đóng ngoặc\n",
  "unit: vp\nunit: vp\n",
  "unit: vp\n section: x\n",
  "tasks: [a, b\n",
  "tasks:\n  - a\n   - b\n",
  "a:\n  b: 1\n c: 2\n",
  'body: "C:\\q"\n',
  "body: @x\n",
  "body: `x`\n",
  "a: {b: 1\n",
  "body: x #y\n  - z\n",
  "body: |\n  a\n b\n",
];

describe("yaml error details", () => {
  const errors = BAD.flatMap((text) =>
    parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false }).errors.map((e) => ({
      text,
      code: e.code,
      first: e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""),
    })),
  );

  it("the snippets give errors", () => expect(errors.length).toBeGreaterThanOrEqual(BAD.length));

  it("keep the package's English and say each in Vietnamese", () => {
    for (const e of errors) {
      const m = yamlDetail(e.code, e.first);
      const lowered = `${e.first.charAt(0).toLowerCase()}${e.first.slice(1)}`;
      expect(translate(m, "en"), e.text).toBe(lowered);
      expect(m.id, `${e.code}: ${e.first}`).not.toBe("yaml.code.other");
      expect(translate(m, "vi"), e.text).not.toBe(lowered);
      expect(translate(m, "vi"), e.text).not.toMatch(
        /\b(reserved|character|must|cannot|missing|implicit|flow|block)\b/i,
      );
    }
  });

  it("falls back to the code's Vietnamese, then to the text", () => {
    expect(translate(yamlDetail("BAD_INDENT", "Some new wording"), "vi")).toBe("thụt lề không đúng (some new wording)");
    expect(translate(yamlDetail("BAD_INDENT", "Some new wording"), "en")).toBe("some new wording");
    expect(translate(yamlDetail("NEW_CODE", "Some new wording"), "vi")).toBe("lỗi cú pháp (some new wording)");
    expect(translate(yamlDetail("NEW_CODE", "Some new wording"), "en")).toBe("some new wording");
    expect(translate(yamlDetail("MISSING_CHAR", "Missing , or : between flow map items"), "vi")).toBe(
      "thiếu dấu `,` hoặc `:` giữa các mục của nhóm trong `{ }`",
    );
  });
});
