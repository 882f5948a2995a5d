/** Warnings about text that is valid but probably wrong: src/lint/. */
import type { Catalogue } from "./entry.js";

export const LINT = {
  "lint.unknown-lint": { en: "unknown lint rule `{{id}}`", vi: "không có quy tắc kiểm tra `{{id}}`" },
  "lint.nothing": { en: "nothing", vi: "không có gì" },
  "lint.accept-unknown-rule": {
    en: "`accept` names an unknown lint rule `{{rule}}`",
    vi: "`accept` nêu quy tắc kiểm tra `{{rule}}` nhưng không có quy tắc này",
  },
  "lint.accept-unused": {
    en: "no `{{rule}}` warning flags `{{text}}` in this fragment",
    vi: "phần báo cáo này không có cảnh báo `{{rule}}` nào về `{{text}}`",
  },
  "lint.accept-unused.hint": {
    en: "remove it from `accept`, or correct it to the text as written on the flagged line",
    vi: "xóa mục này khỏi `accept`, hoặc sửa lại cho đúng chữ như trên dòng bị cảnh báo",
  },
  "lint.recipients-archive.twice": {
    en: "found `{{text}}` in Nơi nhận, but the report already ends the list with `- Lưu: VT, …`",
    vi: "Nơi nhận có `{{text}}`, nhưng báo cáo đã tự thêm dòng cuối `- Lưu: VT, …`",
  },
  "lint.recipients-archive.twice.hint": {
    en: "delete this item; set `archive:` to change what follows `Lưu: VT, `",
    vi: "xóa dòng này; muốn đổi phần sau `Lưu: VT, ` thì đặt `archive:`",
  },
  "lint.recipients-archive.missing": {
    en: "expected the Nơi nhận list to end with `Lưu: VT, …`, found `{{found}}`",
    vi: "Nơi nhận phải kết thúc bằng `Lưu: VT, …` — dòng cuối hiện là `{{found}}`",
  },
  "lint.recipients-archive.missing.hint": {
    en: "add `Lưu: VT, <drafting unit>` as the last item (your recipients template does not add it)",
    vi: "thêm dòng cuối `Lưu: VT, <đơn vị soạn thảo>` (mẫu Nơi nhận của cơ quan chưa có dòng này)",
  },
  "lint.joined-lines": {
    en: "`{{start}} …` is joined to the line above: with no blank line between them they are one paragraph",
    vi: "`{{start}} …` bị nối vào dòng trên: hai dòng liền nhau, không có dòng trống ở giữa, là một đoạn văn",
  },
  "lint.joined-lines.hint": {
    en: "leave a blank line before it to start a new paragraph (or end the line above with `\\` to only break the line)",
    vi: "để một dòng trống trước dòng này để bắt đầu đoạn mới (hoặc kết thúc dòng trên bằng dấu `\\` nếu chỉ muốn xuống dòng)",
  },
  "lint.repeated-word": {
    en: "found `{{words}}`: the same word twice in a row",
    vi: "`{{words}}`: một từ bị lặp hai lần liền nhau",
  },
  "lint.repeated-word.hint": {
    en: "delete one of them (if the report really says it, add `accept: { repeated-word: [{{words}}] }` to the fragment)",
    vi: "xóa một từ (nếu văn bản đúng là như vậy, thêm `accept: { repeated-word: [{{words}}] }` vào phần báo cáo)",
  },
  "lint.legacy-encoding": {
    en: "expected Vietnamese in Unicode, found `{{word}}` that looks like TCVN3 (ABC) or VNI text",
    vi: "tiếng Việt phải gõ bằng Unicode — `{{word}}` có vẻ là chữ mã TCVN3 (ABC) hoặc VNI",
  },
  "lint.legacy-encoding.hint": {
    en: 'convert the text to Unicode (Unikey: Công cụ → Chuyển mã, from TCVN3 or VNI to "Unicode dựng sẵn") and paste it again',
    vi: 'chuyển mã văn bản sang Unicode (Unikey: Công cụ → Chuyển mã, từ TCVN3 hoặc VNI sang "Unicode dựng sẵn") rồi dán lại',
  },
  "lint.not-nfc.more": {
    en: { one: " (and on {{count}} more line)", other: " (and on {{count}} more lines)" },
    vi: " (và {{count}} dòng khác)",
  },
  "lint.not-nfc": {
    en: "expected text in Unicode NFC (precomposed letters), found decomposed letters such as `e` + combining marks{{more}}",
    vi: "văn bản phải là Unicode dựng sẵn (NFC) — tìm thấy chữ tổ hợp, như `e` cộng dấu rời{{more}}",
  },
  "lint.not-nfc.hint": {
    en: 'the report is built from the normalised text, but save the file as precomposed Unicode (Unikey: "Unicode dựng sẵn") so searches and diffs match',
    vi: 'báo cáo vẫn dựng từ văn bản đã chuẩn hóa, nhưng nên lưu tệp bằng Unicode dựng sẵn (Unikey: "Unicode dựng sẵn") để tìm kiếm và so sánh khớp',
  },
  "lint.reference-spaces": {
    en: "expected a document number without spaces, found `{{flat}}`",
    vi: "số hiệu văn bản không được có dấu cách — đang viết là `{{flat}}`",
  },
  "lint.reference-abbreviation": {
    en: "expected the abbreviation `{{expected}}` for {{typeWord}} in `{{flat}}`, found `{{type}}`",
    vi: "{{typeWord}} viết tắt là `{{expected}}` — trong `{{flat}}` đang viết `{{type}}`",
  },
  "lint.reference-type": {
    en: "expected a document type abbreviation of Decree 30 (Phụ lục III) in `{{flat}}`, found `{{type}}`",
    vi: "`{{type}}` trong `{{flat}}` không phải chữ viết tắt tên loại văn bản theo Nghị định 30 (Phụ lục III)",
  },
  "lint.reference-mismatch": {
    en: "`{{flat}}` cites a {{typeWord}} but its abbreviation is `{{type}}` ({{name}})",
    vi: "`{{flat}}` dẫn một {{typeWord}} nhưng chữ viết tắt là `{{type}}` ({{name}})",
  },
  "lint.reference-mismatch.hint": {
    en: "a {{typeWord}} is numbered `…/{{expected}}-…`",
    vi: "số hiệu của {{typeWord}} có dạng `…/{{expected}}-…`",
  },
  "lint.reference-date": {
    en: "expected a real date after `{{flat}}`, found `{{date}}`",
    vi: "ngày ban hành sau `{{flat}}` không có thật: `{{date}}`",
  },
  "lint.reference-date.order": { en: "dates are written day/month/year", vi: "ngày viết theo thứ tự ngày/tháng/năm" },
  "lint.reference-date.days": {
    en: "month {{month}} of {{year}} has {{days}} days",
    vi: "tháng {{month}} năm {{year}} có {{days}} ngày",
  },
  "lint.bidi": {
    en: "expected no bidi control in the text — found {{name}}",
    vi: "văn bản không được chứa ký tự điều khiển hướng chữ — tìm thấy {{name}}",
  },
  "lint.bidi-in-figure": {
    en: "expected no bidi control in the text — found {{name}} inside a figure, which can print it reversed",
    vi: "văn bản không được chứa ký tự điều khiển hướng chữ — tìm thấy {{name}} trong một số liệu, có thể làm số in ngược",
  },
  "lint.bidi.hint": {
    en: "delete it (it is invisible: in most editors, move across it with the arrow keys)",
    vi: "xóa ký tự này (ký tự ẩn: trong đa số trình soạn thảo, dùng phím mũi tên để đi qua nó)",
  },
  "lint.zero-width": {
    en: "expected no zero-width character — found {{name}}",
    vi: "văn bản không được chứa ký tự độ rộng bằng không — tìm thấy {{name}}",
  },
  "lint.zero-width.hint": {
    en: "delete it; it splits words for searches and word counts",
    vi: "xóa ký tự này; nó làm tách từ khi tìm kiếm và đếm từ",
  },
} satisfies Catalogue;
