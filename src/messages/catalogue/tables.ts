/** ```table blocks in fragments: src/markdown/grid-table.ts, table-shape.ts, grid-spans.ts, csv-rows.ts, table-cell.ts. */
import type { Catalogue } from "./entry.js";

export const TABLES = {
  "tables.empty-block": {
    en: "expected a table (`header:`, `rows:` …) inside the ```table block — found nothing",
    vi: "khối ```table phải có nội dung bảng (`header:`, `rows:` …) — khối đang trống",
  },
  "tables.no-rows": {
    en: "expected at least one row in `header`, `rows`, `csv` or `total` — found none",
    vi: "bảng phải có ít nhất một dòng trong `header`, `rows`, `csv` hoặc `total` — không tìm thấy dòng nào",
  },
  "tables.align-length": {
    en: "expected `align` to have one entry per column ({{columns}}) — found {{found}}",
    vi: "`align` phải có một giá trị cho mỗi cột ({{columns}}) — tìm thấy {{found}}",
  },
  "tables.widths-length": {
    en: "expected `widths` to have one number per column ({{columns}}) — found {{found}}",
    vi: "`widths` phải có một số cho mỗi cột ({{columns}}) — tìm thấy {{found}}",
  },

  // The shape of the block's YAML (table-shape.ts).
  "tables.not-a-mapping": {
    en: "expected the table as `key: value` lines (`header:`, `rows:` …) — found {{found}}",
    vi: "bảng phải được viết dưới dạng các dòng `khóa: giá trị` (`header:`, `rows:` …) — tìm thấy {{found}}",
  },
  "tables.expected": {
    en: "expected `{{name}}` to be {{what}} — found {{found}}",
    vi: "`{{name}}` phải là {{what}} — tìm thấy {{found}}",
  },
  "tables.unknown-key": { en: "unknown key `{{key}}` in a table", vi: "khóa `{{key}}` không hợp lệ trong bảng" },
  "tables.unknown-key.hint": { en: "the keys are {{keys}}", vi: "các khóa hợp lệ: {{keys}}" },
  "tables.unknown-cell-key": { en: "unknown key `{{key}}` in a cell", vi: "khóa `{{key}}` không hợp lệ trong ô" },
  "tables.unknown-cell-key.hint": {
    en: "a cell has `text`, `colspan`, `rowspan` and `align`",
    vi: "một ô có các khóa `text`, `colspan`, `rowspan` và `align`",
  },
  "tables.cell-without-text": {
    en: "expected `{{name}}` to have a `text`",
    vi: "`{{name}}` phải có khóa `text`",
  },
  "tables.cell-without-text.hint": {
    en: 'write `{text: "", colspan: 2}` for an empty merged cell',
    vi: 'ô gộp để trống thì viết `{text: "", colspan: 2}`',
  },
  "tables.rows.hint": {
    en: 'each row is a list in brackets: `- [STT, Nội dung, "1.200"]`',
    vi: 'mỗi dòng là một danh sách trong ngoặc vuông: `- [STT, Nội dung, "1.200"]`',
  },
  "tables.row.hint": { en: "write the row as `- [cell, cell, …]`", vi: "viết dòng theo dạng `- [ô, ô, …]`" },
  "tables.cell.hint": {
    en: "quote a text that holds a comma, a colon or brackets",
    vi: "đặt trong dấu ngoặc kép văn bản có dấu phẩy, dấu hai chấm hoặc dấu ngoặc",
  },
  "tables.what.text": { en: "a text", vi: "văn bản" },
  "tables.what.csv": { en: "the path of a CSV file", vi: "đường dẫn tới một tệp CSV" },
  "tables.what.skip": { en: "a whole number (lines to leave out)", vi: "số nguyên (số dòng bỏ qua)" },
  "tables.what.widths": { en: "a list of numbers, one per column", vi: "danh sách các số, mỗi cột một số" },
  "tables.what.width": { en: "a number above 0", vi: "số lớn hơn 0" },
  "tables.what.aligns": {
    en: "a list of `left`, `center` or `right`, one per column",
    vi: "danh sách các giá trị `left`, `center` hoặc `right`, mỗi cột một giá trị",
  },
  "tables.what.align": { en: "`left`, `center` or `right`", vi: "`left`, `center` hoặc `right`" },
  "tables.what.rows": { en: "a list of rows", vi: "danh sách các dòng" },
  "tables.what.row": { en: "a row (a list of cells in brackets)", vi: "một dòng (danh sách các ô trong ngoặc vuông)" },
  "tables.what.cell": {
    en: "a cell: a text, or `{text: …, colspan: …, rowspan: …}`",
    vi: "một ô: văn bản, hoặc `{text: …, colspan: …, rowspan: …}`",
  },
  "tables.what.span": { en: "a whole number of 1 or more", vi: "số nguyên từ 1 trở lên" },
  "tables.found.nothing": { en: "nothing", vi: "giá trị trống" },
  "tables.found.list": { en: "a list", vi: "một danh sách" },
  "tables.found.mapping": { en: "a mapping", vi: "một nhóm khóa: giá trị" },
  "tables.found.text": { en: "the text `{{text}}`", vi: "văn bản `{{text}}`" },
  "tables.found.value": { en: "`{{value}}`", vi: "`{{value}}`" },

  // Rows filling the grid (grid-spans.ts).
  "tables.part.header": { en: "header row", vi: "dòng tiêu đề" },
  "tables.part.rows": { en: "row", vi: "dòng" },
  "tables.part.total": { en: "total row", vi: "dòng tổng cộng" },
  "tables.too-many-cells": {
    en: "{{part}} {{row}}: cell {{cell}} has more cells than the table has columns",
    vi: "{{part}} {{row}}: ô thứ {{cell}} vượt quá số cột của bảng",
  },
  "tables.colspan-overflow": {
    en: "{{part}} {{row}}: cell {{cell}} spans {{colspan}} columns from column {{column}}, past the {{columns}} columns of the table",
    vi: "{{part}} {{row}}: ô thứ {{cell}} gộp {{colspan}} cột từ cột {{column}}, vượt quá {{columns}} cột của bảng",
  },
  "tables.colspan-overflow.hint": {
    en: "a row lists only the cells that start in it: leave out positions covered by a `colspan` or a `rowspan` from above",
    vi: "mỗi dòng chỉ ghi các ô bắt đầu tại dòng đó: bỏ qua các vị trí đã được gộp bởi `colspan` hoặc bởi `rowspan` của dòng trên",
  },
  "tables.rowspan-overflow": {
    en: "{{part}} {{row}}: cell {{cell}} spans {{rowspan}} rows, past the last {{part}} ({{rows}})",
    vi: "{{part}} {{row}}: ô thứ {{cell}} gộp {{rowspan}} dòng, vượt quá {{part}} cuối cùng ({{rows}})",
  },
  "tables.rowspan-overflow.hint": {
    en: "a `rowspan` stays inside its part (`{{key}}`)",
    vi: "`rowspan` chỉ được gộp các dòng trong cùng phần (`{{key}}`)",
  },
  "tables.ragged-row": {
    en: "{{part}} {{row}}: expected cells for {{columns}} columns — found {{filled}}",
    vi: "{{part}} {{row}}: phải có ô cho đủ {{columns}} cột — tìm thấy {{filled}}",
  },
  "tables.ragged-row.hint": {
    en: 'add the missing cells ("" for an empty one), or give a cell a `colspan`',
    vi: 'bổ sung các ô còn thiếu (ô trống thì viết ""), hoặc gộp cột cho một ô bằng `colspan`',
  },

  // CSV files (csv-rows.ts).
  "tables.csv-unavailable": {
    en: "expected table rows in Markdown here — found `csv: {{path}}`",
    vi: "tại đây các dòng của bảng phải được viết trực tiếp — tìm thấy `csv: {{path}}`",
  },
  "tables.csv-unavailable.hint": {
    en: "a CSV file can fill a table in a fragment's `body` only",
    vi: "chỉ bảng trong trường `body` của phần báo cáo mới lấy được số liệu từ tệp CSV",
  },
  "tables.csv-syntax": { en: "invalid CSV: {{error}}", vi: "tệp CSV không hợp lệ: {{error}}" },
  "tables.csv-syntax.hint": {
    en: "a field holding a comma or a quote is written in double quotes, with quotes inside doubled",
    vi: "trường có dấu phẩy hoặc dấu ngoặc kép phải đặt trong dấu ngoặc kép, dấu ngoặc kép bên trong viết thành hai dấu",
  },
  "tables.csv-ragged": {
    en: "expected {{columns}} fields (one per column of the table) — found {{found}}",
    vi: "mỗi dòng phải có {{columns}} trường (mỗi cột của bảng một trường) — tìm thấy {{found}}",
  },
  "tables.csv-ragged.more-hint": {
    en: "a field holding a comma must be in double quotes",
    vi: "trường có dấu phẩy phải đặt trong dấu ngoặc kép",
  },
  "tables.csv-ragged.fewer-hint": {
    en: "add empty fields (,,) for empty cells",
    vi: "ô trống thì để trường trống (,,)",
  },

  // The text of a cell (table-cell.ts).
  "tables.cell-paragraphs": {
    en: "expected one paragraph in a table cell — found {{count}}",
    vi: "mỗi ô của bảng chỉ được viết một đoạn văn — tìm thấy {{count}}",
  },
  "tables.cell-paragraphs.hint": {
    en: "leave out the blank line; to break the line inside the cell, end it with `\\`",
    vi: "bỏ dòng trống; muốn xuống dòng trong ô thì kết thúc dòng bằng `\\`",
  },
  "tables.cell-footnote-definition": {
    en: "expected the text of a cell — found the footnote definition `[^{{label}}]:`",
    vi: "ô của bảng chỉ được chứa nội dung của ô — tìm thấy định nghĩa chú thích `[^{{label}}]:`",
  },
  "tables.cell-footnote-definition.hint": {
    en: "define the footnote under the table in the fragment's `body`, and cite it in the cell as `[^{{label}}]`",
    vi: "định nghĩa chú thích trong trường `body` của phần báo cáo, bên dưới bảng, và dẫn chiếu trong ô bằng `[^{{label}}]`",
  },
} satisfies Catalogue;
