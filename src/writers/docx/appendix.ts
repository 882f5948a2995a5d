/**
 * Appendices (Phụ lục) after the signature block: "PHỤ LỤC I" and the title centred and bold,
 * the "(Kèm theo Báo cáo số …)" line centred in italics, then the appendix's blocks. A portrait
 * appendix starts on a new page with a page break; a landscape one gets its own DOCX section
 * (page-sections.ts), and the portrait pages after it another one.
 */
import { AlignmentType, Paragraph } from "docx";
import type { Appendix } from "../../model/report.js";
import { bodyBlocks, type BodyContext } from "./body.js";
import { plainRun } from "./inlines.js";
import { paragraphMark, revisedRun } from "./revisions.js";
import type { PageGroup } from "./page-sections.js";
import { STYLE } from "./styles.js";

function heading(appendix: Appendix, pageBreak: boolean): Paragraph[] {
  const line = (text: string, opts: { bold?: boolean; italics?: boolean }, first = false) =>
    new Paragraph({
      style: STYLE.frame,
      alignment: AlignmentType.CENTER,
      keepNext: true,
      ...(first && pageBreak ? { pageBreakBefore: true } : {}),
      ...paragraphMark(appendix.revision),
      children: [appendix.revision ? revisedRun({ text, ...opts }, appendix.revision) : plainRun(text, opts)],
    });
  return [
    line(appendix.label, { bold: true }, true),
    line(appendix.title, { bold: true }),
    line(appendix.reference, { italics: true }),
  ];
}

/**
 * The appendices grouped into runs of the same orientation; the first group continues the
 * report's own section when it is portrait.
 */
export function appendixGroups(appendices: readonly Appendix[], ctx: BodyContext, landscapeTwips: number): PageGroup[] {
  const groups: PageGroup[] = [];
  for (const a of appendices) {
    const last = groups[groups.length - 1];
    const sameGroup = last !== undefined && last.landscape === a.landscape;
    const group = sameGroup ? last : { landscape: a.landscape, children: [] };
    if (!sameGroup) groups.push(group);
    // A new section starts a page already (the section break) — except the first group when it is
    // portrait: it continues the report's own section.
    const pageBreak = sameGroup || (groups.length === 1 && !a.landscape);
    const blockCtx = a.landscape ? { ...ctx, textTwips: landscapeTwips } : ctx;
    group.children.push(...heading(a, pageBreak), ...bodyBlocks(a.blocks, blockCtx));
  }
  return groups;
}
