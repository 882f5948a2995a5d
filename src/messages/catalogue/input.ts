/** Reading files and folders: src/input/. */
import type { Catalogue } from "./entry.js";

export const INPUT = {
  "input.no-config": { en: "no `{{file}}` in {{root}}", vi: "không có tệp `{{file}}` trong {{root}}" },
  "input.no-config.hint": {
    en: "run bcreport in the department repository, name it with -C <dir>, or create one with `bcreport init`",
    vi: "chạy bcreport trong kho dữ liệu của cơ quan, chỉ rõ kho bằng -C <thư mục>, hoặc tạo kho mới bằng `bcreport init`",
  },
  "input.lone-surrogate": { en: "a lone surrogate {{name}}", vi: "ký tự thay thế đơn lẻ {{name}}" },
  "input.too-large": {
    en: "expected a file of at most 1 MiB, found {{bytes}} bytes",
    vi: "tệp chỉ được lớn tối đa 1 MiB — tệp này có {{bytes, number}} byte",
  },
  "input.too-large.hint": { en: "split the text into several fragments", vi: "chia nội dung thành nhiều phần báo cáo" },
  "input.utf16": { en: "expected UTF-8 text, found UTF-16", vi: "tệp phải mã hóa UTF-8 — tệp này mã hóa UTF-16" },
  "input.utf16.hint": {
    en: "save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8)",
    vi: "lưu lại tệp với mã hóa UTF-8 (trong Notepad: Save as → Encoding: UTF-8)",
  },
  "input.binary": {
    en: "expected a text file, found a NUL byte (is this a binary file?)",
    vi: "tệp phải là văn bản thuần — tìm thấy byte NUL (có phải tệp nhị phân?)",
  },
  "input.binary.hint": {
    en: "fragments are plain UTF-8 YAML files",
    vi: "mỗi phần báo cáo là một tệp YAML văn bản thuần, mã hóa UTF-8",
  },
  "input.bad-utf8": {
    en: "expected UTF-8 text, found the byte 0x{{byte}} that is not valid UTF-8",
    vi: "tệp phải mã hóa UTF-8 — byte 0x{{byte}} không hợp lệ trong UTF-8",
  },
  "input.bad-utf8.hint": {
    en: "save the file as UTF-8; text typed with TCVN3/VNI fonts must be converted to Unicode first (e.g. with Unikey's converter)",
    vi: "lưu lại tệp với mã hóa UTF-8; văn bản gõ bằng phông TCVN3/VNI phải chuyển sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey)",
  },
  "input.what.bcreport": {
    en: "the agency profile (`agency`, `units`, `signers`, `kinds`)",
    vi: "thông tin cơ quan (`agency`, `units`, `signers`, `kinds`)",
  },
  "input.what.report": {
    en: "the report's fields (`date`, `number`, …)",
    vi: "các trường của báo cáo (`date`, `number`, …)",
  },
  "input.what.fragment": {
    en: "a fragment with `unit`, `section` and `body` or `tasks`",
    vi: "một phần báo cáo có `unit`, `section` và `body` hoặc `tasks`",
  },
  "input.what.bcreport.hint": {
    en: "start from the profile in the README, or run `bcreport init`",
    vi: "bắt đầu từ mẫu thông tin cơ quan trong README, hoặc chạy `bcreport init`",
  },
  "input.what.report.hint": {
    en: "write `date: 2023-11-20` and the other fields on their own lines, or leave the file empty",
    vi: "viết `date: 2023-11-20` và các trường khác, mỗi trường một dòng, hoặc để tệp trống",
  },
  "input.what.fragment.hint": {
    en: "write `unit: …`, `section: …` and `body: |` on their own lines, or delete the file",
    vi: "viết `unit: …`, `section: …` và `body: |`, mỗi khóa một dòng, hoặc xóa tệp",
  },
  "input.control-character": {
    en: "expected printable text — found {{name}} in this value",
    vi: "nội dung chỉ được chứa ký tự in được — giá trị này có ký tự {{name}}",
  },
  "input.control-character.hint": {
    en: "delete the invisible character (it often comes with text pasted from PDF or Word, or an escape such as `\\v` in double quotes); it cannot be stored in a DOCX file",
    vi: "xóa ký tự ẩn này (thường lẫn vào khi dán văn bản từ PDF hoặc Word, hoặc do chuỗi thoát như `\\v` trong ngoặc kép); tệp DOCX không lưu được ký tự này",
  },
  "input.outside": {
    en: "expected a file inside the repository, found a link pointing outside it",
    vi: "tệp phải nằm trong kho dữ liệu — đây là liên kết trỏ ra ngoài kho",
  },
  "input.outside.hint": {
    en: "copy the file into the repository instead of linking to it",
    vi: "sao chép tệp vào kho thay vì tạo liên kết",
  },
  "input.unreadable": { en: "cannot read the file", vi: "không đọc được tệp" },
  "input.unreadable-why": { en: "cannot read the file: {{why}}", vi: "không đọc được tệp: {{why}}" },
  "input.unreadable.chmod": {
    en: "let the user running bcreport read it (`chmod a+r`)",
    vi: "cấp quyền đọc tệp cho người dùng chạy bcreport (`chmod a+r`)",
  },
  "input.empty-file": { en: "expected {{what}} — found an empty file", vi: "tệp phải có {{what}} — tệp đang trống" },
  "input.found-list": { en: "a list (lines starting with `-`)", vi: "một danh sách (các dòng bắt đầu bằng `-`)" },
  "input.found-value": { en: "a single value", vi: "một giá trị đơn" },
  "input.not-a-mapping": {
    en: "expected {{what}} as `key: value` lines — found {{found}}",
    vi: "tệp phải có {{what}} dưới dạng các dòng `khóa: giá trị` — tìm thấy {{found}}",
  },
  "input.stray-folder": {
    en: "folder `{{name}}` inside a report's fragment folder is ignored",
    vi: "thư mục `{{name}}` nằm trong thư mục phần báo cáo nên bị bỏ qua",
  },
  "input.stray-folder.hint": {
    en: "keep fragments directly in the folder",
    vi: "đặt các phần báo cáo trực tiếp trong thư mục",
  },
  "input.stray-file": {
    en: "`{{name}}` is not a YAML fragment and is ignored",
    vi: "`{{name}}` không phải tệp YAML của phần báo cáo nên bị bỏ qua",
  },
  "input.stray-file.hint": { en: "fragments are `.yaml` files", vi: "phần báo cáo là các tệp `.yaml`" },
  "input.no-period": {
    en: "no folder `{{dir}}` for period `{{period}}`",
    vi: "chưa có thư mục `{{dir}}` cho kỳ báo cáo `{{period}}`",
  },
  "input.no-period.not-due": {
    en: "no report kind is built for {{type}} periods ({{built}}); add `{{type}}` to a kind's `periods` in bcreport.yaml",
    vi: "không loại báo cáo nào lập cho kỳ loại {{type}} ({{built}}); thêm `{{type}}` vào `periods` của loại báo cáo trong bcreport.yaml",
  },
  "input.no-period.hint": {
    en: "create it with `bcreport new {{period}}`",
    vi: "tạo thư mục bằng lệnh `bcreport new {{period}}`",
  },
  "input.unknown-kind-folder": {
    en: "folder `{{name}}` is not a report kind of bcreport.yaml",
    vi: "thư mục `{{name}}` không phải loại báo cáo nào khai báo trong bcreport.yaml",
  },
  "input.unknown-kind": {
    en: "`{{kind}}` is not a report kind of bcreport.yaml",
    vi: "`{{kind}}` không phải loại báo cáo nào khai báo trong bcreport.yaml",
  },
  "input.unknown-kind.hint": {
    en: "name the report file after a key of `kinds:`",
    vi: "đặt tên tệp báo cáo theo một khóa trong `kinds:`",
  },
  "input.no-report-of-kind": {
    en: "no report file `{{file}}` for kind `{{kind}}`",
    vi: "chưa có tệp báo cáo `{{file}}` cho loại báo cáo `{{kind}}`",
  },
  "input.no-report-of-kind.hint": {
    en: "create it (it may be empty) or run `bcreport new {{period}}`",
    vi: "tạo tệp này (có thể để trống) hoặc chạy `bcreport new {{period}}`",
  },
  "input.no-report": { en: "no report file in `{{dir}}`", vi: "không có tệp báo cáo nào trong `{{dir}}`" },
  "input.no-report.hint": {
    en: "add `{{dir}}/<kind>.yaml` for one of: {{kinds}}",
    vi: "thêm tệp `{{dir}}/<loại>.yaml` cho một trong các loại: {{kinds}}",
  },
  "input.unreadable-folder": { en: "cannot read the folder: {{why}}", vi: "không đọc được thư mục: {{why}}" },
  "input.unreadable-folder.chmod": {
    en: "let the user running bcreport read the folder (`chmod a+rx`)",
    vi: "cấp quyền đọc thư mục cho người dùng chạy bcreport (`chmod a+rx`)",
  },
  "input.hidden-file": {
    en: "hidden file `{{name}}` is not read as a fragment",
    vi: "tệp ẩn `{{name}}` không được đọc như một phần báo cáo",
  },
  "input.hidden-file.hint": {
    en: "remove the leading `.` to make it one: `{{name}}`",
    vi: "bỏ dấu `.` ở đầu tên để tệp được đọc: `{{name}}`",
  },
  "input.not-a-period": {
    en: "folder `{{name}}` is not a period and is skipped: {{why}}",
    vi: "thư mục `{{name}}` không phải kỳ báo cáo nên bị bỏ qua: {{why}}",
  },
  "input.not-a-period.hint": {
    en: "rename it to a period such as `2023-11`, `2023-Q1`, `2023-H1`, `2023-9M` or `2023`",
    vi: "đổi tên thư mục theo kỳ báo cáo, như `2023-11`, `2023-Q1`, `2023-H1`, `2023-9M` hoặc `2023`",
  },
  "input.single-line": {
    en: "expected `{{path}}` on one line — found a line break in it",
    vi: "`{{path}}` phải viết trên một dòng — giá trị đang có dấu xuống dòng",
  },
  "input.single-line.hint": {
    en: "write it on one line (a `|` or `>` block, or `\n` in double quotes, puts line breaks in it); for several items, make a list",
    vi: "viết trên một dòng (khối `|` hoặc `>`, hay `\n` trong ngoặc kép, đều tạo dấu xuống dòng); nếu có nhiều mục, viết thành danh sách",
  },
  "input.reviewer-token": {
    en: "expected a reviewer as one owner: `@user`, `@org/team` or an e-mail address — found `{{value}}`",
    vi: "mỗi người duyệt phải là một chủ thể: `@user`, `@org/team` hoặc một địa chỉ thư điện tử — đang là `{{value}}`",
  },
  "input.reviewer-token.hint": {
    en: "write each reviewer as its own item of `reviewers:`",
    vi: "viết mỗi người duyệt thành một mục riêng của `reviewers:`",
  },
  "input.why.permission-denied": { en: "permission denied", vi: "không có quyền truy cập" },
  "input.why.symlink-loop": {
    en: "its symbolic links loop back on themselves",
    vi: "các liên kết tượng trưng (symlink) trỏ vòng lặp về nhau",
  },
  "input.why.name-too-long": { en: "its path is too long", vi: "đường dẫn quá dài" },
  "input.why.io-error": { en: "the disk could not be read (I/O error)", vi: "không đọc được ổ đĩa (lỗi vào/ra)" },
  "input.why.too-many-open": { en: "too many files are open", vi: "đang mở quá nhiều tệp cùng lúc" },
  "input.why.not-a-folder": {
    en: "a part of its path is a file, not a folder",
    vi: "một phần của đường dẫn là tệp, không phải thư mục",
  },
  "input.why.disk-full": { en: "the disk is full", vi: "ổ đĩa đã đầy" },
  "input.why.read-only": { en: "the file system is read-only", vi: "hệ thống tệp chỉ cho phép đọc" },
  "input.why.exists": { en: "it already exists", vi: "tệp đã có" },
  "input.why.is-a-folder": { en: "it is a folder", vi: "đây là thư mục" },
  "input.why.system": { en: "the system says {{code}}", vi: "hệ thống báo lỗi {{code}}" },
  "input.why.not-a": { en: "it is {{what}}, not {{want}}", vi: "đây là {{what}}, không phải {{want}}" },
  "input.why.a-folder": { en: "a folder", vi: "thư mục" },
  "input.why.a-pipe": { en: "a named pipe", vi: "đường ống có tên (named pipe)" },
  "input.why.a-socket": { en: "a socket", vi: "socket" },
  "input.why.a-device": { en: "a device", vi: "tệp thiết bị" },
  "input.why.a-file": { en: "a file", vi: "tệp" },
  "input.why.a-regular-file": { en: "a regular file", vi: "tệp thông thường" },
} satisfies Catalogue;
