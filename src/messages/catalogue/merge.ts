/** Putting the report together: src/merge/. */
import type { Catalogue } from "./entry.js";

export const MERGE = {
  "merge.empty-section": {
    en: "section `{{section}}` of `{{kind}}` has no text from {{units}} and is left out",
    vi: "mục `{{section}}` của báo cáo `{{kind}}` chưa có nội dung của {{units}} nên chưa đưa vào báo cáo",
  },
  "merge.empty-section.hint": {
    en: "the units that own it still have to write their fragment, or mark the section `required: false` in bcreport.yaml",
    vi: "các đơn vị được giao mục này cần viết phần của mình, hoặc đặt `required: false` cho mục trong bcreport.yaml",
  },
  "merge.empty-part": {
    en: "part `{{section}}` ({{title}}) of `{{kind}}` is left out with its heading: none of its sections has text",
    vi: "phần `{{section}}` ({{title}}) của báo cáo `{{kind}}` được lược bỏ cả đề mục vì không mục nào trong phần có nội dung",
  },
  "merge.empty-part.hint": {
    en: "set `whenEmpty: heading` (or `whenEmpty: { text: Không. }`) on the part or one of its sections to keep it",
    vi: "muốn giữ phần này, đặt `whenEmpty: heading` (hoặc `whenEmpty: { text: Không. }`) cho phần hoặc một mục trong phần",
  },
} satisfies Catalogue;
