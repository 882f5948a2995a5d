import type { List, ListItem } from "mdast";

/**
 * The list marker exactly as typed, followed by one space: "- ", "+ ", "* ", "1. ", "3) ".
 * mdast keeps only `ordered` and `start`, so the characters are read from the source at the
 * item's start offset.
 */
export function readMarker(text: string, item: ListItem, list: List): { marker: string; end: number } {
  let i = item.position?.start.offset ?? -1;
  if (i >= 0) {
    while (text[i] === " " || text[i] === "\t") i++;
    const bullet = /^[-+*]/.exec(text.slice(i, i + 1));
    const ordered = /^[0-9]{1,9}[.)]/.exec(text.slice(i, i + 10));
    const found = list.ordered ? ordered : bullet;
    if (found !== null) return { marker: `${found[0]} `, end: i + found[0].length };
  }
  const fallback = list.ordered ? `${(list.start ?? 1) + list.children.indexOf(item)}.` : "-";
  return { marker: `${fallback} `, end: i };
}

/**
 * A GFM task-list checkbox as typed ("[ ]", "[x]", "[X]"), which mdast removes from the text.
 * It sits between the marker and the item's first paragraph.
 */
export function readCheckbox(text: string, item: ListItem, markerEnd: number): string | undefined {
  if (item.checked === null || item.checked === undefined) return undefined;
  const first = item.children[0];
  const paragraphStart = first?.position?.start.offset;
  if (markerEnd >= 0 && paragraphStart !== undefined) {
    const found = /\[[ \txX]\]/.exec(text.slice(markerEnd, paragraphStart));
    if (found !== null) return found[0];
  }
  return item.checked ? "[x]" : "[ ]";
}
