/**
 * The comments `bcreport new` writes into the files of a period (src/commands/new-period.ts) and
 * `bcreport init` into bcreport.yaml and templates/README.md (src/commands/init-repo.ts): the first
 * thing unit staff and the clerk read, so in the repository's language. A `\n` starts another comment line.
 */
import type { Catalogue } from "./entry.js";

export const NEW_FILES = {
  "new.report.fields": {
    en: 'Every field is optional (see the bcreport README). Leave `number` out until it is assigned:\nthe document then prints "Số:      /…". Set `date` to YYYY-MM-DD when the report is signed.',
    vi: 'Các trường đều không bắt buộc (xem README của bcreport). Khi chưa có số văn bản thì không ghi `number`:\nvăn bản sẽ in "Số:      /…". Khi ký ban hành, ghi `date` theo dạng năm-tháng-ngày (YYYY-MM-DD).',
  },
  "new.stub.writes": {
    en: "{{name}} ({{unit}}) writes section `{{section}}`: {{title}}",
    vi: "{{name}} ({{unit}}) viết mục `{{section}}`: {{title}}",
  },
  "new.stub.body": {
    en: "Write the text in `body` as Markdown, replacing the empty string, for example:",
    vi: 'Viết nội dung vào `body` (định dạng Markdown), thay cho chuỗi rỗng "", ví dụ:',
  },
  "new.stub.tasks": {
    en: "This section also collects planned tasks, numbered across units:",
    vi: "Mục này còn tổng hợp nhiệm vụ kỳ tới, đánh số liên tục giữa các đơn vị:",
  },
  "new.stub.empty": {
    en: "While `body` is empty, `bcreport status` shows this file as empty and `bcreport build`\nleaves it out with a warning. Delete the file if the unit has nothing to report.",
    vi: "Khi `body` còn trống, `bcreport status` báo tệp này còn trống và `bcreport build` bỏ qua tệp\nkèm cảnh báo. Nếu đơn vị không có nội dung để báo cáo thì xóa tệp này.",
  },
  "new.stub.empty-carried": {
    en: "While `body` is empty and no task below has a status, `bcreport status` shows this file as empty.\nKeep the file even if the unit has nothing else to report: set the status of each task below\n(deleting the file leaves them unreported, and bcreport reports the error `carried-task-dropped`).",
    vi: "Khi `body` còn trống và chưa nhiệm vụ nào bên dưới có `status`, `bcreport status` báo tệp này còn trống.\nKhông xóa tệp này kể cả khi đơn vị không có nội dung khác để báo cáo: ghi `status` cho từng nhiệm vụ\nbên dưới (nếu xóa tệp, các nhiệm vụ này bị coi là chưa báo cáo và bcreport báo lỗi `carried-task-dropped`).",
  },
  "new.stub.carried": {
    en: "Last period's planned tasks: set each status (and a reason for not-done).",
    vi: "Nhiệm vụ kỳ trước đề ra: ghi `status` cho từng nhiệm vụ (nhiệm vụ `not-done` ghi thêm `reason`).",
  },
  "new.stub.status-comment": {
    en: "done | in-progress | not-done (not-done needs reason:)",
    vi: "done (đã xong) | in-progress (đang thực hiện) | not-done (chưa thực hiện, ghi thêm reason:)",
  },
  "init.config.intro": {
    en: 'The agency profile: who you are, which units write, who signs, and the report kinds.\nThe values below are an example that builds as it is: replace them with your own.\nEvery field is described in the bcreport README ("bcreport.yaml — the agency profile").',
    vi: "Hồ sơ cơ quan: cơ quan ban hành, các đơn vị viết báo cáo, người ký và các loại báo cáo.\nCác giá trị dưới đây là ví dụ, dựng được báo cáo ngay: hãy thay bằng thông tin của cơ quan mình.\nMỗi trường được mô tả trong README của bcreport (phần nói về bcreport.yaml).",
  },
  "init.config.lang": {
    en: "language of bcreport's messages and of the files it writes",
    vi: "ngôn ngữ của thông báo và của các tệp bcreport tạo ra",
  },
  "init.config.parent": {
    en: "cơ quan chủ quản as printed; leave out for none",
    vi: "cơ quan chủ quản, in đúng như trên văn bản; bỏ dòng này nếu không có",
  },
  "init.config.name": { en: "cơ quan ban hành in running text", vi: "tên cơ quan ban hành, viết trong câu văn" },
  "init.config.code": { en: 'in the ký hiệu: "Số: 12/BC-SKHCN"', vi: 'chữ viết tắt trong ký hiệu: "Số: 12/BC-SKHCN"' },
  "init.config.place": { en: "địa danh of the date line", vi: "địa danh ở dòng ngày tháng" },
  "init.config.units": { en: "every unit that writes fragments", vi: "các đơn vị viết phần báo cáo" },
  "init.config.unit-id": {
    en: "short id: its files are reports/<period>/<kind>/vp.<section>.yaml",
    vi: "mã ngắn: tệp của đơn vị là reports/<kỳ>/<loại>/vp.<mục>.yaml",
  },
  "init.config.reviewers": {
    en: "who approves this unit's fragments (bcreport codeowners)",
    vi: "người duyệt phần báo cáo của đơn vị (bcreport codeowners)",
  },
  "init.config.periods": {
    en: "built for every month: bcreport new 2024-05",
    vi: "báo cáo hằng tháng: bcreport new 2024-05",
  },
  "init.config.deadline": {
    en: "due on the 20th of the month (bcreport status counts the days)",
    vi: "hạn nộp ngày 20 hằng tháng (bcreport status tính số ngày còn lại)",
  },
  "init.config.drafter": {
    en: 'assembles the report; "Lưu: VT, VP."',
    vi: 'đơn vị soạn thảo, tổng hợp báo cáo; "Lưu: VT, VP."',
  },
  "init.config.outline": {
    en: "the sections, in order; units write the sections listing them",
    vi: "các mục theo thứ tự; đơn vị viết những mục có mã của mình trong units",
  },
  "init.config.tasks": {
    en: "units list planned tasks; numbered 1. 2. 3. across units",
    vi: "các đơn vị liệt kê nhiệm vụ kỳ tới; đánh số 1. 2. 3. liên tục giữa các đơn vị",
  },
  "init.templates-readme": {
    en: '# Templates\n\nbcreport lays out the frame of each report (header, title, closing sentence, Nơi nhận,\nsignature) from built-in Handlebars templates. To change one, copy the built-in file of the same\nname from `node_modules/bcreport/templates/` into this folder and edit it; files you do not copy\nkeep the built-in version. Any other `.hbs` file here is reported as unused.\n\nThe files are:\n\n{{files}}\n\nSee the "Templates" section of the bcreport README for the values and helpers they can use.\n',
    vi: '# Mẫu trình bày (templates)\n\nbcreport dựng phần khung của mỗi báo cáo (phần đầu, tên báo cáo, câu kết, Nơi nhận, chữ ký)\ntừ các mẫu Handlebars có sẵn. Muốn sửa mẫu nào, chép tệp cùng tên trong\n`node_modules/bcreport/templates/` vào thư mục này rồi sửa; tệp không chép vẫn dùng mẫu có sẵn.\nTệp `.hbs` khác trong thư mục này được báo là không dùng đến.\n\nCác tệp mẫu:\n\n{{files}}\n\nCác giá trị và hàm hỗ trợ (helper) dùng được trong mẫu: xem mục "Templates" trong README của bcreport.\n',
  },
} satisfies Catalogue;
