import { describe, expect, it } from "vitest";
import type { Level } from "../src/input/config-types.js";
import { sectionNumber } from "../src/validate/section-number.js";
import { viLetter } from "../src/vi/letters.js";
import { translate } from "../src/messages/index.js";
import { fromRoman, toRoman } from "../src/vi/roman.js";

const level = (numbering: Level["numbering"]): Level => ({
  numbering,
  prefix: "",
  suffix: ".",
  bold: false,
  italic: false,
  uppercase: false,
  align: "left",
  runIn: false,
});

describe("fromRoman", () => {
  it("reads back every numeral toRoman writes", () => {
    for (let n = 1; n <= 3999; n++) expect(fromRoman(toRoman(n))).toBe(n);
  });
  it("refuses non-canonical numerals", () => {
    for (const bad of ["IIII", "VX", "IC", "", "IIV", "MMMM", "A"]) expect(fromRoman(bad), bad).toBeUndefined();
  });
});

describe("sectionNumber", () => {
  const index = (numbering: Level["numbering"], raw: number | string) => {
    const r = sectionNumber(level(numbering), raw, "s");
    return r.ok ? r.index : translate(r.message, "en");
  };
  it("reads a number as the document prints it", () => {
    expect(index("roman", "III")).toBe(3);
    expect(index("roman", "III.")).toBe(3);
    expect(index("letter", "e")).toBe(6);
    expect(index("letter", "e)")).toBe(6);
    expect(index("letter", "đ")).toBe(5);
    expect(index("upper-letter", "C")).toBe(3);
    expect(index("arabic", "12")).toBe(12);
    expect(index("nested", "2.3")).toBe(3);
    expect(index("arabic", 4)).toBe(4);
  });
  it("reads back every letter viLetter writes", () => {
    for (let n = 1; n <= 60; n++) expect(index("letter", viLetter(n))).toBe(n);
  });
  it("refuses numbers of another style", () => {
    expect(index("letter", "4")).toMatch(/letter number such as `e`/);
    expect(index("roman", "iii")).toBe(3);
    expect(index("upper-letter", "c")).toMatch(/upper-letter/);
    expect(index("arabic", "III")).toMatch(/arabic/);
    expect(index("none", 2)).toMatch(/numbering: none/);
  });
  it("says it in Vietnamese too", () => {
    const r = sectionNumber(level("nested"), "2.x", "s");
    expect(r.ok ? "" : translate(r.message, "vi")).toBe(
      "`number` của mục `s` phải là số kiểu `nested`, ví dụ `3` (hoặc `2.3`, tính theo số cuối cùng) (hoặc số thứ tự của mục, là một số nguyên) — giá trị hiện tại là `2.x`",
    );
  });
});
