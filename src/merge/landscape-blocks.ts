/**
 * Body blocks on landscape pages (model/report.ts, `Placed`): every block of a section with
 * `landscape: true`, and the headings just before such a run (a parent's heading with no text of
 * its own), so that no heading is left alone at the foot of the portrait page before it.
 */
import type { Block } from "../model/report.js";

/** Place `blocks[from…]` on landscape pages. */
export function markLandscape(blocks: Block[], from: number): void {
  for (let i = from; i < blocks.length; i++) blocks[i] = { ...blocks[i]!, landscape: true };
}

/** Move the headings that directly precede each landscape run onto its pages. */
export function keepHeadingsWithLandscape(blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i]!.landscape !== true || blocks[i - 1]!.landscape === true) continue;
    for (let j = i - 1; j >= 0 && blocks[j]!.type === "heading"; j--) blocks[j] = { ...blocks[j]!, landscape: true };
  }
}
