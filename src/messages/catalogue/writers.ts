/** Writing the documents: src/writers/. */
import type { Catalogue } from "./entry.js";

export const WRITERS = {
  "writers.font-missing": {
    en: "font `{{name}}` (layout.font) is not installed: the PDF uses the bundled Tinos instead",
    vi: "chưa cài phông chữ `{{name}}` (layout.font): bản PDF dùng phông Tinos có sẵn thay thế",
  },
  "writers.font-missing.hint": {
    en: "install the font, or put its files in the repository's fonts/ folder",
    vi: "cài phông chữ, hoặc đặt các tệp phông vào thư mục fonts/ của kho",
  },
  "writers.libreoffice-not-on-path": {
    en: "expected LibreOffice (`soffice`) on PATH — found none",
    vi: "không tìm thấy LibreOffice (`soffice`) trong các thư mục của PATH",
  },
  "writers.libreoffice-install.hint": {
    en: "install LibreOffice (Debian/Ubuntu: `apt-get install libreoffice-writer`; macOS: `brew install --cask libreoffice`) or use the built-in Typst PDF engine",
    vi: "cài LibreOffice (Debian/Ubuntu: `apt-get install libreoffice-writer`; macOS: `brew install --cask libreoffice`) hoặc dùng Typst, công cụ tạo PDF có sẵn",
  },
  "writers.libreoffice-not-executable": {
    en: "expected the LibreOffice binary `{{soffice}}` to exist and be executable — it does not",
    vi: "tệp chạy LibreOffice `{{soffice}}` không có hoặc không có quyền chạy",
  },
  "writers.libreoffice-not-found": {
    en: "expected the LibreOffice binary `{{soffice}}` to run — it was not found",
    vi: "không chạy được LibreOffice `{{soffice}}`: không tìm thấy tệp chạy",
  },
  "writers.libreoffice-timeout": {
    en: "LibreOffice did not finish converting the DOCX within {{seconds}} s",
    vi: "LibreOffice chưa chuyển xong tệp DOCX sau {{seconds}} giây",
  },
  "writers.libreoffice-no-pdf": {
    en: "LibreOffice did not produce a PDF (exit code {{code}})",
    vi: "LibreOffice không tạo ra tệp PDF (mã thoát {{code}})",
  },
  "writers.libreoffice-no-pdf.detail": {
    en: "LibreOffice did not produce a PDF (exit code {{code}}): {{detail}}",
    vi: "LibreOffice không tạo ra tệp PDF (mã thoát {{code}}): {{detail}}",
  },
  "writers.libreoffice-exit-unknown": { en: "unknown", vi: "không rõ" },
  "writers.libreoffice-no-pdf.hint": {
    en: "check that the DOCX opens in LibreOffice, or use the built-in Typst PDF engine",
    vi: "kiểm tra tệp DOCX có mở được bằng LibreOffice không, hoặc dùng Typst, công cụ tạo PDF có sẵn",
  },
  "writers.libreoffice-not-pdf-a": {
    en: "LibreOffice wrote a PDF that does not declare PDF/A-2 (its export options need LibreOffice 7.4 or later)",
    vi: "LibreOffice tạo tệp PDF không khai báo chuẩn PDF/A-2 (tùy chọn xuất này cần LibreOffice 7.4 trở lên)",
  },
  "writers.libreoffice-not-pdf-a.hint": {
    en: "update LibreOffice, or build the PDF/A with the built-in Typst engine (leave out --pdf-engine)",
    vi: "nâng cấp LibreOffice, hoặc tạo PDF/A bằng Typst, công cụ có sẵn (bỏ tùy chọn --pdf-engine)",
  },
} satisfies Catalogue;
