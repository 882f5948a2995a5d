/** Use cases (new, status…): src/commands/. */
import type { Catalogue } from "./entry.js";

export const COMMANDS = {
  "commands.kinds-are": { en: "kinds are: {{kinds}}", vi: "các loại báo cáo gồm: {{kinds}}" },
  "commands.no-kind-for-period": {
    en: "no report kind is built for {{type}} periods such as `{{period}}`",
    vi: "không có loại báo cáo nào lập cho kỳ {{type}} như `{{period}}`",
  },
  "commands.no-kind-for-period.hint": {
    en: "add the period type to a kind's `periods` in bcreport.yaml",
    vi: "thêm loại kỳ này vào `periods` của một loại báo cáo trong bcreport.yaml",
  },
  "commands.stray-invalid": { en: "invalid: run `bcreport check`", vi: "có lỗi: chạy `bcreport check`" },
  "commands.stray-unknown-section": { en: "unknown section `{{section}}`", vi: "không có mục `{{section}}`" },
  "commands.stray-not-owner": {
    en: "unit `{{unit}}` does not write section `{{section}}`",
    vi: "đơn vị `{{unit}}` không được giao viết mục `{{section}}`",
  },
  "commands.schemas-outdated": {
    en: "expected `schemas/` to match bcreport.yaml — out of date: {{files}}",
    vi: "`schemas/` chưa khớp với bcreport.yaml — các tệp đã cũ: {{files}}",
  },
  "commands.schemas-outdated.hint": {
    en: "run `bcreport schema` and commit `schemas/`, so editors check and complete units and sections as bcreport.yaml has them",
    vi: "chạy `bcreport schema` rồi commit `schemas/`, để trình soạn thảo kiểm tra và gợi ý đơn vị, mục đúng như bcreport.yaml",
  },
  "preview.no-period": { en: "no period folder yet", vi: "chưa có thư mục kỳ báo cáo nào" },
  "preview.no-period.hint": { en: "start one with `bcreport new <period>`", vi: "tạo kỳ mới bằng `bcreport new <kỳ>`" },
} satisfies Catalogue;
