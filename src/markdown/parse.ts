import type { Root } from "mdast";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";

/**
 * CommonMark + GFM: tables, footnotes, strikethrough, task lists and autolink literals, as
 * remark-gfm has them, except that bare URLs and e-mail addresses are found in the parsed text
 * (the `mdast-util-gfm` transform) rather than by micromark's autolink-literal syntax, which
 * looks at every letter of every text and cost a third of the parse (25 ms of a 180 ms `check`).
 * Both make the same links of `https://…`, `www.…` and `name@host.tld` in running text
 * (test/markdown-inlines.test.ts pins the cases); they differ only where a URL holds Markdown punctuation:
 * write such a URL as `<https://…>`.
 * `singleTilde: false`: only `~~text~~` strikes through, so "~50 ha" prints as typed.
 */
function gfm(this: Processor, options: { tables: boolean; cell?: boolean }): void {
  const data = this.data();
  const tables = options.tables ? [gfmTable()] : [];
  const cell = options.cell ? [{ disable: { null: CELL_DISABLED } }] : [gfmTaskListItem()];
  data.micromarkExtensions = [
    ...(data.micromarkExtensions ?? []),
    gfmFootnote(),
    gfmStrikethrough({ singleTilde: false }),
    ...tables,
    ...cell,
  ];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmFromMarkdown()];
}

/**
 * The table syntax is tried at the start of every line; a table needs a `|` (its delimiter row
 * has one, even for a single column), so a text without one is parsed without it: same tree.
 */
const withTables = unified().use(remarkParse).use(gfm, { tables: true });
const withoutTables = unified().use(remarkParse).use(gfm, { tables: false });

/**
 * The block constructs a table cell has no use for: its text is one paragraph of inline Markdown,
 * so `1.`, `- `, `# 5`, `> 3` or `---` in a cell print as typed. Footnote definitions stay, only
 * so that calls are recognised (see parseOnce); one typed in a cell is reported by the cell.
 */
const CELL_DISABLED = [
  "blockQuote",
  "codeFenced",
  "codeIndented",
  "definition",
  "headingAtx",
  "htmlFlow",
  "list",
  "setextUnderline",
  "thematicBreak",
];
const inCell = unified().use(remarkParse).use(gfm, { tables: false, cell: true });

/** `[^label]` as typed: what micromark would take for a footnote call. */
const FOOTNOTE_CALL = /\[\^([^\]\s\\[]{1,999})\]/g;

/**
 * Parse one Markdown field.
 *
 * micromark only recognises `[^label]` when `[^label]: …` is defined in the same document,
 * but a fragment's tasks may call a footnote defined in its body. So a stand-in definition
 * is appended for every call-like label; nodes that start past the end of the real text are
 * dropped again. The reference is then checked against the fragment's FootnoteScope.
 * `tables` (default: whether the text has a `|`) is there for the test that shows the default
 * changes nothing.
 */
export function parseMarkdown(text: string, tables = text.includes("|")): Root {
  return cached(tables ? "t" : "-", text, tables ? withTables : withoutTables);
}

/** The text of a ```table block's cell: inline Markdown only (CELL_DISABLED), no tables. */
export function parseCellMarkdown(text: string): Root {
  return cached("c", text, inCell);
}

function cached(mode: string, text: string, processor: Processor<Root>): Root {
  const key = `${mode}${text}`;
  const kept = parsed.get(key);
  if (kept) return kept;
  if (parsed.size >= KEEP) parsed.clear();
  const root = parseOnce(text, processor);
  parsed.set(key, root);
  return root;
}

/**
 * Trees of texts parsed before: `bcreport preview` rebuilds on every save, and most fields have
 * not changed. The trees are shared, so nothing may change them (the converters only read them).
 */
const parsed = new Map<string, Root>();
const KEEP = 4000;

function parseOnce(text: string, processor: Processor<Root>): Root {
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
