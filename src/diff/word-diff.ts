/** Words added and removed between two texts (jsdiff over the words as people count them). */
import { diffArrays } from "diff";
import { words } from "../vi/words.js";

export function wordDiff(before: string, after: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const change of diffArrays(words(before), words(after))) {
    if (change.added) added += change.count;
    else if (change.removed) removed += change.count;
  }
  return { added, removed };
}
