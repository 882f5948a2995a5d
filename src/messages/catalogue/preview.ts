/**
 * The preview (src/preview, preview-page/): its internal-error lines and the browser page's texts.
 * The page also uses the status table's words (cli.status.*) and the severities (common.ts).
 */
import type { Catalogue } from "./entry.js";

export const PREVIEW = {
  "preview.layout-bug": {
    en: "bcreport could not lay out the pages — this is a bug: {{detail}}",
    vi: "bcreport không dàn được trang — đây là lỗi của chương trình: {{detail}}",
  },
  "preview.rebuild-bug": {
    en: "bcreport: internal error — this is a bug: {{detail}}",
    vi: "bcreport: lỗi nội bộ — đây là lỗi của chương trình: {{detail}}",
  },
  "preview.port-in-use": {
    en: "port {{port}} on {{host}} is already in use",
    vi: "cổng {{port}} trên {{host}} đang được dùng",
  },
  "preview.http.forbidden": {
    en: "forbidden: this server answers only requests addressed to itself (Host header)",
    vi: "từ chối: máy chủ này chỉ trả lời yêu cầu gửi đúng đến chính nó (tiêu đề Host)",
  },
  "preview.http.method": { en: "method not allowed", vi: "phương thức không được phép" },
  "preview.http.not-found": { en: "not found", vi: "không tìm thấy" },
  "preview.page.title": { en: "bcreport preview", vi: "bcreport — xem trước báo cáo" },
  "preview.page.connecting": { en: "connecting…", vi: "đang kết nối…" },
  "preview.page.live": { en: "live", vi: "đã kết nối" },
  "preview.page.disconnected": {
    en: "disconnected — is `bcreport preview` running?",
    vi: "mất kết nối — lệnh `bcreport preview` có còn chạy không?",
  },
  "preview.page.source": { en: "Source", vi: "Nguồn" },
  "preview.page.source-help": {
    en: "Click a paragraph, table or footnote to see where it comes from.",
    vi: "Bấm vào một đoạn văn, bảng hoặc chú thích để xem nội dung đó lấy từ tệp nào.",
  },
  "preview.page.problems": { en: "Problems", vi: "Vấn đề" },
  "preview.page.stale": {
    en: "The input has errors: these are the last good pages.",
    vi: "Dữ liệu có lỗi: đây là các trang đúng gần nhất.",
  },
  "preview.page.status": { en: "Status", vi: "Tình trạng nộp" },
  "preview.page.no-problems": { en: "(none)", vi: "(không có)" },
  "preview.page.no-status": { en: "no status", vi: "chưa có tình trạng nộp" },
  "preview.page.updated": { en: "{{period}} — updated in {{ms}} ms", vi: "{{period}} — cập nhật trong {{ms}} ms" },
  "preview.page.pages": {
    en: { one: "{{kind}} — {{count}} page", other: "{{kind}} — {{count}} pages" },
    vi: "{{kind}} — {{count}} trang",
  },
  "preview.page.open-in-editor": { en: "open in VS Code", vi: "mở trong VS Code" },
  "preview.page.region-of-unit": {
    en: "{{what}} of unit {{unit}}, section {{section}} — ",
    vi: "{{what}} của đơn vị {{unit}}, mục {{section}} — ",
  },
  "preview.page.region": { en: "{{what}}, section {{section}} — ", vi: "{{what}}, mục {{section}} — " },
  "preview.page.what.paragraph": { en: "paragraph", vi: "Đoạn văn" },
  "preview.page.what.list": { en: "list", vi: "Danh sách" },
  "preview.page.what.table": { en: "table", vi: "Bảng" },
  "preview.page.what.figure": { en: "figure", vi: "Hình" },
  "preview.page.what.footnote": { en: "footnote", vi: "Chú thích" },
} satisfies Catalogue;
