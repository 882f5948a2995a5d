/** Print diagnostics for people: one `file:line:col: severity: message [rule]` line each, then a count. */
import { formatDiagnostic, type Diagnostic, type LocalizedDiagnostic } from "../diagnostics/diagnostic.js";
import { localize } from "../diagnostics/localize.js";
import { say, type CliIo } from "./io.js";
import { terminalSafe } from "./terminal-safe.js";

/** The diagnostic with every text that may come from a user's file escaped for the terminal. */
export function safeDiagnostic(d: LocalizedDiagnostic): LocalizedDiagnostic {
  return {
    ...d,
    file: terminalSafe(d.file),
    message: terminalSafe(d.message),
    ...(d.hint !== undefined ? { hint: terminalSafe(d.hint) } : {}),
  };
}

export function summary(diagnostics: readonly Diagnostic[], io: Pick<CliIo, "lang"> = {}): string {
  const e = diagnostics.filter((d) => d.severity === "error").length;
  const w = diagnostics.length - e;
  return say(io, "cli.summary", {
    errors: say(io, "cli.errors", { count: e }),
    warnings: say(io, "cli.warnings", { count: w }),
  });
}

export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  const lang = io.lang ?? "en";
  for (const d of diagnostics) io.stderr(formatDiagnostic(safeDiagnostic(localize(d, lang)), lang) + "\n");
  if (diagnostics.length) io.stderr(summary(diagnostics, io) + "\n");
}
