import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { splitSuperSub } from "../src/markdown/super-sub.js";
import { FootnoteScope, markdownToInlines } from "../src/markdown/index.js";
import { counter, md } from "./markdown-support.js";

const rejoin = (pieces: ReturnType<typeof splitSuperSub>) =>
  pieces.map((p) => (p.superscript ? `^${p.text}^` : p.subscript ? `~${p.text}~` : p.text)).join("");

describe("splitSuperSub", () => {
  it.each([
    ["100m^2^", [{ text: "100m" }, { text: "2", superscript: true }]],
    [
      "CO~2~ và H~2~O",
      [
        { text: "CO" },
        { text: "2", subscript: true },
        { text: " và H" },
        { text: "2", subscript: true },
        { text: "O" },
      ],
    ],
    ["~50 ha đến ~60 ha", [{ text: "~50 ha đến ~60 ha" }]],
    ["2 ^ 3 và a^b", [{ text: "2 ^ 3 và a^b" }]],
    ["x^^", [{ text: "x^^" }]],
  ])("%s", (text, expected) => expect(splitSuperSub(text)).toEqual(expected));
  it("leaves a text with a backslash escape as typed", () =>
    expect(splitSuperSub("2^10^", "2\\^10^")).toEqual([{ text: "2^10^" }]));
  test("the pieces with their markers put back are the text (property)", () => {
    const text = fc
      .array(fc.constantFrom("^", "~", " ", "a", "2", "đ", "m", "\n"), { maxLength: 30 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(
        text,
        (t) => (rejoin(splitSuperSub(t)) === t && splitSuperSub(t).every((p) => p.text !== "")) || t === "",
      ),
    );
  });
  test("a marked piece never holds a space or its marker (property)", () => {
    const text = fc.array(fc.constantFrom("^", "~", " ", "a", "2"), { maxLength: 30 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, (t) =>
        splitSuperSub(t).every((p) => (!p.superscript && !p.subscript) || !/[\s^~]/.test(p.text)),
      ),
    );
  });
});

describe("in Markdown", () => {
  const runs = (text: string) => markdownToInlines(md(text), new FootnoteScope(counter())).content;
  it("marks runs inside bold", () =>
    expect(runs("**10 m^2^**")).toEqual([
      { type: "text", text: "10 m", bold: true },
      { type: "text", text: "2", bold: true, superscript: true },
    ]));
  it("keeps ~~strike~~ and inline enumerations as typed", () =>
    expect(runs("(1) CO~2~; (2) ~~bỏ~~")).toEqual([
      { type: "text", text: "(1) CO" },
      { type: "text", text: "2", subscript: true },
      { type: "text", text: "; (2) " },
      { type: "text", text: "bỏ", strike: true },
    ]));
  it("prints an escaped marker as typed", () => expect(runs("2\\^10^")).toEqual([{ type: "text", text: "2^10^" }]));
});
