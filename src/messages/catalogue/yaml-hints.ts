/** Hints for the YAML mistakes unit staff make most (src/yaml/yaml-hints.ts, src/validate/value-hints.ts), each with the corrected line. */
import type { Catalogue } from "./entry.js";

export const YAML_HINTS = {
  "yaml-hint.colon-in-text": {
    en: "expected a text after `{{key}}:` — found `: ` inside it, which YAML reads as the start of another key",
    vi: "nội dung của `{{key}}` có dấu hai chấm và dấu cách (`: `), YAML hiểu đó là bắt đầu một khóa mới",
  },
  "yaml-hint.colon-in-text.hint": {
    en: "put the text in double quotes: `{{fixed}}` (or write `{{key}}: |` and the text on the next line, indented by 2 spaces)",
    vi: "đặt nội dung trong dấu ngoặc kép: `{{fixed}}` (hoặc viết `{{key}}: |` rồi viết nội dung ở dòng dưới, lùi vào 2 dấu cách)",
  },
  "yaml-hint.list-on-key-line": {
    en: "expected the list of `{{key}}` to start on the next line — found `- ` on the same line as `{{key}}:`",
    vi: "gạch đầu dòng `- ` không được viết cùng dòng với `{{key}}:`",
  },
  "yaml-hint.list-on-key-line.hint": {
    en: "write `{{key}}: |` on this line and `  {{item}}` on the next one (2 spaces before `-`)",
    vi: "viết `{{key}}: |` ở dòng này, xuống dòng rồi viết `  {{item}}` (lùi vào 2 dấu cách trước dấu `-`)",
  },
  "yaml-hint.missing-block-bar": {
    en: "expected `|` after `{{key}}:` (line {{keyLine}}) — without it YAML reads the lines of the text as keys and lists",
    vi: "thiếu dấu `|` sau `{{key}}:` (dòng {{keyLine}}); thiếu dấu này, YAML hiểu các dòng nội dung là khóa hoặc danh sách",
  },
  "yaml-hint.missing-block-bar.hint": {
    en: "change line {{keyLine}} to `{{fixed}}` and keep the text below it indented",
    vi: "sửa dòng {{keyLine}} thành `{{fixed}}`, giữ nguyên nội dung lùi vào ở các dòng dưới",
  },
  "yaml-hint.block-not-indented": {
    en: "expected the text under `{{key}}: |` to be indented — found it at the start of the line",
    vi: "nội dung dưới `{{key}}: |` phải lùi vào so với `{{key}}:`",
  },
  "yaml-hint.block-not-indented.hint": {
    en: "indent every line of the text by 2 spaces: `{{fixed}}`",
    vi: "lùi mỗi dòng nội dung vào 2 dấu cách: `{{fixed}}`",
  },
  "yaml-hint.block-dedented": {
    en: "expected every line of the text under `{{key}}: |` (line {{keyLine}}) indented to {{indent}} spaces, as its first line — found {{where}} less indented, which YAML reads as keys or a list",
    vi: "mọi dòng nội dung dưới `{{key}}: |` (dòng {{keyLine}}) phải lùi vào {{indent}} dấu cách như dòng đầu tiên — {{where}} đang lùi vào ít hơn nên YAML hiểu thành khóa hoặc danh sách",
  },
  "yaml-hint.block-dedented.hint": {
    en: "indent {{where}} to {{indent}} spaces, as the text's first line: {{fixed}}",
    vi: "viết {{where}} lùi vào {{indent}} dấu cách như dòng đầu của nội dung: {{fixed}}",
  },
  "yaml-hint.line": { en: "line {{line}}", vi: "dòng {{line}}" },
  "yaml-hint.lines": { en: "lines {{from}}–{{to}}", vi: "các dòng {{from}}–{{to}}" },
  "yaml-hint.tab": {
    en: "expected spaces for indentation, found a tab",
    vi: "đầu dòng phải lùi vào bằng dấu cách, không dùng phím Tab",
  },
  "yaml-hint.tab.hint": {
    en: "indent with spaces, not tabs (set your editor to insert spaces): `{{fixed}}`",
    vi: "thay dấu Tab bằng dấu cách (đặt trình soạn thảo chèn dấu cách khi bấm Tab): `{{fixed}}`",
  },
  "yaml-hint.text-found-list": {
    en: "expected `{{name}}` to be a text, found a list",
    vi: "`{{name}}` phải là văn bản, nhưng đang là một danh sách",
  },
  "yaml-hint.text-found-list.hint": {
    en: "write `{{key}}: |` (with `|`) so the lines below stay Markdown: their `- ` items are then items of the text",
    vi: "viết `{{key}}: |` (có dấu `|`) để các dòng bên dưới được giữ nguyên là Markdown; các dòng `- ` khi đó là gạch đầu dòng của văn bản",
  },
  "yaml-hint.text-found-mapping": {
    en: "expected `{{name}}` to be a text, found `key: value` lines",
    vi: "`{{name}}` phải là văn bản, nhưng đang được hiểu là các dòng `khóa: giá trị`",
  },
  "yaml-hint.text-found-mapping.hint": {
    en: "write `{{key}}: |` (with `|`) so the lines below are read as text, colons included",
    vi: "viết `{{key}}: |` (có dấu `|`) để các dòng bên dưới được hiểu là văn bản, kể cả dấu hai chấm",
  },
  "yaml-hint.date-form": {
    en: "expected `{{name}}` as year-month-day, e.g. `2023-11-20` — found `{{found}}`",
    vi: "`{{name}}` phải viết theo dạng năm-tháng-ngày, ví dụ `2023-11-20`, nhưng đang là `{{found}}`",
  },
  "yaml-hint.date-form.hint": {
    en: "write `{{fixed}}` (year first, joined by `-`); `{{key}}: {{month}}` leaves the day blank",
    vi: "viết `{{fixed}}` (năm trước, nối bằng dấu `-`); viết `{{key}}: {{month}}` nếu để trống ngày",
  },
  "yaml-hint.date-form-month": {
    en: "expected `{{name}}` as year-month, e.g. `2023-11` — found `{{found}}`",
    vi: "`{{name}}` phải viết theo dạng năm-tháng, ví dụ `2023-11`, nhưng đang là `{{found}}`",
  },
  "yaml-hint.date-form-month.hint": {
    en: "write `{{fixed}}` (year first, the month with 2 digits, joined by `-`)",
    vi: "viết `{{fixed}}` (năm trước, tháng đủ 2 chữ số, nối bằng dấu `-`)",
  },
  "yaml-hint.date-form-unknown": {
    en: "expected `{{name}}` as year-month-day, e.g. `2023-11-20` — found `{{found}}`",
    vi: "`{{name}}` phải viết theo dạng năm-tháng-ngày, ví dụ `2023-11-20`, nhưng đang là `{{found}}`",
  },
  "yaml-hint.date-form-unknown.hint": {
    en: "write `{{key}}: 2023-11-20` (year first, joined by `-`), or `{{key}}: 2023-11` to leave the day blank",
    vi: "viết `{{key}}: 2023-11-20` (năm trước, nối bằng dấu `-`), hoặc `{{key}}: 2023-11` nếu để trống ngày",
  },
} satisfies Catalogue;
