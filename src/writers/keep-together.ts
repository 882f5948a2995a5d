/**
 * Where a line must not break, in both writers: document references such as `30/2020/NĐ-CP`,
 * `1370/QĐ-UBND` or a date `20/10/2023` stay on one line. The rule: every whitespace-free token
 * that contains "/" is kept together, except URLs ("://"), which may break.
 */

export interface TextPiece {
  text: string;
  /** True for a token to keep on one line. */
  keep: boolean;
}

/** `text` cut into pieces; joined again they give `text`. Adjacent breakable pieces are merged. */
export function keepTogetherPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let plain = "";
  for (const piece of text.split(/(\s+)/u)) {
    if (piece.includes("/") && !piece.includes("://") && !/\s/u.test(piece)) {
      if (plain !== "") pieces.push({ text: plain, keep: false });
      plain = "";
      pieces.push({ text: piece, keep: true });
    } else {
      plain += piece;
    }
  }
  if (plain !== "" || pieces.length === 0) pieces.push({ text: plain, keep: false });
  return pieces;
}
