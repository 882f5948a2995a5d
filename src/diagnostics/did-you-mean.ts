import { msg, type Message } from "../messages/index.js";

/** Closest candidate by edit distance, for "did you mean" hints. */
export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export function didYouMean(found: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = levenshtein(found.toLowerCase(), c.toLowerCase());
    if (d < bestScore) ((best = c), (bestScore = d));
  }
  if (best === undefined) return undefined;
  return bestScore <= Math.max(2, Math.floor(found.length / 3)) ? best : undefined;
}

/** `did you mean \`x\`?` or a list of the allowed values when there are few. */
export function suggestion(found: string, candidates: readonly string[]): Message | undefined {
  const best = didYouMean(found, candidates);
  if (best) return msg("did-you-mean", { best });
  if (candidates.length > 0 && candidates.length <= 12) return msg("one-of", { list: codeList(candidates) });
  return undefined;
}

/** `\`a\`, \`b\``: names for a message parameter. */
export const codeList = (names: readonly string[]) => names.map((c) => `\`${c}\``).join(", ");
