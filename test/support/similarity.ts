/**
 * Word-sequence similarity of two texts, for checking that a built report says what the
 * original says, word for word, without caring about layout.
 *
 * Texts are tokenised on whitespace after NFC normalisation; Markdown and extraction artefacts
 * (`<sup>n</sup>` footnote marks, superscript digits, `**`/`*` emphasis markers, heading `#`s,
 * `<…>` around autolinks) are removed first, and tokens made only of punctuation or symbols
 * ("-", "–", "./.") are dropped. Punctuation attached to a word stays part of it, so "tỉnh;" and
 * "tỉnh." differ.
 *
 * The ratio is 2·M / T (as Python's difflib), with M the length of a longest common subsequence
 * of the two word lists and T the total number of words in both.
 */

/** Superscript digits used as footnote marks by PDF-to-text extraction. */
export const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUPERSCRIPT_RE = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const PUNCT_ONLY_RE = /^[\p{P}\p{S}]+$/u;

/** Remove Markdown and extraction artefacts from a text, keeping its words and their order. */
export function stripArtefacts(text: string): string {
  return (
    text
      .normalize("NFC")
      // Footnote marks: "<sup>12</sup>" and superscript digits.
      .replace(/<sup>\s*\d*\s*<\/sup>/gi, "")
      .replace(/<\/?sup>/gi, "")
      .replace(SUPERSCRIPT_RE, "")
      // Autolinks "<https://…>" print without their brackets.
      .replace(/<((?:https?|mailto):[^>\s]+)>/gi, "$1")
      // Heading marks at line starts.
      .replace(/^[ \t]*#{1,6}[ \t]+/gm, "")
      // Emphasis markers: no seed contains a literal asterisk.
      .replace(/\*+/g, "")
  );
}

/** The words of a text, after removing artefacts and punctuation-only tokens. */
export function tokenize(text: string): string[] {
  return stripArtefacts(text)
    .split(/\s+/u)
    .filter((t) => t.length > 0 && !PUNCT_ONLY_RE.test(t));
}

export type Words = string | readonly string[];

function words(x: Words): readonly string[] {
  return typeof x === "string" ? tokenize(x) : x;
}

/** One stretch of an alignment: equal words, or words only in `a` and/or only in `b`. */
export interface DiffChunk {
  kind: "equal" | "change";
  /** Start index in `a` and the words of `a` in this stretch. */
  aStart: number;
  a: string[];
  /** Start index in `b` and the words of `b` in this stretch. */
  bStart: number;
  b: string[];
}

export interface Alignment {
  /** Number of matched words (length of the longest common subsequence). */
  matches: number;
  /** Total words in both texts. */
  total: number;
  /** 2·matches / total; 1 when both are empty. */
  ratio: number;
  /** The alignment as alternating equal / changed stretches, in order. */
  chunks: DiffChunk[];
}

/** Largest table (cells) the full alignment keeps in memory; above it only the ratio is computed. */
const MAX_TABLE = 64_000_000;

/**
 * Align two word lists with a longest-common-subsequence table. Common prefix and suffix are
 * matched first, so near-identical texts of a few thousand words align in milliseconds.
 */
export function alignWords(aIn: Words, bIn: Words): Alignment {
  const a = words(aIn);
  const b = words(bIn);
  const total = a.length + b.length;

  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;

  // Middle parts, as integer ids so comparisons are cheap.
  const ids = new Map<string, number>();
  const idOf = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = ids.size;
      ids.set(w, id);
    }
    return id;
  };
  const am = Int32Array.from(a.slice(pre, a.length - suf), idOf);
  const bm = Int32Array.from(b.slice(pre, b.length - suf), idOf);
  const n = am.length;
  const m = bm.length;

  // Pairs (i, j) of matched positions in the middle parts, in order.
  const pairs: Array<[number, number]> = [];
  let mid = 0;
  if (n > 0 && m > 0) {
    if ((n + 1) * (m + 1) <= MAX_TABLE && n < 65535 && m < 65535) {
      // dp[i][j] = LCS of am[i..] and bm[j..], so the walk from (0, 0) reads forwards.
      const w = m + 1;
      const dp = new Uint16Array((n + 1) * w);
      for (let i = n - 1; i >= 0; i--) {
        const ai = am[i]!;
        const row = i * w;
        const next = row + w;
        for (let j = m - 1; j >= 0; j--) {
          if (ai === bm[j]) dp[row + j] = dp[next + j + 1]! + 1;
          else {
            const down = dp[next + j]!;
            const right = dp[row + j + 1]!;
            dp[row + j] = down > right ? down : right;
          }
        }
      }
      mid = dp[0]!;
      let i = 0;
      let j = 0;
      while (i < n && j < m) {
        if (am[i] === bm[j]) {
          pairs.push([i, j]);
          i++;
          j++;
        } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++;
        else j++;
      }
    } else {
      // Too big for a full table: two rows, ratio only.
      let prev = new Int32Array(m + 1);
      let cur = new Int32Array(m + 1);
      for (let i = 1; i <= n; i++) {
        const ai = am[i - 1]!;
        for (let j = 1; j <= m; j++) {
          cur[j] = ai === bm[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
        }
        [prev, cur] = [cur, prev];
      }
      mid = prev[m]!;
    }
  }

  const matches = pre + mid + suf;
  const ratio = total === 0 ? 1 : (2 * matches) / total;

  // Build chunks from the matched pairs (absolute indices).
  const all: Array<[number, number]> = [];
  for (let k = 0; k < pre; k++) all.push([k, k]);
  for (const [i, j] of pairs) all.push([i + pre, j + pre]);
  for (let k = suf; k > 0; k--) all.push([a.length - k, b.length - k]);
  const matchedAll = all.length === matches; // false when only the ratio was computed
  const chunks: DiffChunk[] = [];
  if (matchedAll) {
    let ai = 0;
    let bi = 0;
    const push = (kind: DiffChunk["kind"], a0: number, a1: number, b0: number, b1: number) => {
      if (a1 <= a0 && b1 <= b0) return;
      const last = chunks[chunks.length - 1];
      if (last && last.kind === kind) {
        last.a.push(...a.slice(a0, a1));
        last.b.push(...b.slice(b0, b1));
      } else chunks.push({ kind, aStart: a0, a: a.slice(a0, a1), bStart: b0, b: b.slice(b0, b1) });
    };
    for (const [i, j] of all) {
      push("change", ai, i, bi, j);
      push("equal", i, i + 1, j, j + 1);
      ai = i + 1;
      bi = j + 1;
    }
    push("change", ai, a.length, bi, b.length);
  }
  return { matches, total, ratio, chunks };
}

/** Word-sequence similarity 2·M/T in [0, 1]: 1 for the same words in the same order, 0 for none shared. */
export function similarity(a: Words, b: Words): number {
  return alignWords(a, b).ratio;
}

/**
 * A readable description of the first stretch where the texts differ, with `context` equal words
 * before it, or undefined when they are the same. For test failure messages.
 */
export function firstDifference(
  a: Words,
  b: Words,
  context = 8,
  labels: [string, string] = ["expected", "actual"],
): string | undefined {
  const al = alignWords(a, b);
  if (al.chunks.length === 0 && al.ratio < 1) return `texts differ (too long to align; ratio ${al.ratio.toFixed(4)})`;
  const idx = al.chunks.findIndex((c) => c.kind === "change");
  if (idx < 0) return undefined;
  const ch = al.chunks[idx]!;
  const before = idx > 0 ? al.chunks[idx - 1]!.a.slice(-context).join(" ") : "";
  const after = al.chunks[idx + 1]?.a.slice(0, context).join(" ") ?? "";
  const show = (ws: string[]) =>
    ws.length === 0 ? "(nothing)" : ws.slice(0, 60).join(" ") + (ws.length > 60 ? ` … (+${ws.length - 60} words)` : "");
  return [
    `at word ${ch.aStart} of ${labels[0]} / ${ch.bStart} of ${labels[1]}:`,
    `  … ${before}`,
    `  ${labels[0]}: ${show(ch.a)}`,
    `  ${labels[1]}: ${show(ch.b)}`,
    `  then: ${after} …`,
  ].join("\n");
}

/** Every differing stretch, described as by `firstDifference` (at most `limit`). */
export function differences(
  a: Words,
  b: Words,
  limit = 20,
  labels: [string, string] = ["expected", "actual"],
): string[] {
  const al = alignWords(a, b);
  const out: string[] = [];
  al.chunks.forEach((ch, k) => {
    if (ch.kind !== "change" || out.length >= limit) return;
    const before = k > 0 ? al.chunks[k - 1]!.a.slice(-6).join(" ") : "";
    out.push(
      `@${ch.aStart}/${ch.bStart} … ${before} | ${labels[0]}: ${ch.a.join(" ") || "(nothing)"} | ${labels[1]}: ${ch.b.join(" ") || "(nothing)"}`,
    );
  });
  return out;
}
