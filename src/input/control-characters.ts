/**
 * Characters that XML 1.0 cannot carry (so no DOCX can hold them): C0 controls other than
 * tab, line feed and carriage return; U+FFFE and U+FFFF; and UTF-16 surrogates that are not
 * part of a pair. They are found before parsing, reported, and removed from the text.
 */
import { msg, type Message } from "../messages/index.js";

export interface StrippedText {
  /** The text without the illegal characters. */
  text: string;
  /** Offsets (UTF-16 code units) in the original text of every removed code unit, ascending. */
  removed: number[];
}

function isIllegalUnit(code: number): boolean {
  return (code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Any code unit that may need removing (surrogates included: pairs are kept by the slow path). */
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

export function stripControlCharacters(text: string): StrippedText {
  if (!SUSPECT.test(text)) return { text, removed: [] };
  const removed: number[] = [];
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code) && isLow(text.charCodeAt(i + 1))) {
      out += text.slice(i, i + 2);
      i++;
    } else if (isIllegalUnit(code) || isHigh(code) || isLow(code)) {
      removed.push(i);
    } else {
      out += text[i];
    }
  }
  return { text: removed.length === 0 ? text : out, removed };
}

/** "U+0007", "U+D800" — the name used in messages. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function describeRemoved(original: string, offset: number): Message | string {
  const code = original.charCodeAt(offset);
  const name = codePointName(code);
  return isHigh(code) || isLow(code) ? msg("input.lone-surrogate", { name }) : name;
}
