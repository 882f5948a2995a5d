/**
 * Turning model text into Typst source that prints it literally.
 *
 * Every piece of model text becomes a Typst string literal, never markup, so `*`, `_`, `#`,
 * `$`, `@`, `<`, `[`, `//`, `{{z}}` and friends have no meaning. Only `\`, `"` and control
 * characters need escaping inside a string literal.
 */
import { keepTogetherPieces } from "../keep-together.js";

/** A Typst string literal (code syntax) for `text`. */
export function typstString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\u{${code.toString(16)}}`;
    else out += ch;
  }
  return out + '"';
}

/**
 * Model text as Typst content that prints it literally and keeps document references on one line
 * (keep-together.ts): each such token goes into a `box`, which never breaks.
 * Returns a code expression (a string literal, or a content block of literals and boxes).
 */
export function typstText(text: string): string {
  const parts = keepTogetherPieces(text).map((p) =>
    // The body sets text edges to ascender/descender; inside a box the bottom edge must be
    // the baseline, or the box (which sits on the baseline) lifts its text.
    p.keep ? `box(text(bottom-edge: "baseline", ${typstString(p.text)}))` : typstString(p.text),
  );
  return parts.length === 1 ? (parts[0] as string) : `[${parts.map((p) => `#${p}`).join("")}]`;
}

/** A Typst length literal with a fixed number of decimals, so the source is stable. */
export function len(value: number, unit: "mm" | "pt" | "cm" | "em"): string {
  return `${Number(value.toFixed(4))}${unit}`;
}
