import { describe, expect, it } from "vitest";
import { repeatedWord, repeatedWords } from "../src/lint/repeated-word.js";
import { textInput } from "./lint-support.js";

describe("repeated-word", () => {
  it("finds repeated phrases and function words, ignoring case", () => {
    expect(repeatedWords("Báo cáo báo cáo kết quả của của Sở").map((h) => h.words)).toEqual([
      "Báo cáo báo cáo",
      "của của",
    ]);
  });
  it.each(["quy định định mức", "văn bản Bản tin", "đi từ từ", "ngày ngày đến lớp", "năm năm liền"])("allows %s", (t) =>
    expect(repeatedWords(t)).toEqual([]),
  );
  it("reports positions", () =>
    expect(repeatedWord.run(textInput("a\n  và và"))[0]).toMatchObject({ line: 2, column: 3 }));
});
