/** Markdown in fragments and templates: src/markdown/. */
import type { Catalogue } from "./entry.js";

export const MARKDOWN = {
  "markdown.empty-list-item": {
    en: "expected text after the list marker `{{marker}}` — found nothing",
    vi: "sau dấu đầu dòng `{{marker}}` phải có nội dung — dòng đang trống",
  },
  "markdown.empty-list-item.hint": {
    en: "write the item's text on the marker's line, or delete the marker",
    vi: "viết nội dung ngay trên dòng có dấu đầu dòng, hoặc xóa dấu đó",
  },
  "markdown.link-definition-twice": {
    en: "expected one definition of link `[{{label}}]` — found a second one, which is never used",
    vi: "liên kết `[{{label}}]` chỉ được định nghĩa một lần — định nghĩa thứ hai này không được dùng",
  },
  "markdown.delete-line": { en: "delete this line", vi: "xóa dòng này" },
  "markdown.link-definition-unused": {
    en: "expected link definition `[{{label}}]: {{url}}` to be used by a link `[text][{{label}}]` — found no use",
    vi: "định nghĩa liên kết `[{{label}}]: {{url}}` không được liên kết `[chữ][{{label}}]` nào sử dụng",
  },
  "markdown.link-definition-unused.hint": {
    en: "write `[text][{{label}}]` where the link belongs, or delete the definition; to print `[` literally write `\\[`",
    vi: "viết `[chữ][{{label}}]` tại chỗ cần liên kết, hoặc xóa định nghĩa; muốn in đúng ký tự `[` thì viết `\\[`",
  },
  "markdown.table-in-footnote": {
    en: "expected text in footnote `[^{{label}}]` — found a table",
    vi: "chú thích `[^{{label}}]` chỉ được chứa văn bản — tìm thấy một bảng",
  },
  "markdown.table-in-footnote.hint": {
    en: "put the table in the body and refer to it from the footnote",
    vi: "đưa bảng vào phần nội dung và dẫn chiếu tới bảng từ chú thích",
  },
  "markdown.found-paragraph": { en: "a second paragraph", vi: "đoạn văn thứ hai" },
  "markdown.found-list": { en: "a list", vi: "một danh sách" },
  "markdown.found-table": { en: "a table", vi: "một bảng" },
  "markdown.single-paragraph": {
    en: "expected one paragraph — found {{found}}",
    vi: "chỉ được viết một đoạn văn — tìm thấy {{found}}",
  },
  "markdown.single-paragraph.list-hint": {
    en: "a task is one paragraph: make each item its own entry of `tasks:` and leave out the `- ` (tasks are numbered by the report)",
    vi: "mỗi nhiệm vụ là một đoạn văn: tách từng ý thành một mục riêng của `tasks:` và bỏ `- ` (báo cáo tự đánh số nhiệm vụ)",
  },
  "markdown.single-paragraph.hint": {
    en: "join the lines into one paragraph (no blank line), or make it a separate entry of `tasks:`",
    vi: "gộp các dòng thành một đoạn (không để dòng trống), hoặc tách thành một mục riêng của `tasks:`",
  },
  "markdown.expected-text-in": { en: "Markdown text in the {{role}}", vi: "nội dung Markdown trong phần {{role}}" },
  "markdown.expected-paragraph": { en: "one paragraph of text", vi: "một đoạn văn" },
  "markdown.control-character": {
    en: "expected printable text — found {{name}} at {{line}}:{{column}}",
    vi: "nội dung chỉ được chứa ký tự in được — có ký tự {{name}} tại {{line}}:{{column}}",
  },
  "markdown.control-character.hint": {
    en: "delete the invisible character (it often comes with text pasted from PDF or Word); it cannot be stored in a DOCX file and was left out",
    vi: "xóa ký tự ẩn này (thường lẫn vào khi dán văn bản từ PDF hoặc Word); tệp DOCX không lưu được ký tự này nên đã bị lược bỏ",
  },
  "markdown.empty": { en: "expected {{expected}} — found {{found}}", vi: "phải có {{expected}} — {{found}}" },
  "markdown.only-definitions": { en: "only definitions", vi: "chỉ có các định nghĩa" },
  "markdown.no-text": { en: "no text", vi: "chưa có nội dung" },
  "markdown.empty.hint": { en: "write the text, or remove the field", vi: "viết nội dung, hoặc xóa trường này" },
  "markdown.footnote-duplicate": {
    en: "expected one definition of footnote `[^{{label}}]` — found a second one (the first is at {{line}}:{{column}})",
    vi: "chú thích `[^{{label}}]` chỉ được định nghĩa một lần — đây là định nghĩa thứ hai (định nghĩa đầu ở {{line}}:{{column}})",
  },
  "markdown.footnote-duplicate.hint": {
    en: "give this footnote another label, e.g. `[^{{label}}-2]`, and use that label where it is referenced, or delete one of the definitions",
    vi: "đặt nhãn khác cho chú thích này, ví dụ `[^{{label}}-2]`, và dùng nhãn đó tại chỗ dẫn chiếu, hoặc xóa một định nghĩa",
  },
  "markdown.footnote-unused": {
    en: "expected footnote `[^{{label}}]` to be referenced in the text — found only its definition",
    vi: "chú thích `[^{{label}}]` phải được dẫn chiếu trong nội dung — mới chỉ có phần định nghĩa",
  },
  "markdown.footnote-unused.hint": {
    en: "write `[^{{label}}]` where the footnote number should appear, or delete the definition",
    vi: "viết `[^{{label}}]` tại chỗ cần đặt số chú thích, hoặc xóa định nghĩa",
  },
  "markdown.too-deep": {
    en: "expected lists or `>` quotes nested at most {{max}} levels deep, found about {{depth}}",
    vi: "danh sách hoặc trích dẫn `>` chỉ được lồng tối đa {{max}} cấp — đang lồng khoảng {{depth}} cấp",
  },
  "markdown.too-deep.hint": {
    en: "a report needs two or three levels of items; write the rest as plain items",
    vi: "báo cáo chỉ cần hai hoặc ba cấp ý; các ý còn lại viết thành ý thường",
  },
  "markdown.footnote-undefined": {
    en: "expected a definition of footnote `[^{{label}}]` in this fragment — found none",
    vi: "phần báo cáo này chưa định nghĩa chú thích `[^{{label}}]`",
  },
  "markdown.footnote-undefined.defined": {
    en: "footnotes defined in this fragment so far: {{defined}}; or add a line `[^{{label}}]: text of the note` to the `body`",
    vi: "các chú thích đã định nghĩa trong phần báo cáo này: {{defined}}; hoặc thêm dòng `[^{{label}}]: nội dung chú thích` vào `body`",
  },
  "markdown.footnote-undefined.hint": {
    en: "add a line `[^{{label}}]: text of the note` to the fragment's `body`, after a blank line",
    vi: "thêm dòng `[^{{label}}]: nội dung chú thích` vào `body` của phần báo cáo, sau một dòng trống",
  },
  "markdown.heading": {
    en: "expected body text — found a heading `{{heading}}`",
    vi: "chỉ được viết nội dung — tìm thấy tiêu đề `{{heading}}`",
  },
  "markdown.heading-underlined": {
    en: "expected body text — found a heading `{{heading}}` (the line under it is `{{underline}}`)",
    vi: "chỉ được viết nội dung — tìm thấy tiêu đề `{{heading}}` (dòng bên dưới là `{{underline}}`)",
  },
  "markdown.heading.hint": {
    en: "headings come from the outline in `bcreport.yaml`: add a section there, or write this line as a plain paragraph (a line under `---` or `===` also makes a heading)",
    vi: "tiêu đề lấy từ đề cương trong `bcreport.yaml`: thêm mục ở đó, hoặc viết dòng này thành đoạn văn thường (dòng nằm trên `---` hoặc `===` cũng thành tiêu đề)",
  },
  "markdown.raw-html": {
    en: "expected Markdown text — found raw HTML `{{html}}`",
    vi: "chỉ được viết Markdown — tìm thấy mã HTML `{{html}}`",
  },
  "markdown.raw-html.sup-hint": {
    en: "for a footnote write `[^1]` in the text and `[^1]: text of the note` after a blank line; to print `<` literally write `\\<`",
    vi: "muốn có chú thích thì viết `[^1]` trong nội dung và `[^1]: nội dung chú thích` sau một dòng trống; muốn in đúng ký tự `<` thì viết `\\<`",
  },
  "markdown.raw-html.hint": {
    en: "HTML is not supported; to print `<` literally write `\\<`",
    vi: "không hỗ trợ HTML; muốn in đúng ký tự `<` thì viết `\\<`",
  },
  "markdown.image": {
    en: "expected text — found an image `{{image}}`",
    vi: "chỉ được viết văn bản — tìm thấy hình ảnh `{{image}}`",
  },
  "markdown.image.hint": {
    en: "an image prints as a figure (with its alt text as caption) only alone in its own paragraph; or write `\\!` to print `!` literally",
    vi: "hình ảnh chỉ được in thành hình (lấy chữ thay thế làm chú thích hình) khi đứng riêng một đoạn; hoặc viết `\\!` để in đúng ký tự `!`",
  },
  "markdown.indented-code": {
    en: "expected a paragraph — found an indented code block (a line starting with 4 or more spaces, or a tab)",
    vi: "phải là đoạn văn — tìm thấy khối mã thụt lề (dòng bắt đầu bằng 4 dấu cách trở lên, hoặc Tab)",
  },
  "markdown.indented-code.hint": {
    en: "remove the spaces at the start of the line",
    vi: "xóa các dấu cách ở đầu dòng",
  },
  "markdown.fenced-code": {
    en: "expected a paragraph — found a fenced code block (```)",
    vi: "phải là đoạn văn — tìm thấy khối mã (```)",
  },
  "markdown.fenced-code.hint": {
    en: "write the text as a paragraph; use `inline code` for short literal text, or `\\` before a character to print it literally",
    vi: "viết nội dung thành đoạn văn; dùng `mã trong dòng` cho đoạn ngắn cần giữ nguyên, hoặc `\\` trước ký tự cần in nguyên",
  },
  "markdown.blockquote": {
    en: "expected a paragraph — found a block quote (`>`)",
    vi: "phải là đoạn văn — tìm thấy khối trích dẫn (`>`)",
  },
  "markdown.blockquote.hint": {
    en: "remove the `>`; quote with “…” inside the paragraph, or write `\\>` to print `>` literally",
    vi: "xóa dấu `>`; trích dẫn bằng “…” trong đoạn văn, hoặc viết `\\>` để in đúng ký tự `>`",
  },
  "markdown.thematic-break": {
    en: "expected a paragraph — found a thematic break `{{text}}`",
    vi: "phải là đoạn văn — tìm thấy đường kẻ ngang `{{text}}`",
  },
  "markdown.thematic-break.hint": {
    en: "remove the line: sections and the space between them come from the outline; write `\\---` to print it literally",
    vi: "xóa dòng này: các mục và khoảng cách giữa chúng lấy từ đề cương; viết `\\---` để in nguyên",
  },
  "markdown.other": {
    en: "expected paragraphs, lists or tables — found Markdown `{{type}}`",
    vi: "chỉ được viết đoạn văn, danh sách hoặc bảng — tìm thấy Markdown `{{type}}`",
  },
  "markdown.link-empty": {
    en: "expected a link target between `(` and `)` — found none",
    vi: "giữa `(` và `)` phải có địa chỉ liên kết — đang để trống",
  },
  "markdown.link-empty.hint": {
    en: "write the address, `[text](https://…)`, or leave out the brackets to print plain text",
    vi: "viết địa chỉ, `[chữ](https://…)`, hoặc bỏ dấu ngoặc để in thành chữ thường",
  },
  "markdown.link-too-long": {
    en: "expected a link target of at most {{max}} characters — found {{length}}",
    vi: "địa chỉ liên kết chỉ được dài tối đa {{max}} ký tự — địa chỉ này dài {{length}} ký tự",
  },
  "markdown.link-too-long.hint": {
    en: "link to a shorter address (a page that holds the rest)",
    vi: "liên kết tới một địa chỉ ngắn hơn (một trang chứa phần còn lại)",
  },
  "markdown.link-scheme": {
    en: "expected a link starting with http://, https:// or mailto: — found `{{target}}`",
    vi: "liên kết phải bắt đầu bằng http://, https:// hoặc mailto: — đang là `{{target}}`",
  },
  "markdown.link-scheme.hint": {
    en: "a report links only to web pages and e-mail addresses; write the full address (`https://…`) or the path as plain text",
    vi: "báo cáo chỉ liên kết tới trang web và địa chỉ thư điện tử; viết đầy đủ địa chỉ (`https://…`) hoặc ghi đường dẫn thành chữ thường",
  },
  "markdown.too-many-marks": {
    en: "expected at most {{max}} marks (`*`, `_`, `~`, `[`, `]`, backticks) in one paragraph — found more",
    vi: "mỗi đoạn văn chỉ được có tối đa {{max}} dấu định dạng (`*`, `_`, `~`, `[`, `]`, dấu huyền) — đoạn này có nhiều hơn",
  },
  "markdown.too-many-marks.hint": {
    en: "emphasis, links and code are for a few words; write the rest as plain text, or escape a mark that is meant literally with `\\`",
    vi: "in nghiêng, in đậm, liên kết và mã chỉ dùng cho vài từ; phần còn lại viết chữ thường, hoặc thêm `\\` trước dấu cần in nguyên",
  },
  "markdown.footnote-in-itself": {
    en: "expected text in footnote `[^{{outer}}]` — found a reference to itself",
    vi: "chú thích `[^{{outer}}]` chỉ được chứa văn bản — đang dẫn chiếu tới chính nó",
  },
  "markdown.footnote-in-itself.hint": {
    en: "delete `[^{{label}}]` from the footnote's own text",
    vi: "xóa `[^{{label}}]` khỏi nội dung của chính chú thích đó",
  },
  "markdown.footnote-in-footnote": {
    en: "expected text in footnote `[^{{outer}}]` — found a reference to footnote `[^{{label}}]`",
    vi: "chú thích `[^{{outer}}]` chỉ được chứa văn bản — đang dẫn chiếu tới chú thích `[^{{label}}]`",
  },
  "markdown.footnote-in-footnote.hint": {
    en: "a footnote cannot have footnotes: write the text of `[^{{label}}]` into `[^{{outer}}]`, or cite `[^{{label}}]` in the body next to `[^{{outer}}]`",
    vi: "chú thích không có chú thích con: viết nội dung của `[^{{label}}]` vào `[^{{outer}}]`, hoặc dẫn chiếu `[^{{label}}]` trong nội dung chính, cạnh `[^{{outer}}]`",
  },
} satisfies Catalogue;
