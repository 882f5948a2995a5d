/**
 * Superscript and subscript as pandoc writes them: `100m^2^`, `CO~2~`. The marked text runs from one
 * `^` (or `~`) to the next with no space inside and is not empty; anything else prints as typed
 * ("~50 ha", "2 ^ 3", "a^b"). A text holding a backslash escape is printed as typed, so `\^` can
 * always be written literally. GFM strikethrough takes only `~~…~~` (parse.ts), so `~2~` is free.
 */
export interface SuperSubPiece {
  text: string;
  superscript?: true;
  subscript?: true;
}

const MARKED = /\^([^\s^~]+)\^|~([^\s^~]+)~/g;

/** `value` is the text node's value; `raw` its source, when known (a backslash there turns scanning off). */
export function splitSuperSub(value: string, raw?: string): SuperSubPiece[] {
  if ((!value.includes("^") && !value.includes("~")) || raw?.includes("\\")) return [{ text: value }];
  const out: SuperSubPiece[] = [];
  let last = 0;
  for (const m of value.matchAll(MARKED)) {
    if (m.index > last) out.push({ text: value.slice(last, m.index) });
    out.push(m[1] !== undefined ? { text: m[1], superscript: true } : { text: m[2]!, subscript: true });
    last = m.index + m[0].length;
  }
  if (last < value.length) out.push({ text: value.slice(last) });
  return out;
}
