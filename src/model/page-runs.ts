/**
 * `body` split where its orientation changes (model/report.ts, `Placed`): each run is printed on
 * pages of one orientation, a landscape run on pages of its own. Writers print runs in order.
 */
import type { Block } from "./report.js";

export interface PageRun {
  landscape: boolean;
  blocks: Block[];
}

export function pageRuns(blocks: readonly Block[]): PageRun[] {
  const runs: PageRun[] = [];
  for (const block of blocks) {
    const landscape = block.landscape === true;
    const last = runs[runs.length - 1];
    if (last && last.landscape === landscape) last.blocks.push(block);
    else runs.push({ landscape, blocks: [block] });
  }
  return runs;
}
