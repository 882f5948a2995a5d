/**
 * The yaml package's error texts (src/yaml/yaml-detail.ts), the parameter `detail` of
 * `yaml.invalid`. The English is the package's own wording (first letter lowered), so English output
 * reads as before; a text not listed falls back to its code's entry (`yaml.code.*`: the Vietnamese
 * says what kind of mistake it is, the package's words follow), then to the text as it is (a code not listed).
 */
import type { Catalogue } from "./entry.js";

export const YAML_DETAIL = {
  "yaml.detail.duplicate-key": { en: "map keys must be unique", vi: "khóa bị khai báo trùng" },
  "yaml.detail.nested-compact": {
    en: "nested mappings are not allowed in compact mappings",
    vi: "giá trị có chứa `: ` nên bị hiểu thành một cặp `khóa: giá trị` lồng bên trong",
  },
  "yaml.detail.key-one-line": {
    en: "implicit keys need to be on a single line",
    vi: "khóa phải nằm trọn trên một dòng, ngay trước dấu `:`",
  },
  "yaml.detail.key-needs-value": {
    en: "implicit map keys need to be followed by map values",
    vi: "sau khóa phải có dấu `:` rồi đến giá trị",
  },
  "yaml.detail.missing-double-quote": { en: 'missing closing "quote', vi: 'thiếu dấu ngoặc kép `"` đóng' },
  "yaml.detail.missing-single-quote": { en: "missing closing 'quote", vi: "thiếu dấu nháy đơn `'` đóng" },
  "yaml.detail.map-column": {
    en: "all mapping items must start at the same column",
    vi: "các dòng `khóa: giá trị` cùng cấp phải thẳng lề với nhau",
  },
  "yaml.detail.seq-column": {
    en: "all sequence items must start at the same column",
    vi: "các dòng `- ` của cùng một danh sách phải thẳng lề với nhau",
  },
  "yaml.detail.seq-without-dash": {
    en: "sequence item without - indicator",
    vi: "mục của danh sách thiếu dấu `-` ở đầu dòng",
  },
  "yaml.detail.seq-as-key": {
    en: "a block sequence may not be used as an implicit map key",
    vi: "không dùng danh sách làm khóa",
  },
  "yaml.detail.block-indent": {
    en: "block scalar values in collections must be indented",
    vi: "nội dung sau `|` hoặc `>` phải thụt lề vào so với khóa",
  },
  "yaml.detail.block-less-indented": {
    en: "block scalar lines must not be less indented than their first line",
    vi: "các dòng của khối văn bản không được thụt lề ít hơn dòng đầu tiên",
  },
  "yaml.detail.block-leading-empty": {
    en: "block scalars with more-indented leading empty lines must use an explicit indentation indicator",
    vi: "khối văn bản mở đầu bằng dòng trống thụt lề sâu hơn phải ghi số cấp thụt lề sau `|` (ví dụ `|2`)",
  },
  "yaml.detail.comment-space": {
    en: "comments must be separated from other tokens by white space characters",
    vi: "trước dấu `#` của ghi chú phải có dấu cách",
  },
  "yaml.detail.tab-indent": { en: "tabs are not allowed as indentation", vi: "không được thụt lề bằng Tab" },
  "yaml.detail.seq-on-key-line": {
    en: "unexpected block-seq-ind on same line with key",
    vi: "dấu `-` của danh sách không được nằm cùng dòng với khóa",
  },
  "yaml.detail.flow-end": {
    en: "{{what}} must end with a {{end}}",
    vi: "{{what}} phải kết thúc bằng `{{end}}`",
  },
  "yaml.detail.flow-indent-end": {
    en: "{{what}} in block collection must be sufficiently indented and end with a {{end}}",
    vi: "{{what}} phải thụt lề sâu hơn khóa và kết thúc bằng `{{end}}`",
  },
  "yaml.detail.flow-comma": { en: "missing , between {{what}} items", vi: "thiếu dấu `,` giữa các mục của {{what}}" },
  "yaml.detail.flow-comma-colon": {
    en: "missing , or : between {{what}} items",
    vi: "thiếu dấu `,` hoặc `:` giữa các mục của {{what}}",
  },
  "yaml.detail.flow-space": { en: "missing space after : in {{what}}", vi: "thiếu dấu cách sau `:` trong {{what}}" },
  "yaml.detail.flow-seq": { en: "flow sequence", vi: "danh sách trong `[ ]`" },
  "yaml.detail.flow-map": { en: "flow map", vi: "nhóm trong `{ }`" },
  "yaml.detail.key-too-long": {
    en: "the : indicator must be at most 1024 chars after the start of an implicit block mapping key",
    vi: "dấu `:` phải cách đầu khóa không quá 1024 ký tự",
  },
  "yaml.detail.bad-start": {
    en: "plain value cannot start with {{char}}",
    vi: "giá trị không đặt trong ngoặc kép không được bắt đầu bằng {{char}}",
  },
  "yaml.detail.bad-start-reserved": {
    en: "plain value cannot start with reserved character {{char}}",
    vi: "giá trị bắt đầu bằng ký tự dành riêng {{char}} phải được đặt trong ngoặc kép",
  },
  "yaml.detail.bad-escape": {
    en: "invalid escape sequence {{seq}}",
    vi: "chuỗi thoát {{seq}} không hợp lệ (trong ngoặc kép, `\\` phải viết là `\\\\`)",
  },
  "yaml.detail.node-end": {
    en: "unexpected {{token}} at node end",
    vi: "có nội dung thừa ({{token}}) sau khi giá trị đã kết thúc",
  },
  "yaml.detail.alias-count": {
    en: "excessive alias count indicates a resource exhaustion attack",
    vi: "quá nhiều bí danh (`*tên`), có thể làm tệp phình ra rất lớn",
  },
  "yaml.code.BAD_INDENT": { en: "{{text}}", vi: "thụt lề không đúng ({{text}})" },
  "yaml.code.MISSING_CHAR": { en: "{{text}}", vi: "thiếu một ký tự bắt buộc ({{text}})" },
  "yaml.code.UNEXPECTED_TOKEN": { en: "{{text}}", vi: "có ký tự không đúng chỗ ({{text}})" },
  "yaml.code.BLOCK_AS_IMPLICIT_KEY": { en: "{{text}}", vi: "khối nội dung không dùng làm khóa được ({{text}})" },
  "yaml.code.MULTILINE_IMPLICIT_KEY": { en: "{{text}}", vi: "khóa phải nằm trên một dòng ({{text}})" },
  "yaml.code.BLOCK_IN_FLOW": {
    en: "{{text}}",
    vi: "trong `[ ]` hoặc `{ }` không viết được khối nhiều dòng ({{text}})",
  },
  "yaml.code.BAD_SCALAR_START": { en: "{{text}}", vi: "giá trị bắt đầu bằng ký tự không hợp lệ ({{text}})" },
  "yaml.code.BAD_DQ_ESCAPE": { en: "{{text}}", vi: "chuỗi thoát trong ngoặc kép không hợp lệ ({{text}})" },
  "yaml.code.BAD_ALIAS": { en: "{{text}}", vi: "neo hoặc bí danh YAML không hợp lệ ({{text}})" },
  "yaml.code.DUPLICATE_KEY": { en: "{{text}}", vi: "khóa bị khai báo trùng ({{text}})" },
  "yaml.code.KEY_OVER_1024_CHARS": { en: "{{text}}", vi: "khóa quá dài ({{text}})" },
  "yaml.code.TAB_AS_INDENT": { en: "{{text}}", vi: "không được thụt lề bằng Tab ({{text}})" },
  /** A code this catalogue does not know (a newer yaml package): the package's text, framed. */
  "yaml.code.other": { en: "{{text}}", vi: "lỗi cú pháp ({{text}})" },
} satisfies Catalogue;
