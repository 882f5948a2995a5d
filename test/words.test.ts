import { describe, expect, it } from "vitest";
import { countWords, words } from "../src/vi/words.js";

describe("words", () => {
  it("counts tokens that hold a letter or a digit, in any script", () => {
    expect(words("Báo cáo – 24 ₫ ²")).toEqual(["Báo", "cáo", "24", "²"]);
    expect(countWords("**Kết quả** - đạt Ωmega 中文")).toBe(5);
  });
});
