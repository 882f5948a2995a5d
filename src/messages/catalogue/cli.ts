/** What the CLI prints: src/cli/ (help, usage errors, status table, next steps, summaries). */
import type { Catalogue } from "./entry.js";

export const CLI = {
  "cli.program": {
    en: "Compile Vietnamese periodic reports (báo cáo định kỳ) from unit fragments into Decree-30 DOCX and PDF",
    vi: "Tổng hợp báo cáo định kỳ từ các phần báo cáo của Đơn vị thành văn bản DOCX và PDF theo Nghị định 30",
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
    en: "show which unit has written which section of each report due in a period, and the deadlines",
    vi: "xem Đơn vị nào đã viết mục nào của từng báo cáo trong kỳ, và thời hạn nộp",
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
  "cli.status.column.unit": { en: "unit", vi: "Đơn vị" },
  "cli.status.column.state": { en: "state", vi: "tình trạng" },
  "cli.status.column.words": { en: "words", vi: "số từ" },
  "cli.status.state.submitted": { en: "submitted", vi: "đã nộp" },
  "cli.status.state.empty": { en: "empty", vi: "còn trống" },
  "cli.status.state.missing": { en: "missing", vi: "chưa nộp" },
  "cli.status.state.invalid": { en: "invalid", vi: "có lỗi" },
  "cli.status.optional": { en: " (optional)", vi: " (không bắt buộc)" },
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
    vi: "tiếp theo: `bcreport new {{period}}` tạo tệp báo cáo và tệp mẫu cho từng Đơn vị, từng mục",
  },
  "cli.status.next.outstanding": {
    en: "next: units fill in their stubs; `bcreport check {{period}}` validates them",
    vi: "tiếp theo: các Đơn vị điền nội dung vào tệp mẫu; `bcreport check {{period}}` kiểm tra các tệp đó",
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
  "cli.build.description": {
    en: "build the reports of one or more periods into out/<period>/<kind>.docx and .pdf",
    vi: "xuất báo cáo của một hay nhiều kỳ thành out/<kỳ>/<loại>.docx và .pdf",
  },
  "cli.build.periods": {
    en: "periods such as 2023-11, 2023-Q1, 2023-H1, 2023-9M, 2023",
    vi: "kỳ báo cáo như 2023-11, 2023-Q1, 2023-H1, 2023-9M, 2023",
  },
  "cli.build.all": { en: "build every period folder in the repository", vi: "xuất mọi kỳ báo cáo có trong kho" },
  "cli.build.out": {
    en: "output folder (relative to the repository)",
    vi: "thư mục ghi kết quả (tính từ thư mục kho)",
  },
  "cli.build.format": {
    en: "output formats, comma-separated: {{formats}}",
    vi: "định dạng xuất, cách nhau bằng dấu phẩy: {{formats}}",
  },
  "cli.build.pdf-engine": {
    en: "typst (bundled) or libreoffice (soffice on PATH, paginates like Word)",
    vi: "typst (có sẵn) hoặc libreoffice (soffice trong PATH, ngắt trang giống Word)",
  },
  "cli.build.pdf-a": { en: "write PDF/A-2b for archiving", vi: "xuất PDF/A-2b để lưu trữ" },
  "cli.build.quiet": { en: "print only problems", vi: "chỉ in các vấn đề" },
  "cli.build.bad-format": {
    en: "expected --format to list some of {{formats}} — found `{{found}}`",
    vi: "--format phải gồm một số định dạng trong {{formats}} — giá trị hiện tại là `{{found}}`",
  },
  "cli.build.bad-engine": {
    en: "expected --pdf-engine to be typst or libreoffice — found `{{found}}`",
    vi: "--pdf-engine phải là typst hoặc libreoffice — giá trị hiện tại là `{{found}}`",
  },
  "cli.build.out-is-file": {
    en: "expected -o, --out to name a folder — `{{out}}` is a file",
    vi: "-o, --out phải là một thư mục — `{{out}}` là một tệp",
  },
  "cli.build.out-is-file.hint": {
    en: "name a new or existing folder, e.g. `-o out`",
    vi: "nêu một thư mục mới hoặc đã có, ví dụ `-o out`",
  },
  "cli.build.no-periods": { en: "no period folders found", vi: "không tìm thấy thư mục kỳ báo cáo nào" },
  "cli.build.name-a-period": {
    en: "name at least one period, e.g. `bcreport build 2023-11`, or use --all",
    vi: "nêu ít nhất một kỳ báo cáo, ví dụ `bcreport build 2023-11`, hoặc dùng --all",
  },
  "cli.build.nothing-written": { en: "nothing was written", vi: "chưa ghi tệp nào" },
  "cli.build.built-with": { en: "built with {{summary}}", vi: "đã xuất, còn {{summary}}" },
  "cli.build.open-one": { en: "open {{file}} to review it", vi: "mở {{file}} để rà soát" },
  "cli.build.open-many": {
    en: "open the {{count}} documents under {{dir}} to review them",
    vi: "mở {{count}} văn bản trong {{dir}} để rà soát",
  },
  "cli.build.owed": {
    en: "`bcreport status {{period}}` shows which units still owe their text",
    vi: "`bcreport status {{period}}` cho biết Đơn vị nào chưa nộp nội dung",
  },
  "cli.new.description": {
    en: "start a period: a report file per kind due that period and a stub fragment per unit and section",
    vi: "mở kỳ báo cáo: tạo tệp báo cáo cho từng loại phải nộp trong kỳ và tệp mẫu cho từng Đơn vị, từng mục",
  },
  "cli.new.nothing": {
    en: "nothing to create: every file of {{period}} ({{kinds}}) already exists",
    vi: "không cần tạo thêm: mọi tệp của kỳ {{period}} ({{kinds}}) đã có",
  },
  "cli.new.next": {
    en: "next: each unit fills in the `body` of its files and opens a pull request; `bcreport status {{period}}` shows what is still empty; `bcreport build {{period}}` builds at any time",
    vi: "tiếp theo: từng Đơn vị điền `body` trong các tệp của mình và gửi yêu cầu hợp nhất (pull request); `bcreport status {{period}}` cho biết phần còn trống; `bcreport build {{period}}` xuất báo cáo bất cứ lúc nào",
  },
  "cli.codeowners.description": {
    en: "write a CODEOWNERS file giving each unit's reviewers its fragments (<unit>.<section>.yaml)",
    vi: "ghi tệp CODEOWNERS giao cho người duyệt của từng Đơn vị các phần báo cáo của Đơn vị (<đơn-vị>.<mục>.yaml)",
  },
  "cli.codeowners.out": {
    en: "where to write it, relative to the repository (GitLab reads .gitlab/CODEOWNERS)",
    vi: "nơi ghi tệp, tính từ thư mục kho (GitLab đọc .gitlab/CODEOWNERS)",
  },
  "cli.codeowners.stdout": { en: "print it instead of writing a file", vi: "in ra màn hình thay vì ghi tệp" },
  "cli.codeowners.next": {
    en: 'next: commit it, and turn on "Require review from Code Owners" for the main branch (GitHub: branch protection; GitLab: protected branch → code owner approval)',
    vi: 'tiếp theo: commit tệp, rồi bật "Require review from Code Owners" cho nhánh chính (GitHub: branch protection; GitLab: protected branch → code owner approval)',
  },
  "cli.diff.description": {
    en: "compare the built reports at two git revisions: frame, sections, tables and footnotes (Markdown, JSON, or a DOCX with tracked changes)",
    vi: "so sánh báo cáo giữa hai phiên bản git: phần khung, các mục, bảng và chú thích (Markdown, JSON, hoặc DOCX có đánh dấu thay đổi)",
  },
  "cli.diff.format": {
    en: "md (a summary for a pull-request comment), json (the same as data), docx (each report at rev-b with every change since rev-a as a Word revision)",
    vi: "md (bản tóm tắt để bình luận trong yêu cầu hợp nhất), json (cùng nội dung dạng dữ liệu), docx (từng báo cáo ở rev-b, mọi thay đổi kể từ rev-a được đánh dấu như sửa đổi của Word)",
  },
  "cli.diff.output": {
    en: "with --format docx: where to write the DOCX (one report only; default out/<period>/<kind>.changes.docx)",
    vi: "đi cùng --format docx: nơi ghi tệp DOCX (chỉ một báo cáo; mặc định out/<kỳ>/<loại>.changes.docx)",
  },
  "cli.diff.bad-format": {
    en: "expected `--format` to be one of {{formats}} — found `{{found}}`",
    vi: "`--format` phải là một trong {{formats}} — giá trị hiện tại là `{{found}}`",
  },
  "cli.diff.output-needs-docx": {
    en: "`--output` goes with `--format docx`",
    vi: "`--output` chỉ dùng cùng `--format docx`",
  },
  "cli.diff.nothing-changed": {
    en: "no report changed between `{{a}}` and `{{b}}`: nothing written",
    vi: "không có báo cáo nào thay đổi giữa `{{a}}` và `{{b}}`: không ghi tệp nào",
  },
  "cli.diff.output-one": {
    en: "`--output` names one file but {{count}} reports changed ({{list}})",
    vi: "`--output` chỉ nêu một tệp nhưng có {{count}} báo cáo thay đổi ({{list}})",
  },
  "cli.diff.output-one.hint": {
    en: "name the period, or leave out `--output` to write out/<period>/<kind>.changes.docx",
    vi: "nêu kỳ báo cáo, hoặc bỏ `--output` để ghi vào out/<kỳ>/<loại>.changes.docx",
  },
  "cli.diff.rev-a": { en: "the older revision, e.g. origin/main", vi: "phiên bản cũ hơn, ví dụ origin/main" },
  "cli.diff.rev-b": { en: "the newer revision, e.g. HEAD", vi: "phiên bản mới hơn, ví dụ HEAD" },
  "cli.diff.period": {
    en: "only this period (default: the periods changed between the revisions)",
    vi: "chỉ kỳ này (mặc định: các kỳ có thay đổi giữa hai phiên bản)",
  },
  "cli.init.description": {
    en: "create a department repository: bcreport.yaml, templates/, CI for GitHub and GitLab, .gitignore, package.json, vendor/",
    vi: "tạo kho dữ liệu của cơ quan: bcreport.yaml, templates/, CI cho GitHub và GitLab, .gitignore, package.json, vendor/",
  },
  "cli.init.dir": {
    en: "the folder to create it in (default: the -C folder, i.e. the current one)",
    vi: "thư mục tạo kho (mặc định: thư mục -C, tức thư mục hiện tại)",
  },
  "cli.init.from": {
    en: "where the repository installs bcreport from: a release .tgz (copied into vendor/) or a git URL (default: a copy of this bcreport in vendor/)",
    vi: "nguồn cài bcreport cho kho: tệp phát hành .tgz (chép vào vendor/) hoặc URL git (mặc định: bản sao của bcreport này trong vendor/)",
  },
  "cli.init.exists": {
    en: "{{root}} already has a bcreport.yaml; init does not overwrite files",
    vi: "{{root}} đã có bcreport.yaml; init không ghi đè tệp",
  },
  "cli.init.exists.hint": {
    en: "start a period with `bcreport new <period>`",
    vi: "mở kỳ báo cáo bằng `bcreport new <kỳ>`",
  },
  "cli.init.next": { en: "next:", vi: "tiếp theo:" },
  "cli.init.step-config": {
    en: "edit bcreport.yaml: your agency, units (with their reviewers), signers and outline",
    vi: "sửa bcreport.yaml: cơ quan, các Đơn vị (kèm người duyệt), người ký và đề cương báo cáo",
  },
  "cli.init.step-install-kept": {
    en: "(your package.json was kept); commit package-lock.json",
    vi: "(package.json đã có được giữ nguyên); commit package-lock.json",
  },
  "cli.init.step-install": {
    en: "and commit package.json, package-lock.json, schemas/ (CI runs `npm ci`)",
    vi: "rồi commit package.json, package-lock.json, schemas/ (CI chạy `npm ci`)",
  },
  "cli.init.step-install-vendor": {
    en: "and commit package.json, package-lock.json, schemas/ and vendor/ (CI runs `npm ci`)",
    vi: "rồi commit package.json, package-lock.json, schemas/ và vendor/ (CI chạy `npm ci`)",
  },
  "cli.init.step-new": {
    en: "creates the month's report file and a stub per unit and section",
    vi: "tạo tệp báo cáo của tháng và tệp mẫu cho từng Đơn vị, từng mục",
  },
  "cli.init.step-codeowners": {
    en: "gives each unit's reviewers its fragments",
    vi: "giao cho người duyệt của từng Đơn vị các phần báo cáo của Đơn vị",
  },
  "cli.init.step-build": {
    en: "writes out/{{month}}/monthly.docx and .pdf",
    vi: "ghi out/{{month}}/monthly.docx và .pdf",
  },
  "cli.schema.description": {
    en: "write the repository's schemas into schemas/ (its unit, section and signer ids), for editors",
    vi: "ghi lược đồ (schema) riêng của kho vào schemas/ (mã Đơn vị, mục và người ký), để trình soạn thảo kiểm tra và gợi ý",
  },
  "cli.schema.removed": {
    en: "removed {{file}} (its report kind is no longer in bcreport.yaml)",
    vi: "đã xóa {{file}} (loại báo cáo của tệp không còn trong bcreport.yaml)",
  },
  "cli.schema.current": { en: "schemas/ is up to date with bcreport.yaml", vi: "schemas/ đã khớp với bcreport.yaml" },
  "cli.schema.next": {
    en: "next: commit schemas/ with bcreport.yaml; editors then complete and check `unit:` and `section:`",
    vi: "tiếp theo: commit schemas/ cùng bcreport.yaml; trình soạn thảo sẽ gợi ý và kiểm tra `unit:` và `section:`",
  },
  "cli.preview.description": {
    en: "show the report's pages, problems and status in the browser, updated on every save",
    vi: "xem trang báo cáo, các vấn đề và tình trạng nộp trên trình duyệt, cập nhật mỗi lần lưu tệp",
  },
  "cli.preview.period": {
    en: "a period such as 2023-11 (default: the newest period folder)",
    vi: "kỳ báo cáo, ví dụ 2023-11 (mặc định: kỳ mới nhất)",
  },
  "cli.preview.port": { en: "the port to listen on (0: any free port)", vi: "cổng lắng nghe (0: cổng trống bất kỳ)" },
  "cli.preview.host": {
    en: "the address to listen on (default {{loopback}}; others let other machines see the report)",
    vi: "địa chỉ lắng nghe (mặc định {{loopback}}; địa chỉ khác cho phép máy khác xem báo cáo)",
  },
  "cli.preview.bad-port": {
    en: "expected --port to be a number from 0 to 65535 — found `{{port}}`",
    vi: "--port phải là số từ 0 đến 65535 — giá trị hiện tại là `{{port}}`",
  },
  "cli.preview.exposed": {
    en: "listening on {{host}}: anyone who can reach this machine on port {{port}} can read the report",
    vi: "đang lắng nghe trên {{host}}: ai truy cập được máy này qua cổng {{port}} đều đọc được báo cáo",
  },
  "cli.preview.errors": {
    en: {
      one: "{{count}} error(s), showing the last good pages",
      other: "{{count}} error(s), showing the last good pages",
    },
    vi: "{{count}} lỗi, đang hiện các trang đúng gần nhất",
  },
  "cli.preview.updated": { en: "pages updated", vi: "đã cập nhật các trang" },
  "cli.preview.changed": {
    en: "{{files}} changed: {{what}} ({{ms}} ms)",
    vi: "{{files}} đã thay đổi: {{what}} ({{ms}} ms)",
  },
  "cli.preview.port-in-use.hint": {
    en: "stop the other server, or choose another port with `--port`",
    vi: "dừng máy chủ kia, hoặc chọn cổng khác bằng `--port`",
  },
  "cli.preview.no-period": { en: "(no period)", vi: "(chưa có kỳ)" },
  "cli.preview.serving": {
    en: "preview of {{period}} at {{url}}  (Ctrl-C stops it)",
    vi: "xem trước kỳ {{period}} tại {{url}}  (Ctrl-C để dừng)",
  },
  "cli.preview.stopped": { en: "preview stopped", vi: "đã dừng xem trước" },
} satisfies Catalogue;
