/** `joined-lines`: which line pairs Markdown joins into one paragraph although the second looks like a new start. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinedStart } from "../src/lint/joined-lines.js";

describe("joined-lines", () => {
  it.each([
    ["Tiếp nhận 03 công chức.", "Bổ nhiệm 02 lãnh đạo phòng."],
    ["Hoàn thành kế hoạch;", "b) Công tác kiểm tra."],
    ["Công tác tuyển dụng", "2. Công tác đào tạo."],
    ["Công tác tuyển dụng", "1.2. Bồi dưỡng."],
    ["- Tham mưu kế hoạch.", "Trình UBND tỉnh ban hành."],
  ])("flags %j → %j", (prev, line) => expect(joinedStart(prev, line)).toBe(line));

  it.each([
    ["Công tác tuyển dụng bảo đảm", "công khai, minh bạch."], // wrapped mid-sentence
    ["Tiếp nhận 03 công chức.", "- Bổ nhiệm."], // a bullet starts a list
    ["Tiếp nhận 03 công chức.", "1. Bổ nhiệm."], // so does "1."
    ["1. Rà soát thủ tục.", "2. Công bố danh mục."], // the next item of a list
    ["Tiếp nhận 03 công chức.\\", "Bổ nhiệm."], // hard break
    ["Tiếp nhận 03 công chức.  ", "Bổ nhiệm."], // hard break (two spaces)
    ["| STT | Nội dung |", "| 1 | Rà soát |"], // table
    ["", "Bổ nhiệm."],
  ])("leaves %j → %j", (prev, line) => expect(joinedStart(prev, line)).toBeUndefined());

  it("never flags a line that continues a sentence (lower-case start, no marker)", () => {
    const word = fc.stringMatching(/^[a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]{2,7}$/);
    const line = fc.array(word, { minLength: 2, maxLength: 8 }).map((w) => w.join(" "));
    fc.assert(fc.property(fc.string(), line, (prev, next) => joinedStart(prev, next) === undefined));
  });

  it("never flags after a blank line or a hard break", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("", "   ", "x\\", "x  "), (line, prev) => {
        return joinedStart(prev, line) === undefined;
      }),
    );
  });
});
