/**
 * Document-type abbreviations of ND30 Phụ lục III, Mục I (docs/decree-30.md#document-types), used in the
 * ký hiệu "BC-SKHCN".
 * Mixed case ("QyĐ", "CTr", "TTr", "TrS") is kept as written. Công văn and thư công have no abbreviation.
 *
 * @example DOCUMENT_TYPES.BC                  // "Báo cáo"
 * @example documentTypeAbbreviation("Tờ trình") // "TTr"
 */

export const DOCUMENT_TYPES = {
  NQ: "Nghị quyết", // (cá biệt)
  QĐ: "Quyết định", // (cá biệt)
  CT: "Chỉ thị",
  QC: "Quy chế",
  QyĐ: "Quy định",
  TC: "Thông cáo",
  TB: "Thông báo",
  HD: "Hướng dẫn",
  CTr: "Chương trình",
  KH: "Kế hoạch",
  PA: "Phương án",
  ĐA: "Đề án",
  DA: "Dự án",
  BC: "Báo cáo",
  BB: "Biên bản",
  TTr: "Tờ trình",
  HĐ: "Hợp đồng",
  CĐ: "Công điện",
  BGN: "Bản ghi nhớ",
  BTT: "Bản thỏa thuận",
  GUQ: "Giấy ủy quyền",
  GM: "Giấy mời",
  GGT: "Giấy giới thiệu",
  GNP: "Giấy nghỉ phép",
  PG: "Phiếu gửi",
  PC: "Phiếu chuyển",
  PB: "Phiếu báo",
  SY: "Bản sao y",
  TrS: "Bản trích sao",
  SL: "Bản sao lục",
} as const satisfies Record<string, string>;

export type DocumentTypeAbbreviation = keyof typeof DOCUMENT_TYPES;

/** The abbreviation for a type name (case-insensitive, NFC); undefined for công văn and unknown names. */
export function documentTypeAbbreviation(name: string): DocumentTypeAbbreviation | undefined {
  const wanted = name.normalize("NFC").toLocaleLowerCase("vi");
  for (const [abbr, typeName] of Object.entries(DOCUMENT_TYPES)) {
    if (typeName.toLocaleLowerCase("vi") === wanted) return abbr as DocumentTypeAbbreviation;
  }
  return undefined;
}
