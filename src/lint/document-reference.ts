/**
 * `document-reference`: a cited document number that does not have the ND30 form
 * "số 24/QĐ-UBND ngày 10/01/2023" — number, optional year, the type abbreviation
 * (docs/decree-30.md#document-types, src/vi/document-types.ts), the issuing agency, and a real date:
 *
 *   1752/QĐ- UBND        a space inside the ký hiệu
 *   24/QĐD-UBND          an abbreviation one letter away from a Phụ lục III type (did you mean QĐ?)
 *   Quyết định số 24/KH-UBND   the type word and the abbreviation disagree
 *   … ngày 31/02/2023    a date that does not exist
 *
 * A ký hiệu whose first part is not a near miss of a type (a công văn's agency code: "1702/SKHĐT-ĐKKD",
 * "928/VP-KSTT", "638/SKH-CN-VP", "2110/SKHCN-QLĐLCL", even after "Báo cáo số") is left alone.
 * Legal documents (Nghị định NĐ, Thông tư TT …, Luật 2020 Điều 8) and a few other common kinds
 * (Kết luận KL, Giấy phép GP) are known too, so citing them is not flagged.
 */
import { msg, type Message } from "../messages/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { levenshtein } from "../diagnostics/did-you-mean.js";
import { daysInMonth } from "../vi/dates.js";
import { DOCUMENT_TYPES } from "../vi/document-types.js";
import type { LintRule, TextField } from "./lint-input.js";
import { matchesIn, warning } from "./lint-input.js";

/** Phụ lục III types (docs/decree-30.md#document-types) plus legal documents and other types cited in reports. */
export const CITED_TYPES: Record<string, string> = {
  ...DOCUMENT_TYPES,
  NĐ: "Nghị định",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
  NQLT: "Nghị quyết liên tịch",
  KL: "Kết luận",
  GP: "Giấy phép",
  GCN: "Giấy chứng nhận",
};
const TYPES = Object.keys(CITED_TYPES);
/** Plain `toLowerCase`: Vietnamese has no locale-specific case mappings, and the "vi" locale costs a data load. */
const byName = (name: string) => TYPES.find((t) => CITED_TYPES[t]!.toLowerCase() === name.toLowerCase());
/** number[/year]/TYPE-AGENCY[-UNIT], tolerating spaces around "-" and "/" so they can be reported. */
const PART = "[\\p{Lu}\\p{Ll}\\p{N}&]";
export const REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{N}/])(\\d+)(/\\d{4})?([ \\t]?/[ \\t]?)(\\p{Lu}${PART}*)((?:(?:[ \\t]-|-[ \\t]|-)${PART}+)+)` +
    `(\\s+ngày\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4}))?`,
  "gu",
);
/** The type words, longest first: "Nghị quyết liên tịch" before "Nghị quyết". */
const TYPE_NAMES = Object.values(CITED_TYPES).sort((a, b) => b.length - a.length);
/** The type word right before "số …" ("Quyết định số", "Kế hoạch"), as written, ignoring case. */
const TYPE_WORD = new RegExp(`(${TYPE_NAMES.join("|")})\\s+(?:số\\s+)?$`, "iu");

export function typeWordBefore(before: string): string | undefined {
  return TYPE_WORD.exec(before)?.[1];
}

function nearestType(code: string): string | undefined {
  let best: string | undefined;
  let score = Infinity;
  for (const t of TYPES) {
    if (t[0] !== code[0]) continue;
    const d = levenshtein(code, t);
    if (d < score) ((best = t), (score = d));
  }
  return score === 1 && code.length >= 2 ? best : undefined;
}

function checkOne(field: TextField, m: RegExpExecArray, at: { line: number; column: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const [whole, num, , slash, type = "", rest = "", dateText, d, mo, y] = m;
  const flat = whole.split(/\s+ngày/)[0]!.replace(/\s+$/, "");
  const say = (message: Message, hint: Message) =>
    out.push(warning(field.file, at, "document-reference", message, hint));
  if (/\s/.test(slash ?? "") || /\s/.test(rest) || /\s/.test(m[2] ?? "")) {
    say(msg("lint.reference-spaces", { flat }), msg("vi.write", { text: flat.replace(/\s+/g, "") }));
  }
  const before = field.text.slice(Math.max(0, m.index - 40), m.index);
  const typeWord = typeWordBefore(before);
  const expected = typeWord ? byName(typeWord) : undefined;
  if (!(type in CITED_TYPES)) {
    // An agency code where the type would be is a công văn's ký hiệu ("928/VP-KSTT", "638/SKH-CN-VP"):
    // only a near miss of a type ("QĐD", sharing its first letter) is taken for a typo.
    const near = nearestType(type);
    if (!near) return dateProblems(field, at, flat, dateText, d, mo, y, out);
    if (expected && expected !== type)
      say(
        msg("lint.reference-abbreviation", { expected, typeWord: typeWord!, flat, type }),
        msg("vi.write", { text: `${num}/${expected}${rest.replace(/\s+/g, "")}` }),
      );
    else if (near) say(msg("lint.reference-type", { flat, type }), msg("did-you-mean", { best: near }));
  } else if (expected && expected !== type) {
    say(
      msg("lint.reference-mismatch", { flat, typeWord: typeWord!, type, name: CITED_TYPES[type]! }),
      msg("lint.reference-mismatch.hint", { typeWord: typeWord!, expected }),
    );
  }
  return dateProblems(field, at, flat, dateText, d, mo, y, out);
}

function dateProblems(
  field: TextField,
  at: { line: number; column: number },
  flat: string,
  dateText?: string,
  d?: string,
  mo?: string,
  y?: string,
  out: Diagnostic[] = [],
): Diagnostic[] {
  if (dateText && d && mo && y) {
    const day = Number(d),
      month = Number(mo),
      year = Number(y);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      const days = daysInMonth(year, Math.min(Math.max(month, 1), 12));
      const hint =
        month > 12 ? msg("lint.reference-date.order") : msg("lint.reference-date.days", { month, year, days });
      out.push(
        warning(
          field.file,
          at,
          "document-reference",
          msg("lint.reference-date", { flat, date: `${d}/${mo}/${y}` }),
          hint,
        ),
      );
    }
  }
  return out;
}

export const documentReference: LintRule = {
  id: "document-reference",
  description: 'a cited document number that is not "số 24/QĐ-UBND ngày 10/01/2023"',
  run: ({ fields }) =>
    fields.flatMap((f) => matchesIn(f, REFERENCE).flatMap(({ match, at }) => checkOne(f, match, at))),
};
