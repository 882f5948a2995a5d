/** Print diagnostics for people: one `file:line:col: severity: message [rule]` line each, then a count. */
import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { CliIo } from "./io.js";

export function summary(diagnostics: readonly Diagnostic[]): string {
  const e = diagnostics.filter((d) => d.severity === "error").length;
  const w = diagnostics.length - e;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${part(e, "error")}, ${part(w, "warning")}`;
}

export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(formatDiagnostic(d) + "\n");
  if (diagnostics.length) io.stderr(summary(diagnostics) + "\n");
}
