/**
 * `repeated-word`: the same word twice in a row ("Báo cáo báo cáo", "của của"), ignoring case.
 *
 * Vietnamese words are syllables, and one compound often ends with the syllable the next
 * begins with ("quy định định mức", "văn bản Bản tin"), so a repeated single syllable is
 * flagged only for function words ("của của", "các các", "và và"); a repeated pair of
 * syllables ("báo cáo báo cáo") is flagged anywhere. Reduplications that are meant ("từ từ",
 * "ngày ngày", "người người") are allowed.
 */
import { msg } from "../messages/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LintRule } from "./lint-input.js";
import { lineColumn, warning } from "./lint-input.js";

/** Words that are correctly written twice in a row. */
export const REDUPLICATIONS = new Set([
  "từ",
  "đâu",
  "ngày",
  "đêm",
  "người",
  "nhà",
  "năm",
  "tháng",
  "tuần",
  "ai",
  "gì",
  "nơi",
  "mãi",
  "dần",
  "xanh",
  "đỏ",
  "vàng",
  "hàng",
  "lớp",
  "đời",
  "thường",
  "rồi",
  "nhau",
  "khi",
]);

/** Single syllables that never follow themselves in correct prose. */
export const FUNCTION_WORDS = new Set([
  "của",
  "các",
  "và",
  "là",
  "được",
  "đã",
  "đang",
  "sẽ",
  "cho",
  "với",
  "trong",
  "những",
  "này",
  "để",
  "theo",
  "tại",
  "về",
  "có",
  "không",
  "một",
  "thì",
  "mà",
  "nhưng",
  "hoặc",
  "đến",
  "trên",
  "dưới",
  "bị",
  "do",
  "vào",
  "ra",
]);

const TOKEN = /[\p{L}\p{N}]+/gu;
const LETTERS = /^\p{L}+$/u;
const BLANK = /^[ \t]+$/;

/**
 * Two-word phrases repeated ("báo cáo báo cáo"), then single function words ("của của"). One pass over the words.
 * Words are compared lower-cased; Vietnamese has no locale-specific case mappings, so plain
 * `toLowerCase` is exact (and much cheaper than `toLocaleLowerCase("vi")`).
 */
export function repeatedWords(text: string): Array<{ index: number; words: string }> {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    index: m.index,
    word: LETTERS.test(m[0]),
  }));
  // joined[i]: tokens i and i+1 are both words separated only by spaces or tabs
  const joined = tokens.map((t, i) => {
    const next = tokens[i + 1];
    return !!next && t.word && next.word && BLANK.test(text.slice(t.index + t.text.length, next.index));
  });
  const span = (i: number, n: number) =>
    text.slice(tokens[i]!.index, tokens[i + n - 1]!.index + tokens[i + n - 1]!.text.length);
  const hits: Array<{ index: number; words: string }> = [];
  const seen = new Set<number>();
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!(joined[i] && joined[i + 1] && joined[i + 2])) continue;
    const [a, b, c, d] = [tokens[i]!.lower, tokens[i + 1]!.lower, tokens[i + 2]!.lower, tokens[i + 3]!.lower];
    if (a === c && b === d && a !== b) {
      hits.push({ index: tokens[i]!.index, words: span(i, 4) });
      seen.add(tokens[i]!.index);
    }
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!joined[i]) continue;
    const word = tokens[i]!.lower;
    if (
      word === tokens[i + 1]!.lower &&
      FUNCTION_WORDS.has(word) &&
      !REDUPLICATIONS.has(word) &&
      !seen.has(tokens[i]!.index)
    ) {
      hits.push({ index: tokens[i]!.index, words: span(i, 2) });
    }
  }
  return hits.sort((x, y) => x.index - y.index);
}

export const repeatedWord: LintRule = {
  id: "repeated-word",
  description: 'the same word or two-word phrase twice in a row ("báo cáo báo cáo")',
  run: ({ fields }) =>
    fields.flatMap((f): Diagnostic[] =>
      repeatedWords(f.text).map((h) => {
        const p = lineColumn(f.text, h.index);
        return warning(
          f.file,
          f.map(p.line, p.column),
          "repeated-word",
          msg("lint.repeated-word", { words: h.words }),
          msg("lint.repeated-word.hint", { words: h.words }),
        );
      }),
    ),
};
