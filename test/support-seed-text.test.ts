import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { parseSeed, readSeed } from "./support/seed-text.js";

const originals = (name: string) => fileURLToPath(new URL(`../examples/cao-bang/originals/${name}`, import.meta.url));

describe("parseSeed", () => {
  it("moves <sup>n</sup> footnote lines out of the body and drops the marks", () => {
    const s = parseSeed(
      [
        "",
        "## BÁO CÁO",
        "",
        "- Sở Khoa học và Công nghệ tỉnh Cao Bằng<sup>1</sup>.",
        "",
        "- Trong đó: đề tài “Phát triển … tỉnh",
        "",
        "<sup>1</sup> QĐ số 1370/QĐ-UBND ngày 20/10/2023",
        "",
        "Cao Bằng”; 01 dự án<sup>2</sup>.",
        "",
        "<sup>2</sup> Ứng dụng (*Paris polyphylla* Sm) tại tỉnh Cao Bằng.",
      ].join("\n"),
    );
    expect(s.footnotes).toEqual([
      "QĐ số 1370/QĐ-UBND ngày 20/10/2023",
      "Ứng dụng (Paris polyphylla Sm) tại tỉnh Cao Bằng.",
    ]);
    expect(s.body).toBe(
      "BÁO CÁO\n- Sở Khoa học và Công nghệ tỉnh Cao Bằng.\n- Trong đó: đề tài “Phát triển … tỉnh\nCao Bằng”; 01 dự án.",
    );
    expect(s.bodyWords.slice(-6)).toEqual(["tỉnh", "Cao", "Bằng”;", "01", "dự", "án."]);
  });

  it("reads superscript-digit footnotes in number order and drops what precedes BÁO CÁO", () => {
    const s = parseSeed(
      [
        "Số: /BC-SKHCCN",
        "",
        "BÁO CÁO",
        "",
        "ban hành 01 VBQPPL¹; đối với 01³ dự án",
        "",
        "² Hai.",
        "",
        "¹ Một.",
        "",
        "³ Ba.",
        "",
        "của Sở Khoa học và Công nghệ. *lo*",
      ].join("\n"),
    );
    expect(s.footnotes).toEqual(["Một.", "Hai.", "Ba."]);
    expect(s.bodyWords).toEqual([
      "BÁO",
      "CÁO",
      "ban",
      "hành",
      "01",
      "VBQPPL;",
      "đối",
      "với",
      "01",
      "dự",
      "án",
      "của",
      "Sở",
      "Khoa",
      "học",
      "và",
      "Công",
      "nghệ./.",
    ]);
  });

  it("reads the three bundled originals", () => {
    const nov = readSeed(originals("000_c015515aa8ffbe3b.txt"));
    expect(nov.footnotes).toHaveLength(4);
    expect(nov.bodyWords.slice(0, 3)).toEqual(["BÁO", "CÁO", "Kết"]);
    expect(nov.bodyWords.slice(-3)).toEqual(["Nông", "Thành", "Thân"]);
    expect(nov.body).not.toMatch(/<sup>|\*\*|#/);

    const oct = readSeed(originals("001_baa067a763b19d31.txt"));
    expect(oct.footnotes).toHaveLength(0);
    expect(oct.bodyWords).not.toContain("Số:");

    const sep = readSeed(originals("003_9e0ffc83dae376c6.txt"));
    expect(sep.footnotes).toHaveLength(9);
    expect(sep.footnotes[4]).toBe(
      "(Thanh tra đột xuất theo Đơn yêu cầu xử lý vi phạm của chủ thể quyền sở hữu nhãn hiệu).",
    );
    expect(sep.body).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
    expect(sep.bodyWords).toContain("nghệ./.");
    expect(sep.bodyWords).not.toContain("lo");
  });
});
