import { classesFor, letterPattern, type LetterClasses } from "../vi/letter-classes.js";

const WORD_CHARACTER = letterPattern((c) => new RegExp(`[${c.letter}${c.number}]`, c.flags));

/** Words as people count them: whitespace-separated tokens holding a letter or digit (Markdown marks are not words). */
export function words(text: string, classes: LetterClasses = classesFor(text)): string[] {
  const wordCharacter = WORD_CHARACTER(text, classes);
  return text.split(/\s+/).filter((w) => wordCharacter.test(w));
}

export const countWords = (text: string) => words(text).length;
