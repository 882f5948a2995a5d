/** The outline a report kind declares and the report file's `order` of items: src/validate/ (order-rules, section-number). */
import type { Catalogue } from "./entry.js";

export const OUTLINE = {
  "outline.order-unknown-section": {
    en: "unknown section `{{section}}` in `order` of report kind `{{kind}}`",
    vi: "`order` nêu mục `{{section}}` nhưng báo cáo loại `{{kind}}` không có mục này",
  },
  "outline.order-duplicate": {
    en: "item `{{entry}}` is listed twice in `order.{{section}}`",
    vi: "ý `{{entry}}` được liệt kê hai lần trong `order.{{section}}`",
  },
  "outline.order-duplicate.hint": { en: "list each item once", vi: "mỗi ý chỉ liệt kê một lần" },
  "outline.order-unknown-item": {
    en: "expected `<unit>.<item id>` of an item written for section `{{section}}` — found `{{entry}}`; {{known}}",
    vi: "mỗi giá trị trong `order` phải là `<đơn vị>.<mã ý>` của một ý đã viết cho mục `{{section}}` — giá trị hiện tại là `{{entry}}`; {{known}}",
  },
  "outline.order-items-are": {
    en: "the items of section `{{section}}` are {{items}}",
    vi: "các ý của mục `{{section}}` gồm: {{items}}",
  },
  "outline.order-no-items": {
    en: "no fragment of section `{{section}}` has `items:`",
    vi: "chưa có phần báo cáo nào của mục `{{section}}` ghi `items:`",
  },
  "outline.item-unordered": {
    en: "item `{{item}}` is not listed in `order.{{section}}` of {{file}}; it is printed after the listed items",
    vi: "ý `{{item}}` chưa có trong `order.{{section}}` của {{file}} nên được in sau các ý đã liệt kê",
  },
  "outline.item-unordered.hint": {
    en: "add `{{item}}` to `order.{{section}}` where the report should print it",
    vi: "thêm `{{item}}` vào `order.{{section}}`, đúng vị trí cần in trong báo cáo",
  },
  "outline.number-none": {
    en: "expected no `number` on section `{{section}}`, whose level has `numbering: none`",
    vi: "mục `{{section}}` không được ghi `number` vì cấp của mục đặt `numbering: none`",
  },
  "outline.number-none.hint": {
    en: "remove `number`, or give the section's level a numbering",
    vi: "xóa `number`, hoặc đặt cách đánh số (`numbering`) cho cấp của mục",
  },
  "outline.number-form": {
    en: "expected the `number` of section `{{section}}` to be a {{numbering}} number such as {{example}} (or its position, an integer) — found `{{raw}}`",
    vi: "`number` của mục `{{section}}` phải là số kiểu `{{numbering}}`, ví dụ {{example}} (hoặc số thứ tự của mục, là một số nguyên) — giá trị hiện tại là `{{raw}}`",
  },
  "outline.number-form.hint": {
    en: "write the number as the document prints it, without prefix; the suffix comes from the level",
    vi: "ghi số như văn bản in ra, không kèm tiền tố; phần đuôi sau số do cấp của mục quy định",
  },
  "outline.number-example.roman": { en: "`III`", vi: "`III`" },
  "outline.number-example.arabic": { en: "`3`", vi: "`3`" },
  "outline.number-example.nested": {
    en: "`3` (or `2.3`, the last part counts)",
    vi: "`3` (hoặc `2.3`, tính theo số cuối cùng)",
  },
  "outline.number-example.letter": { en: "`e`", vi: "`e`" },
  "outline.number-example.upper-letter": { en: "`C`", vi: "`C`" },
  "outline.number-not-numbered": {
    en: "expected no `number` on section `{{section}}`, which is not numbered",
    vi: "mục `{{section}}` không được ghi `number` vì mục này không đánh số",
  },
  "outline.number-not-numbered.hint": {
    en: "remove `number`, or `numbered: false`",
    vi: "xóa `number`, hoặc xóa `numbered: false`",
  },
  "outline.number-goes-back": {
    en: "expected the number of section `{{section}}` to come after its previous sibling's (position {{previous}}) — found `{{number}}` (position {{index}})",
    vi: "số của mục `{{section}}` phải lớn hơn số của mục cùng cấp liền trước (vị trí {{previous}}) — giá trị hiện tại là `{{number}}` (vị trí {{index}})",
  },
  "outline.number-goes-back.hint": {
    en: "numbers may skip (I. then III.) but never go back or repeat",
    vi: "số có thể cách quãng (I. rồi III.) nhưng không được lùi lại hoặc lặp lại",
  },
  "outline.levels-too-deep": {
    en: "section `{{section}}` sets {{levels}} levels below it but its sub-sections go {{deepest}} deep",
    vi: "mục `{{section}}` khai báo {{levels}} cấp bên dưới nhưng các mục con của nó chỉ sâu {{deepest}} cấp",
  },
  "outline.levels-too-deep.hint": {
    en: "remove the extra entries of `levels` (the first applies to its sub-sections, the next to theirs)",
    vi: "xóa các dòng thừa trong `levels` (dòng đầu áp dụng cho các mục con, dòng tiếp theo cho mục con của chúng)",
  },
} satisfies Catalogue;
