/** Page, type and frame geometry of the report model (src/model/report.ts). */

/** Page and type settings, resolved from the agency profile (defaults: docs/decree-30.md#type-sizes). */
export interface Layout {
  page: {
    /** Millimetres. */
    width: number;
    height: number;
    margin: { top: number; bottom: number; left: number; right: number };
    /** Distance of the page-number header from the top edge, mm. */
    headerDistance: number;
  };
  /** Font family names in order of preference, e.g. ["Times New Roman", "Tinos"]. */
  fonts: string[];
  /** Sizes in points. */
  size: {
    body: number;
    parentAgency: number;
    agency: number;
    nationalTitle: number;
    motto: number;
    numberLine: number;
    dateLine: number;
    docType: number;
    title: number;
    recipientsHeading: number;
    recipients: number;
    signature: number;
    footnote: number;
    table: number;
    pageNumber: number;
  };
  body: {
    /** First-line indent, cm. */
    firstLineIndent: number;
    /** Space before each paragraph, pt. */
    spaceBefore: number;
    /** Space after each paragraph, pt. */
    spaceAfter: number;
    /** Line spacing as a multiple: 1 = single, 1.5 = one and a half. */
    lineSpacing: number;
  };
  /** Column widths, mm: header table [left, right], signature table [left, right]. */
  columns: { header: [number, number]; signature: [number, number] };
  frame: FrameGeometry;
}

/** The geometry of the frame that every writer draws the same way. */
export interface FrameGeometry {
  /** The rules under the agency name and under the trích yếu: this share of the widest line (decree: 1/3–1/2). */
  ruleShare: number;
  /** Thickness of the frame rules, pt. */
  ruleThickness: number;
  /** Vertical space, pt. */
  space: {
    /** Between the header's first row and the "Số" / date row. */
    headerRows: number;
    /** Above the document type ("BÁO CÁO"). */
    docType: number;
    /** Below the rule under the trích yếu. */
    titleRule: number;
    /** Above "Kính gửi". */
    kinhGui: number;
    /** Above the recipients and signature block. */
    signature: number;
  };
}
