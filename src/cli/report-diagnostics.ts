/** Print diagnostics for people: one `file:line:col: severity: message [rule]` line each, then a count. */
import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { CliIo } from "./io.js";
import { terminalSafe } from "./terminal-safe.js";

/** The diagnostic with every text that may come from a user's file escaped for the terminal. */
export function safeDiagnostic(d: Diagnostic): Diagnostic {
  return { ...d, file: terminalSafe(d.file), message: terminalSafe(d.message), ...(d.hint !== undefined ? { hint: terminalSafe(d.hint) } : {}) };
}

export function summary(diagnostics: readonly Diagnostic[]): string {
  const e = diagnostics.filter((d) => d.severity === "error").length;
  const w = diagnostics.length - e;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${part(e, "error")}, ${part(w, "warning")}`;
}

export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(formatDiagnostic(safeDiagnostic(d)) + "\n");
  if (diagnostics.length) io.stderr(summary(diagnostics) + "\n");
}
