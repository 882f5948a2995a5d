const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Words as people count them: whitespace-separated tokens holding a letter or digit (Markdown marks are not words). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => WORD_CHARACTER.test(w));
}

export const countWords = (text: string) => words(text).length;
