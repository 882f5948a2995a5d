/**
 * The runs of one frame line: its text as one plain run, or — in a tracked-changes model — the
 * line's runs with their revisions (`Frame.tracked`), and the paragraph mark of a line new or gone.
 */
import type { ParagraphChild } from "docx";
import type { Frame } from "../../model/report.js";
import { inlineChildren, plainRun } from "./inlines.js";
import type { RunBase } from "./inlines.js";
import { paragraphMark } from "./revisions.js";

const NO_FOOTNOTES = { footnotes: new Set<number>() };

export function frameRuns(frame: Frame, key: string, text: string, base: RunBase = {}): ParagraphChild[] {
  const tracked = frame.tracked?.[key];
  if (!tracked) return [plainRun(text, base)];
  return inlineChildren(tracked.content, NO_FOOTNOTES, base);
}

/** Paragraph options for the line's own mark (empty unless the line was inserted or deleted whole). */
export const frameMark = (frame: Frame, key: string) => paragraphMark(frame.tracked?.[key]?.revision);
