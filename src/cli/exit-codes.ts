/**
 * The one exit-code table (documented in the README and tested one by one).
 *
 *   0   success (warnings allowed)
 *   1   the input has errors (a user's file, with file:line:col)
 *   2   usage, configuration or I/O failure (bad option, no bcreport.yaml, no period folder, cannot write)
 *   70  internal error — a bug in bcreport
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

/** Problems that are about how bcreport was called rather than what a file says. */
const USAGE_RULES = new Set(["no-config", "no-period", "bad-period", "no-report", "pdf-engine", "git", "unreadable"]);

export function exitCodeFor(diagnostics: readonly Diagnostic[]): number {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return EXIT.ok;
  return errors.every((d) => USAGE_RULES.has(d.rule)) ? EXIT.usage : EXIT.input;
}
