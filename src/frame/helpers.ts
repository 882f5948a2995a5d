/**
 * Helpers available in every template (`{{upper period.name}}`, `{{dateLine agency.place report.date}}` …).
 * Each is a thin wrapper over the Vietnamese conventions in `src/vi/`; they are documented in the README.
 */
import { dateLine, dateWords, parseIsoDate, shortDate, type CalendarDate } from "../vi/dates.js";
import { toRoman } from "../vi/roman.js";
import { viLetter } from "../vi/letters.js";
import { formatNumber, padCount, percent, ratio } from "../vi/numbers.js";
import { amountInWords, numberToWords } from "../vi/number-words.js";
import { completionSentence, type Completion } from "../figures/completion.js";
import { ProblemError } from "../diagnostics/problem-error.js";
import { msg, type Message } from "../messages/index.js";

type Options = { hash?: Record<string, unknown> };

/** Handlebars passes an options object last; drop it. */
const args = (list: unknown[]): unknown[] => list.slice(0, -1);

function asDate(v: unknown): CalendarDate | undefined {
  if (v && typeof v === "object" && "year" in v && "month" in v) return v as CalendarDate;
  if (typeof v === "string") {
    const p = parseIsoDate(v);
    return p.ok ? p.date : undefined;
  }
  return undefined;
}

/** What a helper was given, for its error: `abc`, or "nothing". */
const given = (v: unknown): Message | string =>
  v === undefined || v === null || v === "" ? msg("frame.helper-got-nothing") : `\`${String(v)}\``;

/**
 * Run a formatter of src/vi/ for a helper: its RangeError (an argument out of its range) becomes an error
 * a template author can act on, in their language.
 */
function checked<T>(run: () => T, problem: () => Message): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) throw new ProblemError(problem());
    throw e;
  }
}

const pair = (x: unknown, y: unknown) => msg("frame.helper-pair", { a: given(x), b: given(y) });

/** A helper's argument that must be a date, or an error a template author can act on. */
function mustBeDate(helper: string, v: unknown): CalendarDate {
  const d = asDate(v);
  if (d) return d;
  throw new ProblemError(msg("frame.helper-needs-date", { helper, found: given(v) }));
}

/** A helper's argument that must be a whole number ≥ 0 written in digits (a number, or text of digits). */
function mustBeWhole(helper: string, v: unknown): bigint {
  const text =
    typeof v === "bigint"
      ? String(v)
      : typeof v === "number" && Number.isSafeInteger(v)
        ? String(v)
        : typeof v === "string"
          ? v.trim()
          : "";
  if (/^\d{1,300}$/.test(text)) return BigInt(text);
  throw new ProblemError(msg("frame.helper-needs-whole", { helper, found: given(v) }));
}

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

const isCompletion = (v: unknown): v is Completion =>
  !!v && typeof v === "object" && "total" in v && "done" in v && "rate" in v;

export const TEMPLATE_HELPERS: Record<string, (this: unknown, ...a: unknown[]) => unknown> = {
  /**
   * "hoàn thành 1/5 nhiệm vụ (đạt 20%)". With no argument: the section's carried tasks in a
   * section `summary`, else the whole report's; or pass one: `{{completionSentence completion.units.vp}}`.
   */
  completionSentence: function (this: unknown, ...a: unknown[]) {
    const [given] = args(a);
    if (isCompletion(given)) return completionSentence(given);
    const ctx = (this ?? {}) as { section?: { completion?: unknown }; completion?: unknown };
    const c = ctx.section?.completion ?? ctx.completion;
    return isCompletion(c) ? completionSentence(c) : "";
  },
  upper: (...a) => str(args(a)[0]).toLocaleUpperCase("vi"),
  lower: (...a) => str(args(a)[0]).toLocaleLowerCase("vi"),
  lowerFirst: (...a) => {
    const s = str(args(a)[0]);
    return s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
  },
  upperFirst: (...a) => {
    const s = str(args(a)[0]);
    return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
  },
  pad2: (...a) => {
    const s = str(args(a)[0]);
    return /^\d$/.test(s) ? "0" + s : s;
  },
  dateWords: (...a) => dateWords(mustBeDate("dateWords", args(a)[0])),
  dateLine: (...a) => {
    const [place, date] = args(a);
    return dateLine(str(place), mustBeDate("dateLine", date));
  },
  shortDate: (...a) => shortDate(mustBeDate("shortDate", args(a)[0])),
  number: (...a) => {
    const [n] = args(a);
    const o = a[a.length - 1] as Options;
    const decimals = o.hash?.["decimals"];
    return checked(
      () => formatNumber(Number(n), typeof decimals === "number" ? { decimals } : {}),
      () => msg("frame.helper-needs-number", { helper: "number", found: given(n) }),
    );
  },
  count: (...a) => {
    const [n] = args(a);
    return checked(
      () => padCount(Number(n)),
      () => msg("frame.helper-needs-count", { found: given(n) }),
    );
  },
  words: (...a) => numberToWords(mustBeWhole("words", args(a)[0]), wordOptions(a[a.length - 1] as Options)),
  amountWords: (...a) =>
    amountInWords(mustBeWhole("amountWords", args(a)[0]), {
      groupCommas: true,
      ...wordOptions(a[a.length - 1] as Options),
    }),
  percent: (...a) => {
    const [x, y] = args(a);
    const o = a[a.length - 1] as Options;
    const decimals = o.hash?.["decimals"];
    return checked(
      () => percent(Number(x), Number(y), typeof decimals === "number" ? { decimals } : {}),
      () =>
        Number(y) === 0
          ? msg("frame.helper-zero-plan", { found: pair(x, y) })
          : msg("frame.helper-needs-number", { helper: "percent", found: pair(x, y) }),
    );
  },
  ratio: (...a) => {
    const [x, y] = args(a);
    return checked(
      () => ratio(Number(x), Number(y)),
      () => msg("frame.helper-needs-number", { helper: "ratio", found: pair(x, y) }),
    );
  },
  roman: (...a) => {
    const [n] = args(a);
    return checked(
      () => toRoman(Number(n)),
      () => msg("frame.helper-needs-roman", { found: given(n) }),
    );
  },
  letter: (...a) => {
    const [n] = args(a);
    return checked(
      () => viLetter(Number(n)),
      () => msg("frame.helper-needs-letter", { found: given(n) }),
    );
  },
  eq: (...a) => {
    const [x, y] = args(a);
    return x === y;
  },
  join: (...a) => {
    const [list, sep] = args(a);
    const o = a[a.length - 1] as Options;
    return Array.isArray(list) ? list.join(typeof sep === "string" ? sep : str(o.hash?.["sep"] ?? ", ")) : "";
  },
};

function wordOptions(o: Options): Record<string, unknown> {
  const h = o.hash ?? {};
  const out: Record<string, unknown> = {};
  for (const k of ["linh", "thousand", "four", "groupCommas", "capitalize", "currency"])
    if (h[k] !== undefined) out[k] = h[k];
  return out;
}
