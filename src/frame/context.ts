/**
 * The values every template sees. Built once per report from the agency profile, the report
 * kind, the report file and the period; documented in the README ("Templates").
 */
import type { Config, Kind, RawRecipient } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { Report } from "../input/report-types.js";
import { reportCompletion, type ReportCompletion } from "../figures/completion.js";
import { sumMetrics } from "../figures/sum-metrics.js";
import { percent } from "../vi/numbers.js";
import { parseIsoDate, type CalendarDate } from "../vi/dates.js";
import { recipientName } from "./shape-frame.js";
import { nextPeriod, periodWindow, previousPeriod, type Period } from "../vi/periods.js";

export interface PeriodValues {
  id: string;
  type: string;
  year: number;
  index: number;
  name: string;
  shortName: string;
  /** "11" for a month period, for "tháng {{period.month}}" */
  month?: number;
  window: { from: string; to: string };
}

export interface TemplateContext {
  agency: Config["agency"] & { parentLine: string };
  kind: { id: string; name: string; docType: string; docTypeName: string; typeCode: string };
  period: PeriodValues & { next: PeriodValues; previous: PeriodValues };
  report: {
    number: string;
    blankNumber: string;
    symbol: string;
    /** Issue date; `day` is absent when the report leaves it blank. */
    date: CalendarDate;
    kinhGui: string[];
    recipients: RawRecipient[];
    archive: string;
    /** Filled in once rendered: the trích yếu (lines joined by "\n") and on one line. */
    title: string;
    titleLine: string;
    /** The title already ends with the agency's name ("… của Sở Khoa học và Công nghệ"): the default closing does not repeat it. */
    titleNamesAgency: boolean;
    /** "- Như trên;" goes first: there is a Kính gửi and the Nơi nhận list does not place "Như trên" itself. */
    nhuTrenFirst: boolean;
    closing: string;
  };
  signer: { id: string; lines: string[]; name: string; authority?: string; of?: string; title?: string };
  units: Array<{ id: string; name: string; code: string }>;
  /** Carried tasks of the report (last period's plan): totals, by unit and by section. */
  completion: ReportCompletion;
  /** The report's metrics summed by id (or lower-cased label): `{{metrics.kiem-dinh.rate}}`. */
  metrics: Record<string, { name: string; unit?: string; actual: number; plan?: number; rate: string }>;
}

function periodValues(p: Period, cutoffDay: number): PeriodValues {
  return {
    id: p.id,
    type: p.type,
    year: p.year,
    index: p.index,
    name: p.name,
    shortName: p.shortName,
    ...(p.type === "month" ? { month: p.index } : {}),
    window: periodWindow(p, cutoffDay),
  };
}

/** The default issue date when the report file has none: the period's last month, day blank. */
function defaultDate(p: Period): CalendarDate {
  return { year: p.year, month: p.lastMonth };
}

function metricValues(fragments: readonly Fragment[]): TemplateContext["metrics"] {
  return Object.fromEntries(
    sumMetrics(fragments).map((r) => [
      r.key,
      {
        name: r.name,
        ...(r.unit ? { unit: r.unit } : {}),
        actual: r.actual,
        ...(r.plan !== undefined ? { plan: r.plan } : {}),
        rate: r.plan ? percent(r.actual, r.plan) : "",
      },
    ]),
  );
}

export function buildContext(
  config: Config,
  kind: Kind,
  report: Report,
  period: Period,
  fragments: readonly Fragment[] = [],
): TemplateContext {
  const raw = report.raw;
  const parsed = raw.date ? parseIsoDate(raw.date) : undefined;
  const date = parsed?.ok ? parsed.date : defaultDate(period);
  const signer = config.signers.get(raw.signer ?? kind.signer) ?? { id: "", lines: [], name: "" };
  const drafter = config.units.get(kind.drafter);
  const number = raw.number === undefined || raw.number === "" ? "" : String(raw.number).replace(/^(\d)$/, "0$1");
  const docTypeLower = kind.docType.toLocaleLowerCase("vi");
  return {
    agency: { ...config.agency, parentLine: config.agency.parent.join(" ") },
    kind: {
      id: kind.id,
      name: kind.name,
      docType: kind.docType,
      docTypeName: docTypeLower.charAt(0).toLocaleUpperCase("vi") + docTypeLower.slice(1),
      typeCode: kind.typeCode,
    },
    period: {
      ...periodValues(period, kind.cutoffDay),
      next: periodValues(nextPeriod(period), kind.cutoffDay),
      previous: periodValues(previousPeriod(period), kind.cutoffDay),
    },
    report: {
      number,
      blankNumber: "      ",
      symbol: raw.symbol ?? `${kind.typeCode}-${config.agency.code}`,
      date,
      kinhGui: raw.kinhGui ?? kind.kinhGui,
      recipients: (raw.recipients ?? kind.recipients).map(bareRecipient),
      archive: raw.archive ?? kind.archive ?? drafter?.code ?? "",
      title: "",
      titleLine: "",
      titleNamesAgency: false,
      nhuTrenFirst:
        (raw.kinhGui ?? kind.kinhGui).length > 0 && !(raw.recipients ?? kind.recipients).some(placesNhuTren),
      closing: "",
    },
    signer: { ...signer },
    units: [...config.units.values()].map((u) => ({ id: u.id, name: u.name, code: u.code })),
    completion: reportCompletion(fragments),
    metrics: metricValues(fragments),
  };
}

/** A Nơi nhận entry that is, or holds, "Như trên": the list places it where the document has it. */
function placesNhuTren(r: RawRecipient): boolean {
  const nhuTren = (s: string) => recipientName(s).normalize("NFC").toLocaleLowerCase("vi") === "như trên";
  return typeof r === "string" ? nhuTren(r) : r.items.some(nhuTren);
}

/** The template adds each item's ";" or "." itself: "UBND tỉnh;" would print "- UBND tỉnh;;". */
function bareRecipient(r: RawRecipient): RawRecipient {
  return typeof r === "string" ? recipientName(r) : { group: r.group, items: r.items.map(recipientName) };
}
