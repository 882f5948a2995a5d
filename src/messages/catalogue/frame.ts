/** The frame of the document and its templates: src/frame/. */
import type { Catalogue } from "./entry.js";

export const FRAME = {
  "frame.template": { en: "cannot render template: {{detail}}", vi: "không dựng được mẫu: {{detail}}" },
  "frame.template.hint": {
    en: "templates use Handlebars: `{{period.name}}`, `{{#if …}}…{{/if}}`; see README, Templates",
    vi: "mẫu viết theo cú pháp Handlebars: `{{period.name}}`, `{{#if …}}…{{/if}}`; xem README, phần Templates",
  },
  "frame.unknown-template": {
    en: "`{{name}}` is not a frame template and is not used",
    vi: "`{{name}}` không phải mẫu khung văn bản nên không được dùng",
  },
  "frame.unknown-template.hint": { en: "templates are: {{names}}", vi: "các mẫu gồm: {{names}}" },
  "frame.each-too-deep": {
    en: "expected `{{#each}}` loops nested at most {{max}} deep — found {{depth}}",
    vi: "vòng lặp `{{#each}}` chỉ được lồng tối đa {{max}} cấp — đang lồng {{depth}} cấp",
  },
  "frame.each-too-deep.hint": {
    en: "each nested loop multiplies the work; loop over the items you need once",
    vi: "mỗi vòng lặp lồng nhau nhân khối lượng xử lý lên; chỉ lặp một lần qua các mục cần dùng",
  },
  "frame.unreadable-template": { en: "cannot read the template: {{why}}", vi: "không đọc được mẫu: {{why}}" },
  "frame.unreadable-template.hint": {
    en: "make it a readable file, or remove it to use the built-in template",
    vi: "cấp quyền đọc tệp, hoặc xóa tệp để dùng mẫu có sẵn",
  },
  "frame.unreadable-templates": {
    en: "cannot read the templates folder: {{why}}",
    vi: "không đọc được thư mục mẫu: {{why}}",
  },
  "frame.unreadable-templates.hint": {
    en: "make it a readable folder, or remove it to use the built-in templates",
    vi: "cấp quyền đọc thư mục, hoặc xóa thư mục để dùng các mẫu có sẵn",
  },
  "frame.helper-needs-date": {
    en: '`{{helper}}` expects a date (such as `report.date`, `period.window.from` or "2023-11-20") — found {{found}}',
    vi: '`{{helper}}` cần một ngày (như `report.date`, `period.window.from` hoặc "2023-11-20") — giá trị nhận được là {{found}}',
  },
  "frame.helper-needs-whole": {
    en: "`{{helper}}` expects a whole number of at most 300 digits — found {{found}}",
    vi: "`{{helper}}` cần một số nguyên không âm, viết tối đa 300 chữ số — giá trị nhận được là {{found}}",
  },
  "frame.helper-got-nothing": { en: "nothing", vi: "trống" },
  "frame.helper-pair": { en: "{{a}} / {{b}}", vi: "{{a}} / {{b}}" },
  "frame.helper-needs-number": {
    en: "`{{helper}}` expects numbers (and `decimals` from 0 to 20) — found {{found}}",
    vi: "`{{helper}}` cần giá trị là số (và `decimals` từ 0 đến 20) — giá trị nhận được là {{found}}",
  },
  "frame.helper-zero-plan": {
    en: "`percent` cannot divide by a plan of 0 — found {{found}}",
    vi: "`percent` không chia được cho kế hoạch bằng 0 — giá trị nhận được là {{found}}",
  },
  "frame.helper-needs-count": {
    en: "`count` expects a whole number from 0 — found {{found}}",
    vi: "`count` cần một số nguyên từ 0 trở lên — giá trị nhận được là {{found}}",
  },
  "frame.helper-needs-roman": {
    en: "`roman` expects a whole number from 1 to 3999 — found {{found}}",
    vi: "`roman` cần một số nguyên từ 1 đến 3999 — giá trị nhận được là {{found}}",
  },
  "frame.helper-needs-letter": {
    en: "`letter` expects a whole number from 1 — found {{found}}",
    vi: "`letter` cần một số nguyên từ 1 trở lên — giá trị nhận được là {{found}}",
  },
} satisfies Catalogue;
