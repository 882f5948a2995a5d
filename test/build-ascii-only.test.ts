import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { asciiOnly } from "../src/build/ascii-only.js";

/** Evaluate a bundle-like snippet as a function body. */
const run = (code: string): unknown => new Function(code)();

describe("asciiOnly: a bundle with the same meaning in ASCII", () => {
  test("escapes comments, regular expressions and identifiers; leaves ASCII text as it is", () => {
    const code = `// “Lưu” in a comment\nconst ưu = 1; return [/^\\s*-?\\s*lưu\\b/iu.test("- Lưu: VT"), /[à-ỹ]+/.exec("x: tiếng")[0], /🪦/u.test("a🪦"), /🪦/.test("🪦"), ưu];`;
    const out = asciiOnly("t.js", code);
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(out).toContain("L\\u01B0u");
    expect(run(out)).toEqual(run(code));
    expect(run(out)).toEqual([true, "ế", true, true, 1]);
    expect(asciiOnly("t.js", "return 1;")).toBe("return 1;");
  });

  test("the same matches for any text, for patterns with Vietnamese letters, with and without the u flag", () => {
    const letters = fc.constantFrom(..."aăâđeêioôơuưyÀẢÃÁẠàảãáạĐđỳỷỹýỵ🪦 ".split(/(?:)/u));
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 4 }), fc.array(letters, { maxLength: 12 }), fc.boolean(), (pattern, subject, unicode) => {
        const source = pattern.map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("");
        const code = `return [/${source}/g${unicode ? "u" : ""}].map((r) => ${JSON.stringify(subject.join(""))}.match(r));`;
        expect(run(asciiOnly("t.js", code))).toEqual(run(code));
      }),
    );
  });

  test("refuses a raw template or a backslash before a non-ASCII character, where \\u would change the meaning", () => {
    expect(() => asciiOnly("t.js", "return String.raw`Lưu`;")).toThrow(/t\.js:1: `Lưu`/);
    expect(() => asciiOnly("t.js", "return /\\ư/.test('ư');")).toThrow(/backslash before a non-ASCII character/);
  });
});
