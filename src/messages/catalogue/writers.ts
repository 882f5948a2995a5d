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
} satisfies Catalogue;
