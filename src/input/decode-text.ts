/**
 * Bytes of a user's file → NFC text with LF line ends, or diagnostics saying why not.
 * Accepts UTF-8 with or without BOM and CRLF; refuses binary, UTF-16 and invalid UTF-8.
 */
import { msg, type Message } from "../messages/index.js";
import { isUtf8 } from "node:buffer";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

/** Larger files are refused: a fragment is a few kilobytes; this guards against mistakes. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** `text` is NFC; `written` is the same text before NFC normalisation, for the lints that look at how it was typed. */
export type DecodeResult = { ok: true; text: string; written: string } | { ok: false; diagnostics: Diagnostic[] };

function problem(file: string, rule: string, message: Message, hint?: Message, line = 1, column = 1): DecodeResult {
  return { ok: false, diagnostics: [diagnostic({ file, line, column, rule, message, hint })] };
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  const column = new TextDecoder().decode(bytes.subarray(start, offset)).length + 1;
  return { line, column };
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629, the
 * table of Unicode's section 3.9): lengths, and the narrower second byte after E0 (no overlong
 * forms), ED (no UTF-16 surrogates, as CESU-8 writes them), F0 (no overlong forms) and F4 (nothing
 * above U+10FFFF). Run only on text Node's own check refuses; -1 when it finds nothing.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] ?? 0;
    if (need > 0 && (second < lo || second > hi)) return i;
    for (let k = 2; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeText(file: string, bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return problem(
      file,
      "file-too-large",
      msg("input.too-large", { bytes: bytes.length }),
      msg("input.too-large.hint"),
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem(file, "encoding", msg("input.utf16"), msg("input.utf16.hint"));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = positionOfByte(bytes, nul);
    return problem(file, "binary-file", msg("input.binary"), msg("input.binary.hint"), at.line, at.column);
  }
  // Node's check and this locator agree on what is valid; should they ever not, the file is still refused.
  const bad = isUtf8(bytes) ? -1 : Math.max(0, firstInvalidUtf8(bytes));
  if (bad >= 0) {
    const at = positionOfByte(bytes, bad);
    return problem(
      file,
      "encoding",
      msg("input.bad-utf8", { byte: bytes[bad]!.toString(16).padStart(2, "0") }),
      msg("input.bad-utf8.hint"),
      at.line,
      at.column,
    );
  }
  let text = new TextDecoder("utf-8").decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const written = text.replace(/\r\n?/g, "\n");
  return { ok: true, text: written.normalize("NFC"), written };
}
