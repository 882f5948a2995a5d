/** Figures (images printed as charts) and the files a fragment names: src/markdown/figure.ts, resources.ts. */
import type { Catalogue } from "./entry.js";

export const FIGURES = {
  "resources.what.image": { en: "an image", vi: "hình ảnh" },
  "resources.what.csv": { en: "a CSV file", vi: "tệp CSV" },
  "resources.outside": {
    en: "expected {{what}} inside the repository — found `{{written}}`",
    vi: "{{what}} phải nằm trong kho dữ liệu — `{{written}}` nằm ngoài kho",
  },
  "resources.outside.hint": {
    en: "copy the file into the repository (e.g. into the period folder) and name it from there",
    vi: "sao chép tệp vào kho (ví dụ vào thư mục kỳ báo cáo) và ghi đường dẫn tính từ đó",
  },
  "resources.link-outside": {
    en: "expected {{what}} inside the repository — `{{written}}` leads outside it",
    vi: "{{what}} phải nằm trong kho dữ liệu — `{{written}}` là liên kết trỏ ra ngoài kho",
  },
  "resources.link-outside.hint": {
    en: "copy the file into the repository instead of linking to it",
    vi: "sao chép tệp vào kho thay vì tạo liên kết",
  },
  "resources.missing": {
    en: "expected {{what}} at `{{path}}` — found no such file",
    vi: "không tìm thấy {{what}} tại `{{path}}`",
  },
  "resources.missing.hint": {
    en: "a relative path starts at the period folder `{{base}}/`; a path starting with `/` at the repository root",
    vi: "đường dẫn tương đối tính từ thư mục kỳ báo cáo `{{base}}/`; đường dẫn bắt đầu bằng `/` tính từ thư mục gốc của kho",
  },
  "figure.unavailable": {
    en: "expected text — found the image `{{url}}`",
    vi: "chỉ được viết văn bản — tìm thấy hình ảnh `{{url}}`",
  },
  "figure.unavailable.hint": {
    en: "an image can be printed only from a fragment's `body`",
    vi: "chỉ in được hình ảnh viết trong `body` của một phần báo cáo",
  },
  "figure.web-address": {
    en: "expected an image file in the repository — found the web address `{{url}}`",
    vi: "hình ảnh phải là một tệp trong kho dữ liệu — đang ghi địa chỉ web `{{url}}`",
  },
  "figure.web-address.hint": {
    en: "download the image into the repository (e.g. into the period folder) and name it from there",
    vi: "tải hình ảnh về, lưu vào kho (ví dụ vào thư mục kỳ báo cáo) và ghi đường dẫn tính từ đó",
  },
  "figure.not-an-image": {
    en: "expected a PNG, JPEG or SVG image in `{{path}}` — found {{found}}",
    vi: "tệp `{{path}}` phải là hình ảnh PNG, JPEG hoặc SVG — tìm thấy {{found}}",
  },
  "figure.found-format": { en: "a {{format}} file", vi: "một tệp {{format}}" },
  "figure.found-unreadable": { en: "a file that is not one", vi: "một tệp không phải hình ảnh" },
  "figure.not-an-image.hint": {
    en: "save the chart as PNG or SVG (in Excel: right-click the chart → Save as Picture…)",
    vi: "lưu biểu đồ thành tệp PNG hoặc SVG (trong Excel: nhấp chuột phải vào biểu đồ → Save as Picture…)",
  },
  "figure.svg-not-named": {
    en: "expected a file named `….svg` for the SVG image in `{{path}}` — found another name",
    vi: "tệp ảnh SVG `{{path}}` phải có tên kết thúc bằng `.svg`",
  },
  "figure.svg-not-named.hint": {
    en: "rename the file so that its name ends in `.svg`, and the image link with it",
    vi: "đổi tên tệp cho kết thúc bằng `.svg` và sửa đường dẫn trong hình ảnh cho khớp",
  },
  "figure.svg-unreadable": {
    en: "expected an SVG image that can be read in `{{path}}` — found a problem: {{reason}}",
    vi: "tệp `{{path}}` phải là ảnh SVG đọc được — tệp có lỗi: {{reason}}",
  },
  "figure.svg-unreadable-at": {
    en: "expected an SVG image that can be read in `{{path}}` — found a problem at its line {{line}}, column {{column}}: {{reason}}",
    vi: "tệp `{{path}}` phải là ảnh SVG đọc được — tệp có lỗi tại dòng {{line}}, cột {{column}}: {{reason}}",
  },
  "figure.svg-unreadable.hint": {
    en: "export the chart again as SVG, or open the file in a browser or Inkscape and save it again",
    vi: "xuất lại biểu đồ dưới dạng SVG, hoặc mở tệp bằng trình duyệt hoặc Inkscape rồi lưu lại",
  },
  "figure.svg-external": {
    en: "expected the SVG `{{path}}` to hold everything it shows — found a reference to `{{href}}` at its line {{line}}, column {{column}}",
    vi: "ảnh SVG `{{path}}` phải tự chứa mọi nội dung hiển thị — tại dòng {{line}}, cột {{column}} của tệp có tham chiếu tới `{{href}}`",
  },
  "figure.svg-external.hint": {
    en: "embed the picture in the SVG (most chart tools have an option to embed images, as `data:` URLs), or delete the reference: an SVG may not load other files or web addresses",
    vi: "nhúng hình vào tệp SVG (phần lớn công cụ vẽ biểu đồ có tùy chọn nhúng ảnh dưới dạng `data:`), hoặc xóa tham chiếu: ảnh SVG không được tải tệp khác hay địa chỉ web",
  },
} satisfies Catalogue;
