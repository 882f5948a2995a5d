/**
 * Appendices (Phụ lục): top-level sections with `appendix: true`, printed after the signature
 * block. Each gets "PHỤ LỤC" (numbered I, II, … when there are several), its title, and the line
 * "(Kèm theo Báo cáo số … ngày … của …)" whose number and date are taken from the header's own
 * lines, so they match it exactly, blank spaces included when the number is not yet assigned.
 */
import type { Frame } from "../model/report.js";
import type { Section } from "../input/config-types.js";
import type { Appendix, Block } from "../model/report.js";
import { toRoman } from "../vi/roman.js";

/** "Số: 12/BC-SKHCN" → "12/BC-SKHCN"; "Cao Bằng, ngày 05 tháng 01 năm 2024" → "ngày 05 tháng 01 năm 2024". */
export function appendixReference(frame: Pick<Frame, "header">, docType: string, agency: string): string {
  const number = frame.header.numberLine.replace(/^\s*Số\s*:\s?/u, "");
  const at = frame.header.dateLine.search(/ngày/u);
  const date = at >= 0 ? frame.header.dateLine.slice(at) : frame.header.dateLine;
  const doc = docType.charAt(0) + docType.slice(1).toLocaleLowerCase("vi");
  return `(Kèm theo ${doc} số ${number} ${date} của ${agency})`;
}

export function buildAppendices(
  sections: readonly Section[],
  titles: ReadonlyMap<string, string>,
  blocksOf: (s: Section) => Block[],
  reference: string,
): Appendix[] {
  const written = sections.map((s) => ({ s, blocks: blocksOf(s) })).filter((a) => a.blocks.length > 0);
  return written.map(({ s, blocks }, i) => ({
    label: written.length > 1 ? `PHỤ LỤC ${toRoman(i + 1)}` : "PHỤ LỤC",
    title: titles.get(s.id) ?? s.title,
    reference,
    landscape: s.landscape === true,
    section: s.id,
    blocks,
  }));
}
