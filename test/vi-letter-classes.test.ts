import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findLegacyWord } from "../src/lint/legacy-encoding.js";
import { CITED_TYPES, REFERENCE, typeWordBefore } from "../src/lint/document-reference.js";
import { repeatedWords } from "../src/lint/repeated-word.js";
import { classesFor, UNICODE_CLASSES, VIETNAMESE_CLASSES, VIETNAMESE_TEXT, type LetterClasses } from "../src/vi/letter-classes.js";
import { words } from "../src/commands/words.js";

/** The reference for typeWordBefore: the type word, ignoring case, then spaces and an optional "số". */
const TYPE_WORD = new RegExp(`(${Object.values(CITED_TYPES).sort((a, b) => b.length - a.length).join("|")})\\s+(?:số\\s+)?$`, "iu");

const KINDS = ["upper", "lower", "letter", "number"] as const;
const member = (classes: LetterClasses, kind: (typeof KINDS)[number]) => new RegExp(`[${classes[kind]}]`, classes.flags);

/** Pieces of Vietnamese report text, with the Latin-1 look-alikes of TCVN3/VNI and other characters of the covered blocks. */
const PIECES = [
  "báo", "cáo", "Báo", "của", "các", "và", "24", "1752", "/", "QĐ", "QĐD", "KH", "-", "UBND", "SKHĐT", "ĐKKD", "Ủy", "ban",
  "ngày", "10/01/2023", "31/02/2023", " ", " ", "\t", "\n", ", ", ".", "“", "”", "–", "…", "₫", "→", "≤", "■", "☐",
  "µ", "Céng", "hoµ", "x·", "¸", "ª", "º", "²", "½", "ß", "Ñ", "ÿ", "đ", "Ư", "ư", "ỹ", "Ỹ", "&", "2023", "năm",
  "Quyết định", "quyết định", "QUYẾT ĐỊNH", "Kế hoạch", "KẾ HOẠCH", "Nghị định", "Công văn", "số", "Số", "SỐ", "sỐ",
  "Nghị quyết", "liên tịch", "LIÊN TỊCH", "Thông tư", "Báo cáo", "Tờ trình", "Chỉ thị", "Quy chế",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(""));

describe("letter classes for Vietnamese text", () => {
  test("each written-out class holds exactly the characters its Unicode property holds, for every character they cover", () => {
    let covered = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (!VIETNAMESE_TEXT.test(ch)) continue;
      covered++;
      for (const kind of KINDS) expect(member(VIETNAMESE_CLASSES, kind).test(ch), `${kind} U+${code.toString(16)}`).toBe(member(UNICODE_CLASSES, kind).test(ch));
    }
    expect(covered).toBeGreaterThan(1000);
  });

  test("a text with any other character gets the Unicode property classes", () => {
    expect(classesFor("Báo cáo tháng 11/2023: “đạt 95%” → ₫")).toBe(VIETNAMESE_CLASSES);
    for (const other of ["Ω", "e\u0301", "𝐀", "ſ", "中", "\u{1F600}"]) expect(classesFor(`báo ${other}`)).toBe(UNICODE_CLASSES);
  });

  test("the lints and the word count find the same things with either set", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(repeatedWords(t, VIETNAMESE_CLASSES)).toEqual(repeatedWords(t, UNICODE_CLASSES));
        const matches = (c: LetterClasses) => [...t.matchAll(REFERENCE(t, c))].map((m) => [m.index, ...m]);
        expect(matches(VIETNAMESE_CLASSES)).toEqual(matches(UNICODE_CLASSES));
        for (const line of t.split("\n")) expect(findLegacyWord(line, VIETNAMESE_CLASSES)).toEqual(findLegacyWord(line, UNICODE_CLASSES));
        expect(typeWordBefore(t, VIETNAMESE_CLASSES)).toBe(TYPE_WORD.exec(t)?.[1]);
        expect(words(t, VIETNAMESE_CLASSES)).toEqual(words(t, UNICODE_CLASSES));
      }),
      { numRuns: 2000 },
    );
    expect(words("Báo cáo – 24 ₫ ²")).toEqual(["Báo", "cáo", "24", "²"]);
    // Other text: the characters that fold differently with and without the u flag.
    const other = fc.array(fc.constantFrom(...PIECES, "ſ", "K", "ẞ", "ǅ"), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(fc.property(other, (t) => {
      expect(typeWordBefore(t)).toBe(TYPE_WORD.exec(t)?.[1]);
    }), { numRuns: 2000 });
    expect(typeWordBefore("theo QUYẾT ĐỊNH số ")).toBe("QUYẾT ĐỊNH");
    expect(typeWordBefore("Thông tư ſố ")).toBe(TYPE_WORD.exec("Thông tư ſố ")?.[1]);
    expect(typeWordBefore("theo Nghị quyết liên tịch ")).toBe("Nghị quyết liên tịch");
  });
});
