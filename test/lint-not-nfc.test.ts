import { describe, expect, it } from "vitest";
import { firstNonNfc, notNfc } from "../src/lint/not-nfc.js";
import { textInput } from "./lint-support.js";

describe("not-nfc", () => {
  it("finds the first decomposed letter and counts lines", () => {
    const text = "Tiếp tục\nTie\u0302\u0301p tu\u0323c\nx\nCo\u0302ng";
    expect(firstNonNfc(text)).toEqual({ line: 2, column: 3, lines: 2 });
    const [d] = notNfc.run(textInput(text));
    expect(d).toMatchObject({ rule: "not-nfc", line: 2, column: 3, severity: "warning" });
    expect(d!.message).toContain("and on 1 more line");
  });
  it("is quiet on NFC text", () => expect(notNfc.run(textInput("Cộng hòa xã hội"))).toEqual([]));
});
