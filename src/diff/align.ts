/**
 * Aligning two sequences (blocks, table rows, frame lines) of two revisions: the longest common
 * subsequence of their keys (jsdiff `diffArrays`), then, inside each changed stretch, an old item
 * is paired with the first new one it resembles — a paired item is "changed" and compared word by
 * word; the others were deleted or inserted whole. Steps come in document order: reading only the
 * `b` sides gives the new sequence, reading only the `a` sides gives the old one.
 */
import { diffArrays } from "diff";

export type Step<T> = { a: T; b: T } | { a: T; b?: undefined } | { a?: undefined; b: T };

export function align<T>(
  a: readonly T[],
  b: readonly T[],
  key: (x: T) => string,
  pairable: (x: T, y: T) => boolean,
): Step<T>[] {
  const steps: Step<T>[] = [];
  let i = 0;
  let j = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flush = () => {
    steps.push(...pairUp(removed, added, pairable));
    removed = [];
    added = [];
  };
  for (const change of diffArrays(a.map(key), b.map(key))) {
    if (change.removed) removed.push(...a.slice(i, (i += change.count)));
    else if (change.added) added.push(...b.slice(j, (j += change.count)));
    else {
      flush();
      for (let k = 0; k < change.count; k++) steps.push({ a: a[i++] as T, b: b[j++] as T });
    }
  }
  flush();
  return steps;
}

function pairUp<T>(removed: T[], added: T[], pairable: (x: T, y: T) => boolean): Step<T>[] {
  const steps: Step<T>[] = [];
  let next = 0;
  for (const x of removed) {
    const k = added.findIndex((y, index) => index >= next && pairable(x, y));
    if (k < 0) {
      steps.push({ a: x });
      continue;
    }
    for (; next < k; next++) steps.push({ b: added[next] as T });
    steps.push({ a: x, b: added[next++] as T });
  }
  for (; next < added.length; next++) steps.push({ b: added[next] as T });
  return steps;
}

/** Share of words two texts have in common (Dice coefficient over word multisets), 0 … 1. */
export function similarity(x: string, y: string): number {
  const xs = x.toLowerCase().split(/\s+/).filter(Boolean);
  const ys = y.toLowerCase().split(/\s+/).filter(Boolean);
  if (xs.length + ys.length === 0) return 1;
  const count = new Map<string, number>();
  for (const w of xs) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of ys) {
    const n = count.get(w) ?? 0;
    if (n > 0) (common++, count.set(w, n - 1));
  }
  return (2 * common) / (xs.length + ys.length);
}
