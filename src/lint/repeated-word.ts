/**
 * `repeated-word`: the same word twice in a row ("Báo cáo báo cáo", "của của"), ignoring case.
 *
 * Vietnamese words are syllables, and one compound often ends with the syllable the next
 * begins with ("quy định định mức", "văn bản Bản tin"), so a repeated single syllable is
 * flagged only for function words ("của của", "các các", "và và"); a repeated pair of
 * syllables ("báo cáo báo cáo") is flagged anywhere. Reduplications that are meant ("từ từ",
 * "ngày ngày", "người người") are allowed.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { LintRule } from "./lint-input.js";
import { lineColumn, warning } from "./lint-input.js";

/** Words that are correctly written twice in a row. */
export const REDUPLICATIONS = new Set([
  "từ", "đâu", "ngày", "đêm", "người", "nhà", "năm", "tháng", "tuần", "ai", "gì", "nơi", "mãi", "dần",
  "xanh", "đỏ", "vàng", "hàng", "lớp", "đời", "thường", "rồi", "nhau", "khi",
]);

/** Single syllables that never follow themselves in correct prose. */
export const FUNCTION_WORDS = new Set([
  "của", "các", "và", "là", "được", "đã", "đang", "sẽ", "cho", "với", "trong", "những", "này", "để", "theo",
  "tại", "về", "có", "không", "một", "thì", "mà", "nhưng", "hoặc", "đến", "trên", "dưới", "bị", "do", "vào", "ra",
]);

/** Two-word phrases repeated ("báo cáo báo cáo"), then single words ("của của"). */
const PAIR = /(?<![\p{L}\p{N}])(\p{L}+)[ \t]+(\p{L}+)[ \t]+(\p{L}+)[ \t]+(\p{L}+)(?![\p{L}\p{N}])/gu;
const WORD = /(?<![\p{L}\p{N}])(\p{L}+)[ \t]+(\p{L}+)(?![\p{L}\p{N}])/gu;

const same = (a: string, b: string) => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

export function repeatedWords(text: string): Array<{ index: number; words: string }> {
  const hits: Array<{ index: number; words: string }> = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(new RegExp(PAIR.source, "gu"))) {
    const [whole, a = "", b = "", c = "", d = ""] = m;
    if (same(a, c) && same(b, d) && !same(a, b)) {
      hits.push({ index: m.index, words: whole });
      seen.add(m.index);
    }
  }
  // Overlapping matches: test every word boundary, not only those the global regex stops at.
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) continue;
    const re = new RegExp(WORD.source, "uy");
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    const [whole, a = "", b = ""] = m;
    const word = a.toLocaleLowerCase("vi");
    if (same(a, b) && FUNCTION_WORDS.has(word) && !REDUPLICATIONS.has(word) && !seen.has(i)) hits.push({ index: i, words: whole });
  }
  return hits.sort((x, y) => x.index - y.index);
}

export const repeatedWord: LintRule = {
  id: "repeated-word",
  description: "the same word or two-word phrase twice in a row (\"báo cáo báo cáo\")",
  run: ({ fields }) =>
    fields.flatMap((f): Diagnostic[] =>
      repeatedWords(f.text).map((h) => {
        const p = lineColumn(f.text, h.index);
        return warning(f.file, f.map(p.line, p.column), "repeated-word", `found \`${h.words}\`: the same word twice in a row`, "delete one of them (if the repetition is meant, switch the rule off with `lints: { repeated-word: false }`)");
      }),
    ),
};
