/** Semantic rules over a report file: its date and signer. */
import { msg } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config } from "../input/config-types.js";
import type { Report } from "../input/report-types.js";
import { positionOf } from "../yaml/yaml-position.js";
import { parseIsoDate } from "../vi/dates.js";
import { suggestion } from "../diagnostics/did-you-mean.js";

export function checkReport(report: Report, config: Config): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (key: string) => (report.yaml ? positionOf(report.yaml, [key]) : { line: 1, column: 1 });
  const { raw } = report;
  if (raw.date !== undefined) {
    const parsed = parseIsoDate(raw.date);
    if (!parsed.ok) {
      out.push(
        diagnostic({
          file: report.file,
          at: at("date"),
          rule: "invalid-date",
          message: parsed.message,
          hint: parsed.hint,
        }),
      );
    }
  }
  if (raw.signer !== undefined && !config.signers.has(raw.signer)) {
    const hint = suggestion(raw.signer, [...config.signers.keys()]);
    out.push(
      diagnostic({
        file: report.file,
        at: at("signer"),
        rule: "unknown-signer",
        message: msg("validate.unknown-signer", { signer: raw.signer }),
        hint,
      }),
    );
  }
  return out;
}
