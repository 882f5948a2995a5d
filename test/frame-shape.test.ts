/** The frame stage shapes the frame's lines once, final, for every writer (src/frame/shape-frame.ts). */
import { describe, expect, it } from "vitest";
import {
  archiveLine,
  kinhGuiBlock,
  recipientName,
  shapeFrame,
  textLines,
  type FrameTexts,
} from "../src/frame/shape-frame.js";

const texts = (over: Partial<FrameTexts> = {}): FrameTexts => ({
  parentAgency: ["UBND TỈNH CAO BẰNG"],
  agency: ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
  numberLine: "Số: 05/BC-SKHCN",
  nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  dateLine: "Cao Bằng, ngày 20 tháng 11 năm 2023",
  docType: " BÁO CÁO\n",
  title: "\n  Kết quả tháng 11  \nvà nhiệm vụ tháng 12\n\n",
  kinhGui: [],
  recipientsHeading: "Nơi nhận:\n",
  recipients: "- Như trên;\n- UBND tỉnh;\nBản điện tử:\n- Lãnh đạo Sở;\n- Lưu: VT, VP.\n",
  signature: "KT. Giám đốc\n  phó giám đốc  \n",
  signatureName: " Nông Thành Thân\n",
  signatureSpace: 4,
  ...over,
});

describe("Kính gửi", () => {
  it("one recipient: one line, without the punctuation it was typed with", () => {
    expect(kinhGuiBlock(["Sở Tài chính."])).toEqual({
      label: "Kính gửi",
      heading: "Kính gửi: Sở Tài chính",
      lines: [],
    });
  });

  it("several: '- X;' lines, the last ending '.', whatever the items were typed with", () => {
    expect(kinhGuiBlock(["UBND tỉnh Cao Bằng;", "Sở Kế hoạch và Đầu tư", " Sở Tài chính. "])).toEqual({
      label: "Kính gửi",
      heading: "Kính gửi:",
      lines: ["- UBND tỉnh Cao Bằng;", "- Sở Kế hoạch và Đầu tư;", "- Sở Tài chính."],
    });
  });

  it("none (or only blanks and punctuation): no block", () => {
    expect(kinhGuiBlock([])).toBeUndefined();
    expect(kinhGuiBlock([" ", ";"])).toBeUndefined();
    expect("kinhGui" in shapeFrame(texts())).toBe(false);
  });

  it("recipientName drops only the final punctuation", () => {
    expect(recipientName("  Phòng Kinh tế - Hạ tầng các huyện, TP;; ")).toBe("Phòng Kinh tế - Hạ tầng các huyện, TP");
  });
});

describe("shapeFrame", () => {
  it("signature lines in capitals, the name as written; title and lines trimmed; group headings marked", () => {
    const frame = shapeFrame(texts({ kinhGui: ["Bộ Nội vụ"] }));
    expect(frame.signature).toEqual({ lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name: "Nông Thành Thân", space: 4 });
    expect(frame.docType).toBe("BÁO CÁO");
    expect(frame.title).toEqual(["Kết quả tháng 11", "và nhiệm vụ tháng 12"]);
    expect(frame.kinhGui?.heading).toBe("Kính gửi: Bộ Nội vụ");
    expect(frame.recipients).toEqual({
      heading: "Nơi nhận:",
      lines: [
        { text: "- Như trên;" },
        { text: "- UBND tỉnh;" },
        { text: "Bản điện tử:", group: true },
        { text: "- Lãnh đạo Sở;" },
        { text: "- Lưu: VT, VP." },
      ],
    });
  });

  it("prints VT once when `archive` repeats it (`archive: VT, VPTT`)", () => {
    const frame = shapeFrame(texts({ recipients: "- UBND tỉnh;\n- Lưu: VT, VT, VPTT.\n" }));
    expect(frame.recipients.lines).toEqual([{ text: "- UBND tỉnh;" }, { text: "- Lưu: VT, VPTT." }]);
  });

  it("textLines keeps blank lines only between lines with text", () => {
    expect(textLines("\n \na\n\n b \n\n")).toEqual(["a", "", " b"]);
    expect(textLines(" \n")).toEqual([]);
  });
});

describe("the Lưu line", () => {
  it.each([
    ["- Lưu: VT, VT, VPTT.", "- Lưu: VT, VPTT."],
    ["- Lưu: VT, vt, VP, VP.", "- Lưu: VT, VP."],
    ["- Lưu: VT, .", "- Lưu: VT."], // an empty `archive`
    ["- Lưu: VT, NC.Châu.", "- Lưu: VT, NC.Châu."], // a dot inside a place stays
    ["- Lưu: VT, VP, LTM.Hà.", "- Lưu: VT, VP, LTM.Hà."],
    ["- Lưu: VT,VT,  VPTT", "- Lưu: VT, VPTT"], // a department template without the final dot
  ])("%s → %s", (line, shaped) => expect(archiveLine(line)).toBe(shaped));

  it("leaves every other line as it is", () => {
    for (const line of ["- UBND tỉnh;", "- Lưu trữ tỉnh, Lưu trữ tỉnh;", "Bản điện tử:"])
      expect(archiveLine(line)).toBe(line);
  });
});
