/** Writing outputs and vendoring bcreport into a new repository: src/cli/write-files.ts, vendor-bcreport.ts. */
import type { Catalogue } from "./entry.js";

export const FILES = {
  "files.why": { en: "{{why}} ({{code}})", vi: "{{why}} ({{code}})" },
  "files.vendor-bad-from": {
    en: "expected --from to name a .tgz file or a git URL (git+https://…#tag), found `{{from}}`",
    vi: "--from phải là một tệp .tgz hoặc một URL git (git+https://…#tag) — giá trị hiện tại là `{{from}}`",
  },
  "files.vendor-cannot-pack": {
    en: "cannot pack the running bcreport ({{dir}}) with `npm pack`",
    vi: "không đóng gói được bcreport đang chạy ({{dir}}) bằng `npm pack`",
  },
  "files.vendor-cannot-pack.hint": {
    en: "give a release tarball or a git URL with `--from`",
    vi: "chỉ rõ tệp phát hành .tgz hoặc URL git bằng `--from`",
  },
} satisfies Catalogue;
