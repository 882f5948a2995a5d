/** What the CLI prints for build, new, init, codeowners, diff, schema and preview (src/cli/command-*.ts). */
import type { Catalogue } from "./entry.js";

export const CLI_COMMANDS = {
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
    vi: "`bcreport status {{period}}` cho biết đơn vị nào chưa nộp nội dung",
  },
  "cli.new.description": {
    en: "start a period: a report file per kind due that period and a stub fragment per unit and section",
    vi: "mở kỳ báo cáo: tạo tệp báo cáo cho từng loại phải nộp trong kỳ và tệp mẫu cho từng đơn vị, từng mục",
  },
  "cli.new.nothing": {
    en: "nothing to create: every file of {{period}} ({{kinds}}) already exists",
    vi: "không cần tạo thêm: mọi tệp của kỳ {{period}} ({{kinds}}) đã có",
  },
  "cli.new.next": {
    en: "next: each unit fills in the `body` of its files and opens a pull request; `bcreport status {{period}}` shows what is still empty; `bcreport build {{period}}` builds at any time",
    vi: "tiếp theo: từng đơn vị điền `body` trong các tệp của mình và gửi yêu cầu hợp nhất (pull request); `bcreport status {{period}}` cho biết phần còn trống; `bcreport build {{period}}` xuất báo cáo bất cứ lúc nào",
  },
  "cli.codeowners.description": {
    en: "write a CODEOWNERS file giving each unit's reviewers its fragments (<unit>.<section>.yaml)",
    vi: "ghi tệp CODEOWNERS giao cho người duyệt của từng đơn vị các phần báo cáo của đơn vị (<đơn-vị>.<mục>.yaml)",
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
  "cli.init.step-git": {
    en: "makes the folder a git repository (`bcreport diff` and the CI need one)",
    vi: "khởi tạo kho git cho thư mục (lệnh `bcreport diff` và CI cần có kho git)",
  },
  "cli.init.step-config": {
    en: "edit bcreport.yaml: your agency, units (with their reviewers), signers and outline",
    vi: "sửa bcreport.yaml: cơ quan, các đơn vị (kèm người duyệt), người ký và đề cương báo cáo",
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
    vi: "tạo tệp báo cáo của tháng và tệp mẫu cho từng đơn vị, từng mục",
  },
  "cli.init.step-codeowners": {
    en: "gives each unit's reviewers its fragments",
    vi: "giao cho người duyệt của từng đơn vị các phần báo cáo của đơn vị",
  },
  "cli.init.step-build": {
    en: "writes out/{{month}}/monthly.docx and .pdf",
    vi: "ghi out/{{month}}/monthly.docx và .pdf",
  },
  "cli.schema.description": {
    en: "write the repository's schemas into schemas/ (its unit, section and signer ids), for editors",
    vi: "ghi lược đồ (schema) riêng của kho vào schemas/ (mã đơn vị, mục và người ký), để trình soạn thảo kiểm tra và gợi ý",
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
