/** Schema errors (ajv) in words: src/validate/schema-check.ts. */
import type { Catalogue } from "./entry.js";

export const SCHEMA = {
  "schema.the-file": { en: "the file", vi: "tệp" },
  "schema.in": { en: " in {{name}}", vi: " trong {{name}}" },
  "schema.code": { en: "`{{r}}`", vi: "`{{r}}`" },
  "schema.and": { en: "{{a}} and {{b}}", vi: "{{a}} và {{b}}" },
  "schema.or": { en: "{{a}} or {{b}}", vi: "{{a}} hoặc {{b}}" },
  "schema.found-null": { en: "nothing (null)", vi: "giá trị rỗng (null)" },
  "schema.found-list": { en: "a list", vi: "một danh sách" },
  "schema.found-mapping": { en: "a mapping", vi: "một nhóm khóa: giá trị" },
  "schema.found-text": { en: "the text `{{text}}`", vi: "văn bản `{{text}}`" },
  "schema.found-number": { en: "the number `{{value}}`", vi: "số `{{value}}`" },
  "schema.found-value": { en: "the value `{{value}}`", vi: "giá trị `{{value}}`" },
  "schema.type.string": { en: "a text", vi: "văn bản" },
  "schema.type.integer": { en: "a whole number", vi: "số nguyên" },
  "schema.type.number": { en: "a number", vi: "số" },
  "schema.type.boolean": { en: "true or false", vi: "true hoặc false" },
  "schema.type.array": { en: "a list", vi: "danh sách" },
  "schema.type.object": { en: "a mapping (key: value lines)", vi: "nhóm các dòng khóa: giá trị" },
  "schema.type.mapping": { en: "a mapping", vi: "nhóm khóa: giá trị" },
  "schema.type.null": { en: "nothing", vi: "để trống" },
  "schema.required": {
    en: "missing required field `{{missing}}`{{where}}",
    vi: "thiếu trường bắt buộc `{{missing}}`{{where}}",
  },
  "schema.unknown-field": { en: "unknown field `{{extra}}`{{where}}", vi: "trường `{{extra}}` không hợp lệ{{where}}" },
  "schema.enum": {
    en: "expected {{name}} to be one of {{list}} — found `{{found}}`",
    vi: "{{name}} phải là một trong các giá trị {{list}} — giá trị hiện tại là `{{found}}`",
  },
  "schema.type": {
    en: "expected {{name}} to be {{expected}}, found {{found}}",
    vi: "{{name}} phải là {{expected}} — tìm thấy {{found}}",
  },
  "schema.pattern-item": {
    en: "expected {{name}} to be `<unit>.<item id>` (e.g. `vp.ke-hoach`), found {{found}}",
    vi: "{{name}} phải có dạng `<đơn vị>.<mã ý>` (ví dụ `vp.ke-hoach`) — tìm thấy {{found}}",
  },
  "schema.pattern-id": {
    en: "expected {{name}} to be an id of lower-case letters, digits and `-`, found {{found}}",
    vi: "{{name}} phải là mã gồm chữ thường, chữ số và `-` — tìm thấy {{found}}",
  },
  "schema.pattern": {
    en: "expected {{name}} to match the form `{{pattern}}`, found {{found}}",
    vi: "{{name}} phải có dạng `{{pattern}}` — tìm thấy {{found}}",
  },
  "schema.date.hint": {
    en: "write dates as YYYY-MM-DD, e.g. 2023-11-20 (or YYYY-MM to leave the day blank)",
    vi: "ghi ngày theo dạng YYYY-MM-DD, ví dụ 2023-11-20 (hoặc YYYY-MM để trống ngày)",
  },
  "schema.code.hint": {
    en: "use upper-case letters and digits, e.g. SKHCN",
    vi: "dùng chữ in hoa và chữ số, ví dụ SKHCN",
  },
  "schema.min-length": { en: "expected {{name}} not to be empty", vi: "{{name}} không được để trống" },
  "schema.min-items": {
    en: {
      one: "expected {{name}} to have at least {{count}} item(s)",
      other: "expected {{name}} to have at least {{count}} item(s)",
    },
    vi: "{{name}} phải có ít nhất {{count}} mục",
  },
  "schema.min-properties": {
    en: "expected {{name}} to have at least one entry",
    vi: "{{name}} phải có ít nhất một mục",
  },
  "schema.minimum": {
    en: "expected {{name}} to be at least {{limit}}, found {{found}}",
    vi: "{{name}} phải lớn hơn hoặc bằng {{limit}} — tìm thấy {{found}}",
  },
  "schema.maximum": {
    en: "expected {{name}} to be at most {{limit}}, found {{found}}",
    vi: "{{name}} phải nhỏ hơn hoặc bằng {{limit}} — tìm thấy {{found}}",
  },
  "schema.property-names": {
    en: "expected the keys of {{name}} to be ids of lower-case letters, digits and `-`",
    vi: "các khóa của {{name}} phải là mã gồm chữ thường, chữ số và `-`",
  },
  /** A schema keyword without a message of its own: ajv's English `detail`, in a frame naming the keyword. */
  "schema.other": {
    en: "{{name}} {{detail}} (schema keyword `{{keyword}}`)",
    vi: "{{name}} không đáp ứng điều kiện `{{keyword}}` của lược đồ (chi tiết: {{detail}})",
  },
  "schema.one-of-fields": { en: "expected {{fields}}{{where}}", vi: "phải có {{fields}}{{where}}" },
  "schema.section-numbering.hint": {
    en: "a section sets numbering with `level: { numbering: roman }` (its own heading) or `levels: [{ numbering: arabic }]` (its sub-sections)",
    vi: "mục đặt cách đánh số bằng `level: { numbering: roman }` (cho đề mục của chính nó) hoặc `levels: [{ numbering: arabic }]` (cho các mục con)",
  },
  "schema.section-level-field.hint": {
    en: "a section sets its heading's `{{field}}` in `level: { {{field}}: … }`",
    vi: "mục đặt `{{field}}` cho đề mục của mình trong `level: { {{field}}: … }`",
  },
} satisfies Catalogue;
