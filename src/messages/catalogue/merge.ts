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
} satisfies Catalogue;
