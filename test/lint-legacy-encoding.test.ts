import { describe, expect, it } from "vitest";
import { findLegacyWord, legacyEncoding } from "../src/lint/legacy-encoding.js";
import { textInput } from "./lint-support.js";

describe("legacy-encoding", () => {
  it.each([
    ["Céng hoµ x· héi", "hoµ"],
    ["Ngh× quyÕt", "Ngh×"],
    ["Coäng hoøa", "Coäng"],
  ])("flags %s", (line, word) => expect(findLegacyWord(line)?.word).toBe(word));
  it.each(["Cộng hòa xã hội chủ nghĩa Việt Nam", "nhiệt độ 25°C, ±2", "Điều 5 § 2", "Ông Nguyễn Văn Á"])(
    "leaves %s alone",
    (line) => expect(findLegacyWord(line)).toBeUndefined(),
  );
  it("reports the word's position", () => {
    expect(legacyEncoding.run(textInput("ok\nCéng hoµ"))[0]).toMatchObject({
      line: 2,
      column: 6,
      rule: "legacy-encoding",
    });
  });
});
