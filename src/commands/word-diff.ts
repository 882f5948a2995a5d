/** Words added and removed between two texts: longest common subsequence of the word lists (multiset difference when very long). */
import { words } from "./words.js";

export function wordDiff(before: string, after: string): { added: number; removed: number } {
  const a = words(before);
  const b = words(after);
  const common = a.length * b.length > 4_000_000 ? multisetCommon(a, b) : lcsLength(a, b);
  return { added: b.length - common, removed: a.length - common };
}

function lcsLength(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

function multisetCommon(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = count.get(w) ?? 0;
    if (n > 0) (common++, count.set(w, n - 1));
  }
  return common;
}
