/** YAML syntax: src/yaml/. */
import type { Catalogue } from "./entry.js";

export const YAML = {
  "yaml.multiple-docs": {
    en: "expected one YAML document — found a second one after `---`",
    vi: "mỗi tệp chỉ được có một văn bản YAML — sau dòng `---` còn một văn bản thứ hai",
  },
  "yaml.multiple-docs.hint": {
    en: "one file holds one fragment: move the second part into its own file, or delete the `---` line",
    vi: "mỗi tệp chứa một phần báo cáo: chuyển phần thứ hai sang tệp riêng, hoặc xóa dòng `---`",
  },
  "yaml.tag": {
    en: "expected plain YAML values — found the tag `{{tag}}`",
    vi: "giá trị YAML không được gắn thẻ — tìm thấy thẻ `{{tag}}`",
  },
  "yaml.tag.hint": { en: "delete the `!…` tag before the value", vi: "xóa thẻ `!…` đứng trước giá trị" },
  "yaml.too-deep": {
    en: "expected at most {{max}} levels of nesting, found more",
    vi: "chỉ được lồng nhau tối đa {{max}} cấp — tệp có nhiều cấp hơn",
  },
  "yaml.invalid": { en: "invalid YAML: {{detail}}", vi: "YAML không hợp lệ: {{detail}}" },
  "yaml.duplicate-key.hint": {
    en: "each key may appear only once in a mapping; merge the two values",
    vi: "mỗi khóa chỉ được khai báo một lần; gộp hai giá trị làm một",
  },
  "yaml.tab.hint": { en: "indent with spaces, not tabs", vi: "thụt lề bằng dấu cách, không dùng phím Tab" },
  "yaml.quote.hint": {
    en: "a quoted text must end with the same quote mark it starts with",
    vi: "đoạn văn bản trong ngoặc kép phải đóng bằng đúng dấu ngoặc đã mở",
  },
  "yaml.indent.hint": {
    en: "check the indentation of this line against the lines above",
    vi: "kiểm tra lề của dòng này so với các dòng phía trên",
  },
  "yaml.aliases": {
    en: "expected at most {{max}} aliases (`*name`) — found {{count}}, which could expand to a huge document",
    vi: "chỉ được dùng tối đa {{max}} bí danh (`*tên`) — tìm thấy {{count}}, có thể làm tệp phình ra rất lớn",
  },
  "yaml.aliases.hint": {
    en: "YAML anchors and aliases are not needed in bcreport files; write the values out",
    vi: "tệp của bcreport không cần neo và bí danh YAML; hãy viết đầy đủ các giá trị",
  },
  "yaml.tab": {
    en: "expected spaces for indentation, found a tab",
    vi: "lề phải thụt bằng dấu cách — tìm thấy ký tự Tab",
  },
  "yaml.tab.editor-hint": {
    en: "indent with spaces, not tabs (set your editor to insert spaces)",
    vi: "thụt lề bằng dấu cách, không dùng Tab (đặt trình soạn thảo chèn dấu cách khi nhấn Tab)",
  },
} satisfies Catalogue;
