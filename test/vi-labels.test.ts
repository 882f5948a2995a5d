import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DOCUMENT_TYPES,
  documentTypeAbbreviation,
  toRoman,
  viLetter,
  viLetterIndex,
  VI_LETTERS,
} from "../src/vi/index.js";

describe("toRoman", () => {
  it.each([
    [1, "I"],
    [2, "II"],
    [3, "III"],
    [4, "IV"],
    [5, "V"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [90, "XC"],
    [400, "CD"],
    [1994, "MCMXCIV"],
    [2023, "MMXXIII"],
    [3999, "MMMCMXCIX"],
  ])("%s → %s", (n, r) => expect(toRoman(n)).toBe(r));
  it.each([0, 4000, -1, 1.5, Number.NaN])("rejects %s", (n) => {
    expect(() => toRoman(n)).toThrow(`expected an integer 1–3999 for a Roman numeral, found \`${n}\``);
  });
  it("reads back with a subtractive parser", () => {
    const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        const r = toRoman(n);
        let total = 0;
        for (let i = 0; i < r.length; i++) {
          const v = value[r[i] ?? ""] ?? 0;
          const next = value[r[i + 1] ?? ""] ?? 0;
          total += v < next ? -v : v;
        }
        expect(total).toBe(n);
        expect(r).not.toMatch(/IIII|XXXX|CCCC|VV|LL|DD/);
      }),
    );
  });
});

describe("viLetter (#diem-letters)", () => {
  it("follows the Vietnamese alphabet", () => {
    expect(Array.from({ length: 23 }, (_, i) => viLetter(i + 1)).join(" ")).toBe(
      "a b c d đ e g h i k l m n o p q r s t u v x y",
    );
    expect(viLetter(1)).toBe("a");
    expect(viLetter(5)).toBe("đ");
    expect(viLetter(6)).toBe("e");
    expect(viLetter(7)).toBe("g");
    expect(VI_LETTERS).toHaveLength(23);
  });
  it("continues like spreadsheet columns after y", () => {
    expect(viLetter(23)).toBe("y");
    expect(viLetter(24)).toBe("aa");
    expect(viLetter(25)).toBe("ab");
    expect(viLetter(46)).toBe("ay");
    expect(viLetter(47)).toBe("ba");
    expect(viLetter(23 + 23 * 23)).toBe("yy");
    expect(viLetter(23 + 23 * 23 + 1)).toBe("aaa");
  });
  it("has no f, j, w, z and round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (i) => {
        const l = viLetter(i);
        expect(l).not.toMatch(/[fjwz]/);
        expect(viLetterIndex(l)).toBe(i);
      }),
    );
    expect(viLetterIndex("f")).toBeUndefined();
    expect(viLetterIndex("")).toBeUndefined();
  });
  it("rejects 0", () => expect(() => viLetter(0)).toThrow("expected a positive integer for a điểm letter, found `0`"));
});

describe("DOCUMENT_TYPES (#document-types)", () => {
  it("holds the table, mixed case kept", () => {
    expect(Object.keys(DOCUMENT_TYPES)).toHaveLength(30);
    expect(DOCUMENT_TYPES.BC).toBe("Báo cáo");
    expect(DOCUMENT_TYPES.QyĐ).toBe("Quy định");
    expect(DOCUMENT_TYPES.TTr).toBe("Tờ trình");
    expect(DOCUMENT_TYPES.TrS).toBe("Bản trích sao");
    expect(DOCUMENT_TYPES.QĐ).toBe("Quyết định");
    expect(DOCUMENT_TYPES.ĐA).toBe("Đề án");
  });
  it("is NFC", () => {
    for (const [k, v] of Object.entries(DOCUMENT_TYPES)) {
      expect(k.normalize("NFC")).toBe(k);
      expect(v.normalize("NFC")).toBe(v);
    }
  });
  it("looks up abbreviations by name", () => {
    expect(documentTypeAbbreviation("Báo cáo")).toBe("BC");
    expect(documentTypeAbbreviation("báo cáo")).toBe("BC");
    expect(documentTypeAbbreviation("Kế hoạch".normalize("NFD"))).toBe("KH");
    expect(documentTypeAbbreviation("Công văn")).toBeUndefined();
  });
});
