/**
 * The Markdown summary of `bcreport diff` (src/cli/render-diff.ts), posted as a pull/merge request
 * comment for reviewers: headings, table columns, frame field names, footnote changes. The JSON
 * form (`--format json`) has ids and keys only and stays the same in every language.
 */
import type { Catalogue } from "./entry.js";

export const DIFF = {
  "diff.md.title": { en: "Report changes: {{a}} → {{b}}", vi: "Thay đổi của báo cáo: {{a}} → {{b}}" },
  "diff.md.no-period-changed": { en: "No report period changed.", vi: "Không có kỳ báo cáo nào thay đổi." },
  "diff.md.no-change-to": { en: "No change to {{periods}}.", vi: "Không có thay đổi trong kỳ {{periods}}." },
  "diff.md.report": {
    en: "{{period}} · {{kind}}{{what}}: +{{added}} / −{{removed}} words",
    vi: "{{period}} · {{kind}}{{what}}: +{{added}} / −{{removed}} từ",
  },
  "diff.md.report-added": { en: " (new)", vi: " (báo cáo mới)" },
  "diff.md.report-removed": { en: " (removed)", vi: " (báo cáo đã xóa)" },
  "diff.md.no-section-change": { en: "No change to the sections.", vi: "Không có thay đổi trong các mục." },
  "diff.md.column.section": { en: "Section", vi: "Mục" },
  "diff.md.column.unit": { en: "Unit", vi: "Đơn vị" },
  "diff.md.column.added": { en: "Words added", vi: "Số từ thêm" },
  "diff.md.column.removed": { en: "Words removed", vi: "Số từ xóa" },
  "diff.md.section-added": { en: " (new section)", vi: " (mục mới)" },
  "diff.md.section-removed": { en: " (section removed)", vi: " (mục đã xóa)" },
  "diff.md.section-renamed": { en: " (new title)", vi: " (đổi tên mục)" },
  "diff.md.none": { en: "(none)", vi: "(trống)" },
  "diff.md.field-words": {
    en: "+{{added}} / −{{removed}} words",
    vi: "+{{added}} / −{{removed}} từ",
  },
  "diff.md.footnotes": { en: "Footnotes", vi: "Chú thích" },
  "diff.md.footnotes-added": { en: "{{count}} added", vi: "thêm {{count}}" },
  "diff.md.footnotes-removed": { en: "{{count}} removed", vi: "xóa {{count}}" },
  "diff.md.footnotes-changed": { en: "{{count}} with new text", vi: "{{count}} chú thích sửa nội dung" },
  "diff.md.footnote-renumbered": {
    en: { one: "footnote {{from}} became {{to}}", other: "footnotes {{from}} became {{to}}" },
    vi: "chú thích {{from}} thành {{to}}",
  },
  "diff.md.failure": {
    en: "**Note:** {{period}} does not build at {{rev}} ({{errors}}); its reports there are left out. Run {{check}} at that revision.",
    vi: "**Lưu ý:** kỳ {{period}} không xuất được ở phiên bản {{rev}} ({{errors}}); các báo cáo của kỳ này ở phiên bản đó không được so sánh. Chạy {{check}} tại phiên bản đó để xem lỗi.",
  },
  "diff.period-missing": {
    en: "period `{{period}}` exists at neither `{{a}}` nor `{{b}}` (no folder `{{dir}}`)",
    vi: "kỳ `{{period}}` không có ở cả `{{a}}` lẫn `{{b}}` (không có thư mục `{{dir}}`)",
  },
  "diff.periods-at": { en: "the periods at `{{b}}`: {{list}}", vi: "các kỳ có ở `{{b}}`: {{list}}" },
  "diff.no-periods-at": {
    en: "`{{b}}` has no period folder under `{{dir}}`",
    vi: "`{{b}}` không có thư mục kỳ báo cáo nào trong `{{dir}}`",
  },
  "diff.field.number": { en: "Số (number)", vi: "Số, ký hiệu" },
  "diff.field.date": { en: "Date line", vi: "Địa danh, ngày tháng" },
  "diff.field.docType": { en: "Document type", vi: "Tên loại văn bản" },
  "diff.field.title": { en: "Title (trích yếu)", vi: "Trích yếu" },
  "diff.field.agency": { en: "Agency", vi: "Cơ quan ban hành" },
  "diff.field.kinhGui": { en: "Kính gửi", vi: "Kính gửi" },
  "diff.field.preamble": { en: "Preamble (căn cứ)", vi: "Phần mở đầu (căn cứ)" },
  "diff.field.closing": { en: "Closing", vi: "Phần kết" },
  "diff.field.recipients": { en: "Nơi nhận", vi: "Nơi nhận" },
  "diff.field.signer": { en: "Signer", vi: "Người ký" },
} satisfies Catalogue;
