/**
 * A hand-built report model exercising every block and frame feature, so writers
 * can be tested without the parsers (the way pandoc tests writers on an AST).
 */
import { DEFAULT_LAYOUT } from "../../src/model/default-layout.js";
import { MODEL_VERSION, type Inline, type ReportModel } from "../../src/model/report.js";

const t = (text: string, marks: Partial<Extract<Inline, { type: "text" }>> = {}): Inline => ({
  type: "text",
  text,
  ...marks,
});

export function sampleModel(): ReportModel {
  return {
    modelVersion: MODEL_VERSION,
    meta: {
      kind: "monthly",
      period: "2023-11",
      date: "2023-11-20",
      number: "05",
      title: "Kết quả hoạt động khoa học và công nghệ tháng 11 năm 2023",
      author: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      epoch: Date.UTC(2023, 10, 20) / 1000,
    },
    layout: structuredClone(DEFAULT_LAYOUT),
    frame: {
      header: {
        parentAgency: ["UBND TỈNH CAO BẰNG"],
        agency: ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
        numberLine: "Số: 05/BC-SKHCN",
        nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        motto: "Độc lập - Tự do - Hạnh phúc",
        dateLine: "Cao Bằng, ngày 20 tháng 11 năm 2023",
      },
      docType: "BÁO CÁO",
      title: ["Kết quả hoạt động khoa học và công nghệ tháng 11 năm 2023", "và nhiệm vụ công tác tháng 12 năm 2023"],
      kinhGui: { label: "Kính gửi", heading: "Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng", lines: [] },
      closing: [
        {
          type: "paragraph",
          role: "closing",
          content: [
            t(
              "Trên đây là Báo cáo kết quả hoạt động khoa học và công nghệ tháng 11 năm 2023 của Sở Khoa học và Công nghệ./.",
            ),
          ],
        },
      ],
      recipients: {
        heading: "Nơi nhận:",
        lines: [
          { text: "- UBND tỉnh;" },
          { text: "- Sở KH&ĐT;" },
          { text: "Bản điện tử:", group: true },
          { text: "- Lãnh đạo Sở;" },
          { text: "- Lưu: VT, VP." },
        ],
      },
      signature: { lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name: "Nông Thành Thân", space: 4 },
    },
    preamble: [
      {
        type: "paragraph",
        role: "preamble",
        content: [
          t(
            "Thực hiện chế độ báo cáo định kỳ tại Công văn số 1702/SKHĐT-ĐKKD ngày 02/6/2023 của Sở Kế hoạch và Đầu tư, Sở Khoa học và Công nghệ (KH&CN) báo cáo như sau (",
          ),
          t("số liệu tính từ ngày 17/10/2023 đến thời điểm báo cáo", { italic: true }),
          t("):"),
        ],
      },
    ],
    body: [
      {
        type: "heading",
        level: 1,
        number: "I.",
        text: [t("KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG 11 NĂM 2023")],
        style: { bold: true, italic: false, align: "left" },
        section: "ket-qua",
      },
      {
        type: "heading",
        level: 2,
        number: "1.",
        text: [t("Kết quả đạt được")],
        style: { bold: true, italic: false, align: "left" },
        section: "dat-duoc",
      },
      {
        type: "heading",
        level: 3,
        number: "1.1.",
        text: [t("Công tác tham mưu")],
        style: { bold: true, italic: true, align: "left" },
        section: "tham-muu",
      },
      {
        type: "list",
        role: "body",
        source: { file: "reports/2023-11/monthly/vp.yaml", unit: "vp", section: "tham-muu" },
        items: [
          {
            marker: "- ",
            content: [
              t("Trình Chủ tịch UBND tỉnh công bố danh mục TTHC trong lĩnh vực sở hữu trí tuệ"),
              { type: "footnote", n: 1 },
              t(". Giống lúa "),
              t("Oryza sativa", { italic: true }),
              t(" và "),
              t("nhãn hiệu", { bold: true }),
              t(' <x> & "y" {{z}} #set * _ $ @ [ ] \\ ` ~ = + /'),
            ],
            blocks: [
              {
                type: "list",
                role: "body",
                items: [
                  {
                    marker: "+ ",
                    content: [
                      t("Trang web "),
                      t("https://khcncaobang.gov.vn", { link: "https://khcncaobang.gov.vn" }),
                      t("; ghi chú"),
                      { type: "footnote", n: 2 },
                      t("."),
                    ],
                    blocks: [],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        type: "table",
        align: ["left", "right", "center"],
        headerRows: 1,
        rows: [
          [{ content: [t("Nội dung")] }, { content: [t("Số lượng")] }, { content: [t("Ghi chú")] }],
          [{ content: [t("Kiểm định phương tiện đo")] }, { content: [t("487")] }, { content: [t("đạt 104%")] }],
          [{ content: [t("Đo điện trở nối đất")] }, { content: [t("06")] }, { content: [t("")] }],
        ],
        widths: [0.6, 0.2, 0.2],
      },
      {
        type: "heading",
        level: 1,
        number: "II.",
        text: [t("NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2023")],
        style: { bold: true, italic: false, align: "left" },
        section: "nhiem-vu",
      },
      {
        type: "list",
        role: "task",
        items: [
          {
            marker: "1. ",
            content: [t("Tiếp tục tham mưu xây dựng dự thảo các văn bản trình UBND tỉnh.")],
            blocks: [],
          },
          {
            marker: "2. ",
            content: [t("Quản lý, theo dõi các nhiệm vụ KH&CN theo QĐ số 1370/QĐ-UBND ngày 20/10/2023.")],
            blocks: [],
          },
        ],
      },
    ],
    footnotes: [
      { n: 1, content: [t("QĐ số 1370/QĐ-UBND ngày 20/10/2023")] },
      {
        n: 2,
        content: [
          t("Nghiên cứu khảo nghiệm giống Giổi ăn hạt ("),
          t("Michelia tonkinensis", { italic: true }),
          t(" A.Chev.)."),
        ],
      },
    ],
  };
}
