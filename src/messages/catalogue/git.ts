/** Git: src/git/ (its failures, unknown revisions, missing history). */
import type { Catalogue } from "./entry.js";

export const GIT = {
  "git.not-installed": {
    en: "cannot run `git`: it is not installed or not on PATH",
    vi: "không chạy được `git`: máy chưa cài git hoặc git không có trong PATH",
  },
  "git.not-installed.hint": { en: "install git and try again", vi: "cài git rồi chạy lại lệnh" },
  "git.failed": { en: "`{{command}}` failed: {{detail}}", vi: "lệnh `{{command}}` bị lỗi: {{detail}}" },
  "git.unknown-revision": { en: "unknown revision `{{rev}}`", vi: "không có phiên bản git `{{rev}}`" },
  "git.unknown-revision.hint": {
    en: "name a commit, branch or tag of this repository: `git log --oneline` lists the commits",
    vi: "nêu một commit, nhánh (branch) hoặc thẻ (tag) của kho này; lệnh `git log --oneline` liệt kê các commit",
  },
  "git.missing-history": {
    en: "the git revision `{{rev}}` is not in this clone (a shallow clone, or the branch was not fetched)",
    vi: "bản sao kho trên máy này không có phiên bản git `{{rev}}` (bản sao rút gọn — shallow clone, hoặc chưa tải nhánh đó về)",
  },
  "git.missing-history.hint": {
    en: "fetch more history: `git fetch --unshallow` (or `git fetch origin <branch>`); in GitHub Actions set `fetch-depth: 0` on actions/checkout, in GitLab CI set `GIT_DEPTH: 0`",
    vi: "tải thêm lịch sử: `git fetch --unshallow` (hoặc `git fetch origin <nhánh>`); trong GitHub Actions đặt `fetch-depth: 0` cho actions/checkout, trong GitLab CI đặt `GIT_DEPTH: 0`",
  },
} satisfies Catalogue;
