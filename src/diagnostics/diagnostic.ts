/**
 * Every problem found in a user's input is a Diagnostic. The core returns them;
 * only the CLI prints them (in the user's language, `localize`) and picks an exit code.
 */
import { msg, translate, type Lang, type Message } from "../messages/index.js";

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Repository-relative path with forward slashes, or "" for problems not tied to a file. */
  file: string;
  /** 1-based; 0 when unknown. */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  /** Stable kebab-case id of the rule, e.g. `unknown-section`. */
  rule: string;
  /** What was expected and what was found; names in backticks. */
  message: string;
  /** How to fix it, when known. */
  hint?: string;
  /** The message and hint as catalogue ids and parameters (`message` and `hint` are their English text). */
  text?: { message: Message; hint?: Message };
}

export interface Position {
  line: number;
  column: number;
}

/** What a diagnostic is made from: severity defaults to "error", the place to `file` alone (line and column 0). */
export interface DiagnosticInit {
  severity?: Severity;
  file: string;
  /** The position; or give `line` and `column`. */
  at?: Position;
  line?: number;
  column?: number;
  rule: string;
  /** A catalogue message; a plain string is text not yet in the catalogue (printed as is in every language). */
  message: Message | string;
  /** Left out of the diagnostic when undefined. */
  hint?: Message | string | undefined;
}

/** Text not yet in the message catalogue: the same in every language. */
const asMessage = (m: Message | string): Message =>
  typeof m === "string" ? { id: "untranslated", params: { text: m } } : m;

/** The one constructor of diagnostics: fields always in the same order, no `hint: undefined`. */
export function diagnostic(init: DiagnosticInit): Diagnostic {
  const message = asMessage(init.message);
  const hint = init.hint === undefined || init.hint === "" ? undefined : asMessage(init.hint);
  const d: Diagnostic = {
    severity: init.severity ?? "error",
    file: init.file,
    line: init.at?.line ?? init.line ?? 0,
    column: init.at?.column ?? init.column ?? 0,
    rule: init.rule,
    message: translate(message, "en"),
  };
  if (hint) d.hint = translate(hint, "en");
  d.text = hint ? { message, hint } : { message };
  return d;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Sort by file, then position, then rule: the order they are printed in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

/** `file:line:col: severity: message`, the one format for humans (`message` and `hint` as they are: localize first). */
export function formatDiagnostic(d: Diagnostic, lang: Lang = "en"): string {
  const where = d.file ? `${d.file}:${d.line}:${d.column}: ` : "";
  const head = `${where}${translate(msg(d.severity), lang)}: ${d.message} [${d.rule}]`;
  return d.hint ? `${head}\n  ${translate(msg("hint"), lang)}: ${d.hint}` : head;
}

/** Drop repeats of the same problem at the same place (several stages may find it). */
export function dedupeDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.rule}:${d.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
