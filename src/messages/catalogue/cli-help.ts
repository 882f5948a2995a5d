/** Words of `--help` that commander writes itself: the placeholders of usage lines, options and arguments. */
import type { Catalogue } from "./entry.js";

/** `<dir>`, `[options]`, `[periods...]`: each placeholder name as a word of the language (English as written). */
const TERMS: Record<string, string> = {
  options: "tùy-chọn",
  command: "lệnh",
  period: "kỳ",
  periods: "kỳ",
  targets: "kỳ-hoặc-tệp",
  dir: "thư-mục",
  file: "tệp",
  kinds: "loại",
  format: "định-dạng",
  formats: "định-dạng",
  engine: "công-cụ",
  rev: "phiên-bản",
  "rev-a": "phiên-bản-a",
  "rev-b": "phiên-bản-b",
  date: "ngày",
  source: "nguồn",
  port: "cổng",
  host: "địa-chỉ",
  lang: "ngôn-ngữ",
};

/** The placeholder names the catalogue translates. */
export const HELP_TERMS: readonly string[] = Object.keys(TERMS);

export const CLI_HELP = {
  ...Object.fromEntries(Object.entries(TERMS).map(([en, vi]) => [`cli.help.term.${en}`, { en, vi }])),
  "cli.build.format.docx": { en: "Word, laid out per Decree 30", vi: "Word, trình bày theo Nghị định 30" },
  "cli.build.format.pdf": { en: "PDF through Typst or LibreOffice", vi: "PDF qua Typst hoặc LibreOffice" },
  "cli.build.format.json": { en: "the report model", vi: "mô hình dữ liệu của báo cáo" },
  "cli.build.format.md": { en: "canonical Markdown for review", vi: "Markdown chuẩn hóa để rà soát" },
} satisfies Catalogue;
