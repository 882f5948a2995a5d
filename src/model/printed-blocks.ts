/**
 * Blocks as the paged writers print them: a list item is a paragraph that starts with its
 * marker, indented by its depth. DOCX, PDF and Markdown print lists this way (Decree 30 prints
 * markers as typed); a writer with real lists (HTML) walks the List blocks instead.
 */
import type { Block, Figure, Heading, Inline, List, Paragraph, Revision, SourceRef, Table } from "./report.js";

/** A paragraph with its list marker ("" outside lists) and list depth (0 = not indented). */
export interface PrintedParagraph {
  type: "paragraph";
  role: Paragraph["role"];
  marker: string;
  depth: number;
  content: Inline[];
  source?: SourceRef;
  /** Tracked-changes model only: the paragraph or list item was inserted or deleted whole. */
  revision?: Revision;
  /** A lead-in ("… như sau:") right before a table or figure: printed on the same page as it. */
  keepWithNext?: true;
}

export type PrintedBlock = Heading | Table | Figure | PrintedParagraph;

export function printedBlocks(blocks: readonly Block[]): PrintedBlock[] {
  const out: PrintedBlock[] = [];
  walk(blocks, 0, 0, out);
  out.forEach((b, i) => {
    const next = out[i + 1];
    if (b.type === "paragraph" && (next?.type === "table" || next?.type === "figure") && leadIn(b.content))
      b.keepWithNext = true;
  });
  return out;
}

/** Text that ends with a colon introduces what follows it. */
const leadIn = (content: readonly Inline[]): boolean => {
  const last = [...content].reverse().find((r) => r.type === "text" && r.text.trim() !== "");
  return last?.type === "text" && /:\s*$/.test(last.text);
};

/** The closing's paragraphs and list items (it holds no heading or table). */
export function closingParagraphs(closing: ReadonlyArray<Paragraph | List>): PrintedParagraph[] {
  return printedBlocks(closing).filter((b): b is PrintedParagraph => b.type === "paragraph");
}

/** Paragraphs print at `depth`, the items of a list at `listDepth`. */
function walk(blocks: readonly Block[], depth: number, listDepth: number, out: PrintedBlock[]): void {
  for (const block of blocks) {
    if (block.type === "paragraph") {
      out.push({ ...block, marker: "", depth });
    } else if (block.type === "list") {
      for (const item of block.items) {
        const source = block.source ? { source: block.source } : {};
        const revision = item.revision ? { revision: item.revision } : {};
        out.push({
          type: "paragraph",
          role: block.role,
          marker: item.marker,
          depth: listDepth,
          content: item.content,
          ...source,
          ...revision,
        });
        walk(item.blocks, listDepth, listDepth + 1, out);
      }
    } else {
      out.push(block);
    }
  }
}
