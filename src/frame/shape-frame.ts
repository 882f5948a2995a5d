/**
 * The frame's rendered template texts → the model's frame, every line final: split into lines,
 * trimmed, with the prefixes, punctuation and case Decree 30 prints (docs/decree-30.md). Writers
 * only place and style these lines; none of them adds a dash, a semicolon or a capital.
 */
import type { Frame, KinhGui } from "../model/report.js";

/**
 * What the frame templates rendered, as plain text (see templates/README.md): the header's lines
 * already as the model has them, the rest still to shape.
 */
export type FrameTexts = Frame["header"] & {
  docType: string;
  title: string;
  /** The recipients to address, as written in the report or the kind. */
  kinhGui: readonly string[];
  recipientsHeading: string;
  recipients: string;
  signature: string;
  signatureName: string;
  signatureSpace: number;
};

export const KINH_GUI_LABEL = "Kính gửi";

export function shapeFrame(t: FrameTexts): Omit<Frame, "closing"> {
  const kinhGui = kinhGuiBlock(t.kinhGui);
  return {
    header: {
      parentAgency: t.parentAgency,
      agency: t.agency,
      numberLine: t.numberLine,
      nationalTitle: t.nationalTitle,
      motto: t.motto,
      dateLine: t.dateLine,
    },
    docType: t.docType.trim(),
    title: textLines(t.title).map((l) => l.trim()),
    ...(kinhGui ? { kinhGui } : {}),
    recipients: {
      heading: t.recipientsHeading.trim(),
      lines: textLines(t.recipients).map((text) =>
        isRecipientItem(text) ? { text: archiveLine(text) } : { text, group: true },
      ),
    },
    signature: {
      lines: textLines(t.signature).map(signatureLine),
      name: t.signatureName.trim(),
      space: t.signatureSpace,
    },
  };
}

/**
 * The lines of a rendered template, right-trimmed; blank lines are dropped at both ends and kept
 * only between lines with text.
 */
export function textLines(text: string): string[] {
  const all = text.split("\n").map((l) => l.replace(/\s+$/, ""));
  const first = all.findIndex((l) => l.trim() !== "");
  if (first < 0) return [];
  const last = all.length - 1 - [...all].reverse().findIndex((l) => l.trim() !== "");
  return all.slice(first, last + 1);
}

/** A Nơi nhận line that is an item ("- UBND tỉnh;"), not a group heading ("Bản điện tử:"). */
const isRecipientItem = (text: string) => text.startsWith("- ") || text.startsWith("-\u00a0");

/**
 * "- Lưu: VT, VT, VPTT." → "- Lưu: VT, VPTT.": the Lưu line names each place once. The template writes
 * "VT, " before `archive`, and a department writing the whole tail (`archive: VT, VPTT`) means the same
 * places; an empty `archive` leaves "- Lưu: VT." rather than "- Lưu: VT, .".
 */
export function archiveLine(text: string): string {
  const m = /^(-[ \u00a0]+Lưu:[ \u00a0]*)(.*?)(\.?)$/iu.exec(text);
  if (!m) return text;
  const seen = new Set<string>();
  const places = m[2]!
    .split(",")
    .map((p) => p.trim())
    .filter((p) => {
      const key = p.toLocaleUpperCase("vi");
      if (p === "" || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return `${m[1]}${places.join(", ")}${m[3]}`;
}

/** Quyền hạn and chức vụ of the signer print in capitals (ô 7a, docs/decree-30.md#signature-block). */
const signatureLine = (line: string) => line.trim().toLocaleUpperCase("vi");

/** A recipient as written, without the ";" or "." the list adds: "UBND tỉnh Cao Bằng;" → "UBND tỉnh Cao Bằng". */
export function recipientName(text: string): string {
  return text.trim().replace(/[\s;.,]+$/u, "");
}

/**
 * "Kính gửi: X" for one recipient; for several "Kính gửi:" then "- X;" lines, the last ending
 * with "." (ô 9a, docs/decree-30.md#kinh-gui). Undefined when there is nobody to address.
 */
export function kinhGuiBlock(recipients: readonly string[]): KinhGui | undefined {
  const names = recipients.map(recipientName).filter((n) => n !== "");
  if (names.length === 0) return undefined;
  if (names.length === 1) return { label: KINH_GUI_LABEL, heading: `${KINH_GUI_LABEL}: ${names[0]}`, lines: [] };
  const lines = names.map((n, i) => `- ${n}${i === names.length - 1 ? "." : ";"}`);
  return { label: KINH_GUI_LABEL, heading: `${KINH_GUI_LABEL}:`, lines };
}
