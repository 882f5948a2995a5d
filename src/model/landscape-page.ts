/**
 * The geometry of a landscape page in a portrait report (docs/decree-30.md#landscape-pages): the
 * sheet turned a quarter to the left, as printers turn landscape pages, so the binding edge
 * (the portrait left, with the decree's widest margin) becomes the landscape top. The margins turn
 * with the sheet: top ← left, right ← top, bottom ← right, left ← bottom.
 */
import type { Layout } from "./layout.js";

export function landscapePage(page: Layout["page"]): Layout["page"] {
  const m = page.margin;
  return {
    width: page.height,
    height: page.width,
    margin: { top: m.left, right: m.top, bottom: m.right, left: m.bottom },
    headerDistance: page.headerDistance,
  };
}

/** The width of the text on a page, mm. */
export function textAreaMm(page: Layout["page"]): number {
  return page.width - page.margin.left - page.margin.right;
}
