/**
 * The writer-neutral report model: the one document in the middle.
 *
 * Parsers and the merge stage produce it; the DOCX, PDF, Markdown and JSON
 * writers consume it and never look at YAML, Markdown or templates. It is
 * plain, JSON-serialisable data: `bcreport build --format json` prints it.
 *
 * All text is NFC. Nothing here is escaped for any output format: each writer
 * escapes for its own target.
 */
import type { Inline, Revision } from "./inline.js";
import type { Layout } from "./layout.js";

export type { FootnoteRef, Inline, LineBreak, Revision, TextRun } from "./inline.js";
export type { FrameGeometry, Layout } from "./layout.js";

/**
 * The version of this shape, printed in every model (`bcreport build --format json`). Raised when a
 * field is renamed or removed or its meaning changes; schemas/report-model.schema.json describes it.
 */
export const MODEL_VERSION = 2;

export type Block = Heading | Paragraph | List | Table | Figure;

/**
 * Where a block of `body` is printed. Set by the merge stage, only on top-level blocks of `body`,
 * on every block of an outline section with `landscape: true` (its heading, text and sub-sections):
 * each run of consecutive landscape blocks starts a new page and prints on landscape pages, and the
 * page after the run is portrait again; page numbers continue. Writers split `body` with
 * `pageRuns` (model/page-runs.ts) and lay landscape pages out with `landscapePage`.
 */
export interface Placed {
  landscape?: true;
}

export interface Heading extends Placed {
  type: "heading";
  /** 1 = top level of the outline. */
  level: number;
  /** The number as printed, with its suffix: "I.", "1.", "1.1.", "a)", "A." or "" when unnumbered. */
  number: string;
  /** Title text, already rendered (period values filled in, upper-cased when the level says so). */
  text: Inline[];
  style: HeadingStyle;
  /** Outline section id, for review tools and anchors. */
  section: string;
  /** Tracked-changes model only: the whole heading was inserted or deleted. */
  revision?: Revision;
}

export interface HeadingStyle {
  bold: boolean;
  italic: boolean;
  /** "left" means flush with the body's first-line indent, as in the seeds. */
  align: "left" | "center";
}

/**
 * What a paragraph or list is, so writers may style roles differently: body text from
 * fragments, the report's preamble (căn cứ), the closing sentence, or the numbered planned tasks.
 */
export type Role = "body" | "preamble" | "closing" | "task";

export interface Paragraph extends Placed {
  type: "paragraph";
  role: Role;
  content: Inline[];
  /** Where it came from (repository-relative file), for review tools. */
  source?: SourceRef;
  /** Tracked-changes model only: the whole paragraph was inserted or deleted. */
  revision?: Revision;
}

/**
 * A list. Decree 30 documents print list markers as typed, so each item keeps its own marker;
 * writers print it verbatim in front of the item's first line (an HTML writer may map it to
 * `<ul>`/`<ol>`). A list inside an item is one level deeper.
 */
export interface List extends Placed {
  type: "list";
  role: Role;
  items: ListItem[];
  source?: SourceRef;
}

export interface ListItem {
  /** Exactly as typed, with one space after it: "- ", "+ ", "* ", "1. ", "a) ". */
  marker: string;
  /** The item's first paragraph (a task-list checkbox stays in it as typed: "[x] …"). */
  content: Inline[];
  /** What follows inside the item: further paragraphs (at the item's depth) and nested lists. */
  blocks: Block[];
  /** Tracked-changes model only: the item's first paragraph was inserted or deleted whole. */
  revision?: Revision;
}

export interface SourceRef {
  file: string;
  unit: string;
  section: string;
  /** 1-based line in `file` where the block's Markdown starts, when it comes from Markdown. */
  line?: number;
}

export interface Table extends Placed {
  type: "table";
  /** Title line above the table, centred and bold: "Biểu số 01: Kết quả …". */
  caption?: Inline[];
  /** Unit line between the title and the table, right-aligned and italic: "Đơn vị tính: triệu đồng". */
  unitLine?: string;
  /** The last `totalRows` rows are total rows (bold). */
  totalRows?: number;
  /** Column alignment from the GFM delimiter row. */
  align: Array<"left" | "center" | "right" | null>;
  /** The first `headerRows` rows are header rows (bold, repeated on each new page). */
  headerRows: number;
  rows: TableCell[][];
  /**
   * Relative column widths (sum 1): estimated from content (never narrower than a column's
   * longest word), or as written when `widthsFrom` says so.
   */
  widths: number[];
  /** Where `widths` came from when a person set them: the GFM delimiter row's dashes, or a `widths:` list. */
  widthsFrom?: "delimiter" | "declared";
  source?: SourceRef;
  /** Tracked-changes model only: rows inserted or deleted whole, by row index (others undefined). */
  rowRevisions?: Array<Revision | undefined>;
  /** Tracked-changes model only: the whole table (with its title and unit lines) was inserted or deleted. */
  revision?: Revision;
}

/**
 * A cell. A row lists only the cells that start in it, left to right: the grid positions covered
 * by a cell spanning from the left or from a row above are skipped (as in HTML and Typst).
 */
/** An image (a chart) with its caption under it, centred. */
export interface Figure extends Placed {
  type: "figure";
  image: FigureImage;
  /** "Biểu đồ 1: Kinh phí sự nghiệp khoa học và công nghệ 2020–2024"; may be empty. */
  caption: Inline[];
  source?: SourceRef;
  /** Tracked-changes model only: the whole figure was inserted or deleted. */
  revision?: Revision;
}

export interface FigureImage {
  /** Repository-relative path it was read from. */
  path: string;
  format: "png" | "jpeg" | "svg";
  /** Pixels (for an SVG, CSS pixels at 96 per inch, from its width, height or viewBox). */
  width: number;
  height: number;
  /** Printed width, mm (the text width at most). */
  widthMm: number;
  /** The file's bytes, base64. */
  data: string;
}

export interface TableCell {
  /** Inline runs, as in a paragraph: marks, links, footnote references (numbered with the report's). */
  content: Inline[];
  /** Columns this cell spans (default 1). */
  colspan?: number;
  /** Rows this cell spans (default 1). */
  rowspan?: number;
  /** Alignment of this cell when it differs from its column's. */
  align?: "left" | "center" | "right";
}

export interface Footnote {
  /** 1-based, in reading order through the whole document. */
  n: number;
  content: Inline[];
  source?: SourceRef;
}

/** The frame around the body: everything that is not a unit's fragment. */
export interface Frame {
  header: {
    /** Cơ quan chủ quản lines (upper case, not bold). May be empty. */
    parentAgency: string[];
    /** Cơ quan ban hành lines (upper case, bold, with the short rule under it). */
    agency: string[];
    /** "Số: 12/BC-SKHCN" — the whole line as rendered by its template. */
    numberLine: string;
    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" */
    nationalTitle: string;
    /** "Độc lập - Tự do - Hạnh phúc" */
    motto: string;
    /** "Cao Bằng, ngày 05 tháng 01 năm 2023" */
    dateLine: string;
  };
  /** "BÁO CÁO" */
  docType: string;
  /** Trích yếu, one or more lines (a template may break it with newlines). */
  title: string[];
  /** The "Kính gửi" block; absent when the report has no recipient to address. */
  kinhGui?: KinhGui;
  /** Rendered after the body (the closing sentence, "…./."). */
  closing: Array<Paragraph | List>;
  recipients: Recipients;
  signature: Signature;
  /**
   * Tracked-changes model only: frame lines that changed, word by word, keyed by where they are
   * printed — `header.numberLine`, `header.dateLine`, `header.agency.0`, `docType`, `title.1`,
   * `kinhGui.heading`, `kinhGui.lines.0`, `recipients.heading`, `recipients.lines.2`,
   * `signature.lines.0`, `signature.name`. A line deleted whole stays in its array (with its old
   * text) and is marked here.
   */
  tracked?: Record<string, TrackedLine>;
}

/** A frame line with its changes: runs carrying revisions, and the line's own mark when it is new or gone. */
export interface TrackedLine {
  content: Inline[];
  revision?: Revision;
}

/**
 * "Kính gửi" (Decree 30, ô 9a), every line final. One recipient: `heading` is the whole line,
 * "Kính gửi: Sở Kế hoạch và Đầu tư", and `lines` is empty. Several: `heading` is "Kính gửi:" and
 * `lines` are "- UBND tỉnh Cao Bằng;" … "- Sở Tài chính.", printed with their dashes under the
 * end of `label`.
 */
export interface KinhGui {
  /** "Kính gửi": where the dashes of `lines` start. */
  label: string;
  heading: string;
  lines: string[];
}

export interface Recipients {
  /** "Nơi nhận:" */
  heading: string;
  /** One line per item ("- UBND tỉnh;"). Group headings ("Bản điện tử:") have `group: true`. */
  lines: Array<{ text: string; group?: boolean }>;
}

export interface Signature {
  /** Authority and title lines, already upper case (printed bold): ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  lines: string[];
  /** Name of the signer, bold, normal case. */
  name: string;
  /** Empty lines to leave for the signature and seal. */
  space: number;
}

export interface ReportMeta {
  /** Report kind id from bcreport.yaml. */
  kind: string;
  /** Period id as given on the command line: "2023-11". */
  period: string;
  /** Issue date, ISO "YYYY-MM-DD", or "YYYY-MM" when the day is left blank. */
  date: string;
  /** The document number, "" when not yet assigned. */
  number: string;
  /** Plain-text title for document properties. */
  title: string;
  /** Agency name for document properties. */
  author: string;
  /** Seconds since the epoch used for every timestamp in the outputs (derived from `date`). */
  epoch: number;
}

export interface ReportModel {
  /** MODEL_VERSION of the code that built it. */
  modelVersion: number;
  meta: ReportMeta;
  layout: Layout;
  frame: Frame;
  /** Preamble (căn cứ), between the title block and the first heading. */
  preamble: Array<Paragraph | List>;
  body: Block[];
  footnotes: Footnote[];
  /** Appendices (Phụ lục) after the signature block, each on a new page; absent when the report has none. */
  appendices?: Appendix[];
}

/** One appendix: its heading lines, then blocks written by units like any section's. */
export interface Appendix {
  /** "PHỤ LỤC", or "PHỤ LỤC I", "PHỤ LỤC II", … when the report has several. */
  label: string;
  /** Title, already rendered (upper case as written in the outline). */
  title: string;
  /** "(Kèm theo Báo cáo số 12/BC-SKHCN ngày 05 tháng 01 năm 2024 của Sở Khoa học và Công nghệ)": number and date as in the header. */
  reference: string;
  /** Printed on landscape pages (page numbers continue). */
  landscape: boolean;
  /** Outline section id. */
  section: string;
  blocks: Block[];
  /** Tracked-changes model only: the whole appendix (its heading lines) was inserted or deleted. */
  revision?: Revision;
}
