/**
 * The report's DOCX sections: a new one wherever the orientation changes (a landscape run of the
 * body, a landscape appendix, the portrait pages after them). The first holds the frame and has no
 * page number on page 1 (`titlePg`); each later one starts a new page, keeps the page-number header
 * and does not restart the numbering (no `w:pgNumType w:start`). A landscape section is the sheet
 * turned with its margins (model/landscape-page.ts): `w:pgSz w:orient="landscape"`, width and height swapped.
 */
import { PageOrientation, SectionType } from "docx";
import type { ISectionOptions, Paragraph, Table } from "docx";
import { landscapePage } from "../../model/landscape-page.js";
import type { Layout } from "../../model/report.js";
import { pageHeaders } from "./page-header.js";
import { mmToTwips } from "./units.js";

export interface PageGroup {
  landscape: boolean;
  children: Array<Paragraph | Table>;
}

/** Add `children` to the last group when it has the same orientation, else start a new one. */
export function addToGroups(groups: PageGroup[], landscape: boolean, children: Array<Paragraph | Table>): void {
  const last = groups[groups.length - 1];
  if (last && last.landscape === landscape) last.children.push(...children);
  else groups.push({ landscape, children: [...children] });
}

function pageOf(layout: Layout, landscape: boolean) {
  const { page } = layout;
  const m = (landscape ? landscapePage(page) : page).margin;
  return {
    // docx swaps width and height for a landscape page.
    size: {
      width: mmToTwips(page.width),
      height: mmToTwips(page.height),
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: mmToTwips(m.top),
      bottom: mmToTwips(m.bottom),
      left: mmToTwips(m.left),
      right: mmToTwips(m.right),
      header: mmToTwips(page.headerDistance),
      footer: mmToTwips(page.headerDistance),
      gutter: 0,
    },
  };
}

export function pageSections(groups: readonly PageGroup[], layout: Layout): ISectionOptions[] {
  return groups.map((g, i) =>
    i === 0
      ? {
          properties: { titlePage: true, page: pageOf(layout, g.landscape) },
          headers: pageHeaders(layout),
          children: g.children,
        }
      : {
          properties: { type: SectionType.NEXT_PAGE, page: pageOf(layout, g.landscape) },
          headers: { default: pageHeaders(layout).default },
          children: g.children,
        },
  );
}
