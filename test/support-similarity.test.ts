import { describe, expect, it } from "vitest";
import {
  alignWords,
  differences,
  firstDifference,
  similarity,
  stripArtefacts,
  tokenize,
} from "./support/similarity.js";

describe("tokenize", () => {
  it("splits on whitespace after NFC and drops punctuation-only tokens", () => {
    // "ệ" decomposed (e + combining circumflex + combining dot below) becomes the NFC form.
    const decomposed = "Công nghe\u0323\u0302 - mới ./.";
    expect(tokenize(decomposed)).toEqual(["Công", "nghệ", "mới"]);
  });

  it("keeps punctuation attached to a word", () => {
    expect(tokenize("- UBND tỉnh;\n- Lưu: VT, VP.")).toEqual(["UBND", "tỉnh;", "Lưu:", "VT,", "VP."]);
  });

  it("removes Markdown and extraction artefacts", () => {
    expect(tokenize("#### **I. KẾT QUẢ**")).toEqual(["I.", "KẾT", "QUẢ"]);
    expect(tokenize("tỉnh Cao Bằng<sup>1</sup>.")).toEqual(["tỉnh", "Cao", "Bằng."]);
    expect(tokenize("01³ dự án, 24⁴ dự án VBQPPL¹;")).toEqual(["01", "dự", "án,", "24", "dự", "án", "VBQPPL;"]);
    expect(tokenize("(*số liệu*): (*Canna edulis* Ker.")).toEqual(["(số", "liệu):", "(Canna", "edulis", "Ker."]);
    expect(tokenize("trang web <https://khcncaobang.gov.vn>;")).toEqual([
      "trang",
      "web",
      "https://khcncaobang.gov.vn;",
    ]);
  });

  it("stripArtefacts keeps line structure", () => {
    expect(stripArtefacts("## BÁO CÁO\n\n**Nơi nhận:**")).toBe("BÁO CÁO\n\nNơi nhận:");
  });
});

describe("similarity", () => {
  it("is 1 for identical texts", () => {
    const text = "Trên đây là Báo cáo kết quả hoạt động khoa học và công nghệ tháng 11 năm 2023./.";
    expect(similarity(text, text)).toBe(1);
    expect(similarity("", "")).toBe(1);
  });

  it("is 1 when only artefacts and layout differ", () => {
    expect(similarity("## **I. KẾT QUẢ**\n\n- Trình UBND tỉnh<sup>1</sup>.", "I. KẾT QUẢ - Trình UBND tỉnh.")).toBe(1);
  });

  it("is 0 for texts without a common word", () => {
    expect(similarity("một hai ba", "bốn năm sáu bảy")).toBe(0);
    expect(similarity("một hai", "")).toBe(0);
  });

  it("is 2·M/T for a known small case", () => {
    // LCS of [a b c d e] and [a x c d y e z] is [a c d e]: M = 4, T = 12.
    expect(similarity("a b c d e", "a x c d y e z")).toBeCloseTo(8 / 12, 12);
    // One word replaced in ten: M = 9, T = 20.
    const a = "một hai ba bốn năm sáu bảy tám chín mười";
    const b = "một hai ba bốn năm sáu bảy tám chín mươi";
    expect(similarity(a, b)).toBeCloseTo(18 / 20, 12);
  });

  it("is symmetric and order-sensitive", () => {
    expect(similarity("a b c", "c b a")).toBeCloseTo(2 / 6, 12);
    expect(similarity("a b c d", "b d")).toBe(similarity("b d", "a b c d"));
  });

  it("aligns texts of a few thousand words quickly", () => {
    const vocab = ["Sở", "KH&CN", "nhiệm", "vụ", "tỉnh", "Cao", "Bằng", "tháng", "năm", "báo", "cáo", "thực", "hiện"];
    const a: string[] = [];
    let seed = 7;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      a.push(vocab[seed % vocab.length]!);
    }
    const b = [...a];
    b.splice(1500, 10, "khác", "hẳn");
    const t0 = performance.now();
    const al = alignWords(a, b);
    const ms = performance.now() - t0;
    expect(al.matches).toBeGreaterThanOrEqual(2990);
    expect(al.ratio).toBeGreaterThan(0.99);
    expect(ms).toBeLessThan(2000);
    // Fully different texts of that size still work.
    const c = a.map((w) => w + "x");
    expect(similarity(a, c)).toBe(0);
  });
});

describe("firstDifference", () => {
  it("is undefined for equal texts", () => {
    expect(firstDifference("a b c", "a b c")).toBeUndefined();
  });

  it("shows the first differing stretch with context", () => {
    const d = firstDifference("Sở Khoa học và Công nghệ báo cáo", "Sở Khoa học và Cổng nghệ báo cáo", 3);
    expect(d).toContain("expected: Công");
    expect(d).toContain("actual: Cổng");
    expect(d).toContain("học và");
  });

  it("shows missing words as (nothing)", () => {
    const d = firstDifference("a b c d", "a b d");
    expect(d).toContain("expected: c");
    expect(d).toContain("actual: (nothing)");
    expect(differences("a b c d e", "a x c e")).toHaveLength(2);
  });
});
