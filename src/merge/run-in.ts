/**
 * Where a section's heading goes: on a line of its own before the section's blocks, or run in —
 * its number and title, bold/italic as the level says, at the start of the section's first
 * paragraph ("a) Về dịch vụ công trực tuyến: Toàn tỉnh có …"). A run-in heading whose section does
 * not start with a paragraph (a list, a table, a sub-section) is a paragraph of its own.
 */
import type { Block, Heading, Inline, Paragraph } from "../model/report.js";

function headingRuns(heading: Heading): Inline[] {
  const marks = { ...(heading.style.bold ? { bold: true } : {}), ...(heading.style.italic ? { italic: true } : {}) };
  const words = [heading.number, ...heading.text.map((t) => (t.type === "text" ? t.text : ""))]
    .filter((t) => t !== "")
    .join(" ");
  return [{ type: "text", text: words, ...marks }];
}

/** Put `heading` before `blocks[start]`, or into it when `runIn`. */
export function placeHeading(blocks: Block[], start: number, heading: Heading, runIn: boolean): void {
  if (!runIn) {
    blocks.splice(start, 0, heading);
    return;
  }
  const first = blocks[start];
  const runs = headingRuns(heading);
  if (first?.type === "paragraph") {
    blocks[start] = { ...first, content: [...runs, { type: "text", text: " " }, ...first.content] };
    return;
  }
  const alone: Paragraph = { type: "paragraph", role: "body", content: runs };
  blocks.splice(start, 0, alone);
}
