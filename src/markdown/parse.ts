import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/**
 * CommonMark + GFM (tables, footnotes, strikethrough, autolink literals, task lists).
 * `singleTilde: false`: only `~~text~~` strikes through, so "~50 ha" prints as typed.
 */
const processor = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });

/** `[^label]` as typed: what micromark would take for a footnote call. */
const FOOTNOTE_CALL = /\[\^([^\]\s\\[]{1,999})\]/g;

/**
 * Parse one Markdown field.
 *
 * micromark only recognises `[^label]` when `[^label]: …` is defined in the same document,
 * but a fragment's tasks may call a footnote defined in its body. So a stand-in definition
 * is appended for every call-like label; nodes that start past the end of the real text are
 * dropped again. The reference is then checked against the fragment's FootnoteScope.
 */
export function parseMarkdown(text: string): Root {
  const labels = new Set<string>();
  for (const match of text.matchAll(FOOTNOTE_CALL)) labels.add(match[1] ?? "");
  let input = text;
  if (labels.size > 0) {
    input += "\n\n" + [...labels].map((label) => `[^${label}]: x`).join("\n\n") + "\n";
  }
  const root = processor.parse(input);
  if (labels.size > 0) {
    root.children = root.children.filter((node) => (node.position?.start.offset ?? 0) < text.length);
  }
  return root;
}
