/** Checking the files against their schemas and rules: src/validate/. */
import type { Catalogue } from "./entry.js";

export const VALIDATE = {
  "validate.unknown-unit": { en: "unknown unit `{{unit}}`", vi: "không có đơn vị `{{unit}}`" },
  "validate.unknown-section": {
    en: "unknown section `{{section}}` in report kind `{{kind}}`",
    vi: "báo cáo loại `{{kind}}` không có mục `{{section}}`",
  },
  "validate.unknown-section.unit-sections": {
    en: "the sections unit `{{unit}}` writes in this report are {{list}}",
    vi: "các mục đơn vị `{{unit}}` được giao viết trong báo cáo này: {{list}}",
  },
  "validate.unknown-section.sections": {
    en: "the sections units write in this report are {{list}}",
    vi: "các mục giao cho các đơn vị viết trong báo cáo này: {{list}}",
  },
  "validate.no-unit": { en: "no unit", vi: "chưa giao đơn vị nào" },
  "validate.unit-not-owner": {
    en: "unit `{{unit}}` does not write section `{{section}}` (owned by {{owners}})",
    vi: "đơn vị `{{unit}}` không được giao viết mục `{{section}}` (mục này giao cho {{owners}})",
  },
  "validate.unit-not-owner.hint": {
    en: "add `{{unit}}` to the section's `units` in bcreport.yaml, or move the text to a section it owns",
    vi: "thêm `{{unit}}` vào `units` của mục trong bcreport.yaml, hoặc chuyển nội dung sang mục được giao cho đơn vị",
  },
  "validate.tasks-not-allowed": {
    en: "section `{{section}}` does not collect planned tasks",
    vi: "mục `{{section}}` không dùng để ghi nhiệm vụ kỳ tới",
  },
  "validate.tasks-not-allowed.hint": {
    en: "write the text in `body`, or put the tasks in the section marked `tasks: true`",
    vi: "viết nội dung vào `body`, hoặc ghi nhiệm vụ vào mục có `tasks: true`",
  },
  "validate.empty-fragment": {
    en: "fragment for section `{{section}}` has no text; it is skipped",
    vi: "phần báo cáo của mục `{{section}}` chưa có nội dung nên được bỏ qua",
  },
  "validate.empty-fragment.carried-hint": {
    en: "set the `status` of each task under `carried:` (and write the unit's text in `body`); keep the file, deleting it drops those tasks",
    vi: "ghi `status` cho từng nhiệm vụ trong `carried:` (và viết nội dung của đơn vị vào `body`); giữ lại tệp, xóa tệp sẽ làm mất các nhiệm vụ đó",
  },
  "validate.empty-fragment.hint": {
    en: "write the unit's text in `body`, or delete the file if the unit has nothing to report",
    vi: "viết nội dung của đơn vị vào `body`, hoặc xóa tệp nếu đơn vị không có gì để báo cáo",
  },
  "validate.file-name": {
    en: "expected the file name to start with `{{unit}}.` (the unit that writes it), found `{{name}}`",
    vi: "tên tệp phải bắt đầu bằng `{{unit}}.` (đơn vị viết tệp) — tên hiện tại là `{{name}}`",
  },
  "validate.file-name.hint": {
    en: "rename it to `{{unit}}.{{section}}.yaml`; CODEOWNERS assigns reviewers by this prefix",
    vi: "đổi tên tệp thành `{{unit}}.{{section}}.yaml`; CODEOWNERS phân công người duyệt theo tiền tố này",
  },
  "validate.duplicate-fragment": {
    en: "unit `{{unit}}` already wrote section `{{section}}` in `{{file}}`",
    vi: "đơn vị `{{unit}}` đã viết mục `{{section}}` trong tệp `{{file}}`",
  },
  "validate.duplicate-fragment.hint": { en: "merge the two files into one", vi: "gộp hai tệp làm một" },
  "validate.carried-status-unset": {
    en: "carried task {{n}} has no `status` yet; nothing is printed for it",
    vi: "nhiệm vụ chuyển tiếp thứ {{n}} chưa có `status` nên chưa được đưa vào báo cáo",
  },
  "validate.carried-status-unset.hint": {
    en: "set `status: done`, `in-progress` or `not-done` (with a `reason`)",
    vi: "ghi `status: done` (đã hoàn thành), `in-progress` (đang thực hiện) hoặc `not-done` (chưa thực hiện, kèm `reason`)",
  },
  "validate.carried-reason-missing": {
    en: "expected a `reason` for carried task {{n}} with `status: not-done`",
    vi: "nhiệm vụ chuyển tiếp thứ {{n}} có `status: not-done` thì phải nêu `reason` (lý do)",
  },
  "validate.carried-reason-missing.hint": {
    en: "add `reason: <why it was not done>` under the task",
    vi: "thêm `reason: <lý do chưa thực hiện>` dưới nhiệm vụ",
  },
  "validate.grouped-number.decimal": {
    en: "`{{field}}` is written `{{written}}`: in YAML a dot is the decimal point, so this reads as the decimal number {{decimal}}, not {{whole}}",
    vi: "`{{field}}` ghi `{{written}}`: trong YAML, dấu chấm là dấu thập phân nên giá trị được đọc là số thập phân {{decimal, number}}, không phải {{whole}}",
  },
  "validate.grouped-number.decimal.hint": {
    en: "write `{{typed}}` (no dot between thousands); if {{decimal}} is meant, write `{{typedDecimal}}`",
    vi: "ghi `{{typed}}` (không dùng dấu chấm ngăn cách hàng nghìn); nếu đúng là {{decimal, number}} thì ghi `{{typedDecimal}}`",
  },
  "validate.grouped-number.text": {
    en: "`{{field}}` is written `{{written}}`: a number in YAML has no separator between thousands, so this reads as text, not as {{whole}}",
    vi: "`{{field}}` ghi `{{written}}`: số trong YAML không có dấu ngăn cách hàng nghìn nên giá trị được đọc là văn bản, không phải số {{whole}}",
  },
  "validate.grouped-number.text.hint": { en: "write `{{typed}}`", vi: "ghi `{{typed}}`" },
  "validate.carried-task-dropped": {
    en: "task planned by `{{unit}}` in {{period}} is not reported in `carried:`: “{{task}}” ({{where}})",
    vi: "nhiệm vụ đơn vị `{{unit}}` đề ra trong kỳ {{period}} chưa được báo cáo trong `carried:`: “{{task}}” ({{where}})",
  },
  "validate.carried-task-dropped.near": {
    en: "a carried task's text differs slightly from the planned one: copy it exactly",
    vi: "nội dung một nhiệm vụ chuyển tiếp hơi khác với nhiệm vụ đã đề ra: hãy chép lại đúng nguyên văn",
  },
  "validate.carried-task-dropped.hint": {
    en: "add `- task: …` with `status: done | in-progress | not-done` under `carried:` in one of `{{unit}}`'s fragments (`bcreport new` writes them for you)",
    vi: "thêm `- task: …` kèm `status: done | in-progress | not-done` dưới `carried:` trong một phần báo cáo của `{{unit}}` (`bcreport new` tự viết sẵn)",
  },
  "validate.carried-task-dropped.no-fragment": {
    en: "add a fragment for `{{unit}}` with `carried:` listing its tasks of {{period}}",
    vi: "thêm một phần báo cáo của `{{unit}}` có `carried:` liệt kê các nhiệm vụ của kỳ {{period}}",
  },
  "validate.carried-task-unplanned": {
    en: "carried task {{n}} of `{{unit}}` was not planned by `{{unit}}` in {{period}}",
    vi: "nhiệm vụ chuyển tiếp thứ {{n}} của `{{unit}}` không có trong nhiệm vụ `{{unit}}` đề ra kỳ {{period}}",
  },
  "validate.carried-task-unplanned.hint": {
    en: "copy the text of the task exactly as it was planned, or move it to `body`",
    vi: "chép đúng nguyên văn nhiệm vụ đã đề ra, hoặc chuyển nội dung sang `body`",
  },
  "validate.unknown-signer": { en: "unknown signer `{{signer}}`", vi: "không có người ký `{{signer}}`" },
  "validate.folder-outside": {
    en: "expected `{{key}}` to name a folder inside the repository — found `{{raw}}`",
    vi: "`{{key}}` phải là một thư mục trong kho dữ liệu — giá trị hiện tại là `{{raw}}`",
  },
  "validate.folder-outside.hint": {
    en: "write a path relative to bcreport.yaml without `..`, e.g. `{{fallback}}`",
    vi: "ghi đường dẫn tính từ bcreport.yaml, không dùng `..`, ví dụ `{{fallback}}`",
  },
  "validate.duplicate-unit-id": {
    en: "unit id `{{id}}` is defined twice",
    vi: "mã đơn vị `{{id}}` bị khai báo hai lần",
  },
  "validate.duplicate-signer-id": {
    en: "signer id `{{id}}` is defined twice",
    vi: "mã người ký `{{id}}` bị khai báo hai lần",
  },
  "validate.duplicate-section-id": {
    en: "section id `{{id}}` is used twice in kind `{{kind}}`",
    vi: "mã mục `{{id}}` bị dùng hai lần trong loại báo cáo `{{kind}}`",
  },
  "validate.signer-title": {
    en: "signer `{{id}}` needs `title` (or `lines`)",
    vi: "người ký `{{id}}` phải có `title` (hoặc `lines`)",
  },
  "validate.signer-title.hint": { en: "e.g. `title: GIÁM ĐỐC`", vi: "ví dụ `title: GIÁM ĐỐC`" },
  "validate.signer-of": {
    en: "signer `{{id}}` has `authority: {{authority}}` but no `of`",
    vi: "người ký `{{id}}` có `authority: {{authority}}` nhưng thiếu `of`",
  },
  "validate.signer-of.hint": {
    en: "e.g. `of: GIÁM ĐỐC` prints `KT. GIÁM ĐỐC`",
    vi: "ví dụ `of: GIÁM ĐỐC` sẽ in thành `KT. GIÁM ĐỐC`",
  },
  "validate.wrong-period": {
    en: "report kind `{{kind}}` is built for {{periods}} periods, not for `{{period}}` ({{type}})",
    vi: "loại báo cáo `{{kind}}` chỉ lập cho kỳ {{periods}}, không lập cho kỳ `{{period}}` ({{type}})",
  },
  "validate.wrong-period.hint": {
    en: "add the period type to the kind's `periods`, or move the report to a matching period folder",
    vi: "thêm loại kỳ này vào `periods` của loại báo cáo, hoặc chuyển báo cáo sang thư mục kỳ phù hợp",
  },
  "validate.nested-appendix": {
    en: "expected `appendix: true` on a top-level section of the outline — found it on `{{id}}`, inside another section",
    vi: "`appendix: true` chỉ đặt cho mục cấp cao nhất của đề cương — mục `{{id}}` đang nằm trong một mục khác",
  },
  "validate.landscape-in-appendix": {
    en: "expected `landscape: true` on the appendix `{{appendix}}` itself — found it on `{{id}}`, a section inside it",
    vi: "`landscape: true` đặt cho chính phụ lục `{{appendix}}` — không đặt cho mục `{{id}}` nằm trong phụ lục",
  },
  "validate.landscape-in-appendix.hint": {
    en: "set `landscape: true` on `{{appendix}}`, or make `{{id}}` an appendix of its own",
    vi: "đặt `landscape: true` cho `{{appendix}}`, hoặc tách `{{id}}` thành một phụ lục riêng",
  },
  "validate.landscape-nested": {
    en: "section `{{id}}` is printed landscape already: it is inside `{{parent}}`, which has `landscape: true`",
    vi: "mục `{{id}}` đã in trang ngang: mục này nằm trong `{{parent}}` đã có `landscape: true`",
  },
  "validate.landscape-nested.hint": {
    en: "remove `landscape: true` from `{{id}}`",
    vi: "bỏ `landscape: true` ở mục `{{id}}`",
  },
} satisfies Catalogue;
