/** What the CLI prints: src/cli/ (help, usage errors, check and status lines, next steps, summaries); the other commands are in cli-commands.ts. */
import type { Catalogue } from "./entry.js";

export const CLI = {
  "cli.program": {
    en: "Compile Vietnamese periodic reports (báo cáo định kỳ) from unit fragments into Decree-30 DOCX and PDF",
    vi: "Tổng hợp báo cáo định kỳ từ các phần báo cáo của đơn vị thành văn bản DOCX và PDF theo Nghị định 30",
  },
  "cli.option.dir": {
    en: "the department repository (where bcreport.yaml is)",
    vi: "kho dữ liệu của cơ quan (thư mục có bcreport.yaml)",
  },
  "cli.option.lang": {
    en: "language of messages; without it: `lang:` in bcreport.yaml, then LC_ALL/LC_MESSAGES/LANG, then en",
    vi: "ngôn ngữ thông báo; nếu không nêu: theo `lang:` trong bcreport.yaml, rồi LC_ALL/LC_MESSAGES/LANG, rồi en",
  },
  "cli.period-argument": { en: "a period such as 2023-11", vi: "kỳ báo cáo, ví dụ 2023-11" },
  "cli.help.usage": { en: "Usage:", vi: "Cách dùng:" },
  "cli.help.options": { en: "Options:", vi: "Tùy chọn:" },
  "cli.help.commands": { en: "Commands:", vi: "Lệnh:" },
  "cli.help.arguments": { en: "Arguments:", vi: "Tham số:" },
  "cli.help.global-options": { en: "Global Options:", vi: "Tùy chọn chung:" },
  "cli.help.default": { en: "default", vi: "mặc định" },
  "cli.help.choices": { en: "choices", vi: "giá trị" },
  "cli.help.help-option": { en: "display help for command", vi: "hiện hướng dẫn sử dụng lệnh" },
  "cli.help.help-command": { en: "display help for command", vi: "hiện hướng dẫn sử dụng lệnh" },
  "cli.help.version": { en: "output the version number", vi: "hiện số phiên bản" },
  "cli.help.after-error": { en: "(run `bcreport --help` for usage)", vi: "(chạy `bcreport --help` để xem cách dùng)" },
  "cli.commander.unknown-option": { en: "unknown option '{{option}}'", vi: "không có tùy chọn '{{option}}'" },
  "cli.commander.unknown-command": { en: "unknown command '{{command}}'", vi: "không có lệnh '{{command}}'" },
  "cli.commander.missing-argument": {
    en: "missing required argument '{{argument}}'",
    vi: "thiếu tham số bắt buộc '{{argument}}'",
  },
  "cli.commander.option-argument-missing": {
    en: "option '{{option}}' argument missing",
    vi: "tùy chọn '{{option}}' thiếu giá trị",
  },
  "cli.commander.too-many": {
    en: "too many arguments: expected {{expected}}, got {{got}}",
    vi: "thừa tham số: lệnh nhận {{expected}} tham số, đã nhập {{got}}",
  },
  "cli.commander.bad-choice": {
    en: "option '{{option}}' argument '{{value}}' is invalid; allowed choices are {{choices}}",
    vi: "giá trị '{{value}}' của tùy chọn '{{option}}' không hợp lệ; chỉ nhận {{choices}}",
  },
  "cli.summary": { en: "{{errors}}, {{warnings}}", vi: "{{errors}}, {{warnings}}" },
  "cli.errors": { en: { one: "{{count}} error", other: "{{count}} errors" }, vi: "{{count}} lỗi" },
  "cli.warnings": { en: { one: "{{count}} warning", other: "{{count}} warnings" }, vi: "{{count}} cảnh báo" },
  "cli.check.description": {
    en: "validate reports without rendering: whole periods (default: every period), or the reports some files belong to",
    vi: "kiểm tra báo cáo mà không dựng văn bản: theo kỳ (mặc định: mọi kỳ), hoặc các báo cáo có chứa những tệp được nêu",
  },
  "cli.check.targets": {
    en: "periods such as 2023-11, or files such as reports/2023-11/monthly/vp.tham-muu.yaml",
    vi: "kỳ báo cáo như 2023-11, hoặc tệp như reports/2023-11/monthly/vp.tham-muu.yaml",
  },
  "cli.check.format": { en: "how to print problems: {{formats}}", vi: "cách in các vấn đề tìm thấy: {{formats}}" },
  "cli.check.changed-since": {
    en: "check only the files changed since this git revision (committed since the merge base, plus uncommitted)",
    vi: "chỉ kiểm tra các tệp thay đổi kể từ phiên bản git này (đã commit từ điểm rẽ nhánh, cùng các thay đổi chưa commit)",
  },
  "cli.check.strict": {
    en: "warnings count as errors (exit 1), such as empty stub fragments",
    vi: "coi cảnh báo (như phần báo cáo còn để trống) là lỗi",
  },
  "cli.check.outside": {
    en: "expected files inside the repository {{root}}, found `{{arg}}`",
    vi: "tệp phải nằm trong kho dữ liệu {{root}} — `{{arg}}` nằm ngoài kho",
  },
  "cli.check.no-file": {
    en: "no file `{{arg}}` (expected a period such as 2023-11, or a file of the repository)",
    vi: "không có tệp `{{arg}}` (cần nhập kỳ báo cáo như 2023-11, hoặc một tệp trong kho)",
  },
  "cli.check.both": {
    en: "name either periods or files, not both",
    vi: "chỉ nêu kỳ báo cáo hoặc tệp, không nêu cả hai",
  },
  "cli.check.bad-format": {
    en: "expected --format to be one of {{formats}} — found `{{found}}`",
    vi: "--format phải là một trong {{formats}} — giá trị hiện tại là `{{found}}`",
  },
  "cli.check.changed-since-and-targets": {
    en: "--changed-since chooses the files itself; do not name periods or files with it",
    vi: "--changed-since tự chọn tệp cần kiểm tra; không nêu thêm kỳ báo cáo hay tệp",
  },
  "cli.check.nothing-changed": {
    en: "no files changed since {{rev}}; nothing to check",
    vi: "không có tệp nào thay đổi kể từ {{rev}}; không có gì để kiểm tra",
  },
  "cli.check.config-changed": {
    en: "bcreport.yaml or a template is among the files: checked every period",
    vi: "có bcreport.yaml hoặc mẫu văn bản trong các tệp thay đổi: đã kiểm tra mọi kỳ",
  },
  "cli.check.skipped": { en: "skipped {{file}}: not part of a report", vi: "bỏ qua {{file}}: không thuộc báo cáo nào" },
  "cli.check.checked": { en: "checked {{period}}{{kinds}}", vi: "đã kiểm tra kỳ {{period}}{{kinds}}" },
  "cli.check.no-report-files": {
    en: "none of the files belongs to a report; nothing to check",
    vi: "không tệp nào thuộc báo cáo; không có gì để kiểm tra",
  },
  "cli.check.no-periods": {
    en: "no period folders yet; start one with `bcreport new <period>`",
    vi: "chưa có thư mục kỳ báo cáo nào; tạo kỳ mới bằng `bcreport new <kỳ>`",
  },
  "cli.check.no-problems": { en: "no problems", vi: "không có vấn đề" },
  "cli.check.next": {
    en: "{{found}}; next: `bcreport status {{period}}` to see what is missing, `bcreport build {{periods}}` to write the documents",
    vi: "{{found}}; tiếp theo: `bcreport status {{period}}` để xem phần còn thiếu, `bcreport build {{periods}}` để xuất văn bản",
  },
  "cli.check.strict-fix": {
    en: "--strict: warnings count as errors ({{found}}); fix the warnings above (file:line:col), then run `bcreport check --strict` again",
    vi: "--strict: cảnh báo được tính là lỗi ({{found}}); sửa các cảnh báo nêu trên (tệp:dòng:cột), rồi chạy lại `bcreport check --strict`",
  },
  "cli.check.fix": {
    en: "fix the problems above (file:line:col), then run `bcreport check` again",
    vi: "sửa các vấn đề nêu trên (tệp:dòng:cột), rồi chạy lại `bcreport check`",
  },
  "cli.status.description": {
    en: "show which unit has written which section of each report due in a period (or, with --due, around a date), and the deadlines",
    vi: "xem đơn vị nào đã viết mục nào của từng báo cáo trong kỳ (hoặc, với --due, đến hạn quanh một ngày), và thời hạn nộp",
  },
  "cli.status.json": { en: "print the table as JSON", vi: "in bảng dưới dạng JSON" },
  "cli.status.strict": {
    en: "exit 1 when a required section is missing, empty or invalid",
    vi: "trả mã thoát 1 khi có mục bắt buộc chưa nộp, còn trống hoặc có lỗi",
  },
  "cli.status.today": {
    en: "count deadline days from this date (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else the clock)",
    vi: "tính số ngày đến thời hạn từ ngày này (YYYY-MM-DD; mặc định SOURCE_DATE_EPOCH, nếu không có thì lấy ngày hiện tại)",
  },
  "cli.status.due-option": {
    en: {
      one: "show every report due around this date (YYYY-MM-DD; default today): from its data cut-off to {{count}} day after its deadline",
      other:
        "show every report due around this date (YYYY-MM-DD; default today): from its data cut-off to {{count}} days after its deadline",
    },
    vi: "xem mọi báo cáo đến hạn quanh ngày này (YYYY-MM-DD; mặc định là hôm nay): từ ngày chốt số liệu đến {{count}} ngày sau thời hạn nộp",
  },
  "cli.status.due.heading": {
    en: {
      one: "reports due around {{date}} (from the data cut-off to {{count}} day after the deadline):",
      other: "reports due around {{date}} (from the data cut-off to {{count}} days after the deadline):",
    },
    vi: "các báo cáo đến hạn quanh ngày {{date}} (từ ngày chốt số liệu đến {{count}} ngày sau thời hạn nộp):",
  },
  "cli.status.due.none": {
    en: {
      one: "no report is due around {{date}} (a report is due from its data cut-off to {{count}} day after its deadline)",
      other:
        "no report is due around {{date}} (a report is due from its data cut-off to {{count}} days after its deadline)",
    },
    vi: "không có báo cáo nào đến hạn quanh ngày {{date}} (báo cáo đến hạn từ ngày chốt số liệu đến {{count}} ngày sau thời hạn nộp)",
  },
  "cli.status.bad-due": {
    en: "expected --due as YYYY-MM-DD, found `{{flag}}`",
    vi: "--due phải có dạng YYYY-MM-DD — giá trị hiện tại là `{{flag}}`",
  },
  "cli.status.bad-due.period": {
    en: "for the period `{{flag}}` itself, leave out --due: `bcreport status {{flag}}`",
    vi: "để xem riêng kỳ `{{flag}}`, bỏ --due: `bcreport status {{flag}}`",
  },
  "cli.status.due-and-today": {
    en: "expected the date once: `--due {{due}}` or `--today {{today}} --due`, not both",
    vi: "chỉ nêu ngày một lần: `--due {{due}}` hoặc `--today {{today}} --due`, không nêu cả hai",
  },
  "cli.status.period-and-due": {
    en: "expected a period or --due, not both (found `{{period}}` and --due)",
    vi: "chỉ nêu kỳ báo cáo hoặc --due, không nêu cả hai (đang có kỳ `{{period}}` và --due)",
  },
  "cli.status.no-period": {
    en: "expected a period such as `2024-05`, or --due for the reports due around today",
    vi: "cần nêu kỳ báo cáo, ví dụ `2024-05`, hoặc dùng --due để xem các báo cáo đến hạn quanh ngày hôm nay",
  },
  "cli.status.bad-today": {
    en: "expected --today as YYYY-MM-DD, found `{{flag}}`",
    vi: "--today phải có dạng YYYY-MM-DD — giá trị hiện tại là `{{flag}}`",
  },
  "cli.status.bad-epoch": {
    en: "expected SOURCE_DATE_EPOCH to be a number of seconds, found `{{epoch}}`",
    vi: "SOURCE_DATE_EPOCH phải là số giây — giá trị hiện tại là `{{epoch}}`",
  },
  "cli.status.issued": { en: "issued {{date}} as số {{number}}", vi: "đã ban hành ngày {{date}}, số {{number}}" },
  "cli.status.no-deadline": { en: "no deadline set", vi: "chưa đặt thời hạn" },
  "cli.status.days-left": { en: { one: "{{count}} day left", other: "{{count}} days left" }, vi: "còn {{count}} ngày" },
  "cli.status.due-today": { en: "due today", vi: "hết hạn hôm nay" },
  "cli.status.overdue": {
    en: { one: "overdue by {{count}} day", other: "overdue by {{count}} days" },
    vi: "quá hạn {{count}} ngày",
  },
  "cli.status.due": { en: "due {{deadline}}: {{left}}", vi: "thời hạn {{deadline}}: {{left}}" },
  "cli.status.report-invalid": {
    en: " — {{file}} has errors: run `bcreport check {{period}}`",
    vi: " — {{file}} có lỗi: chạy `bcreport check {{period}}`",
  },
  "cli.status.no-report-file": { en: " — no report file yet", vi: " — chưa có tệp báo cáo" },
  "cli.status.column.section": { en: "section", vi: "mục" },
  "cli.status.column.unit": { en: "unit", vi: "đơn vị" },
  "cli.status.column.state": { en: "state", vi: "tình trạng" },
  "cli.status.column.words": { en: "words", vi: "số từ" },
  "cli.status.state.submitted": { en: "submitted", vi: "đã nộp" },
  "cli.status.state.empty": { en: "empty", vi: "còn trống" },
  "cli.status.state.missing": { en: "missing", vi: "chưa nộp" },
  "cli.status.state.invalid": { en: "invalid", vi: "có lỗi" },
  "cli.status.optional": { en: " (optional)", vi: " (không bắt buộc)" },
  "cli.status.summary-printed": {
    en: " (optional: the section has a `summary`)",
    vi: " (không bắt buộc: mục đã có `summary`)",
  },
  "cli.status.also": { en: "also", vi: "ngoài ra" },
  "cli.status.submitted": { en: "{{n}} of {{total}} submitted", vi: "đã nộp {{n}}/{{total}}" },
  "cli.status.none-due": {
    en: "no report kind is due for {{period}} (nothing to build or to write)",
    vi: "kỳ {{period}} không có báo cáo nào phải nộp (không có gì để lập hay viết)",
  },
  "cli.status.next.broken": {
    en: "next: `bcreport check {{period}}` shows what is wrong with the report file",
    vi: "tiếp theo: `bcreport check {{period}}` chỉ ra lỗi của tệp báo cáo",
  },
  "cli.status.next.no-folder": {
    en: "next: `bcreport new {{period}}` creates the report files and a stub per unit and section",
    vi: "tiếp theo: `bcreport new {{period}}` tạo tệp báo cáo và tệp mẫu cho từng đơn vị, từng mục",
  },
  "cli.status.next.outstanding": {
    en: "next: units fill in their stubs; `bcreport check {{period}}` validates them",
    vi: "tiếp theo: các đơn vị điền nội dung vào tệp mẫu; `bcreport check {{period}}` kiểm tra các tệp đó",
  },
  "cli.status.next.build": { en: "next: `bcreport build {{period}}`", vi: "tiếp theo: `bcreport build {{period}}`" },
  "cli.next": { en: "next: {{steps}}", vi: "tiếp theo: {{steps}}" },
  "cli.period-placeholder": { en: "<period>", vi: "<kỳ>" },
  "cli.kind-option": {
    en: "only these report kinds (comma-separated, repeatable)",
    vi: "chỉ các loại báo cáo này (cách nhau bằng dấu phẩy, có thể nêu nhiều lần)",
  },
  "cli.wrote": { en: "wrote {{file}}", vi: "đã ghi {{file}}" },
  "cli.created": { en: "created {{file}}", vi: "đã tạo {{file}}" },
  "cli.kept": { en: "kept {{file}} (already exists)", vi: "giữ nguyên {{file}} (tệp đã có)" },
  "cli.cannot-create": { en: "cannot create `{{file}}`: {{detail}}", vi: "không tạo được `{{file}}`: {{detail}}" },
  "cli.cannot-write": { en: "cannot write `{{file}}`: {{detail}}", vi: "không ghi được `{{file}}`: {{detail}}" },
  "cli.internal.bug": {
    en: "bcreport: internal error — this is a bug, not a problem with your files.",
    vi: "bcreport: lỗi nội bộ — đây là lỗi của chương trình, không phải lỗi trong các tệp của người dùng.",
  },
  "cli.internal.at": { en: "at {{where}}", vi: "tại {{where}}" },
  "cli.internal.report": {
    en: "Please report it with this message, the command you ran and bcreport {{version}} on Node {{node}}.",
    vi: "Đề nghị báo lỗi này cho người phát triển, kèm thông báo này, lệnh đã chạy và phiên bản: bcreport {{version}}, Node {{node}}.",
  },
} satisfies Catalogue;
