/**
 * Every problem found in a user's input is a Diagnostic. The core returns them;
 * only the CLI prints them (in the user's language, `localize`) and picks an exit code.
 */
import { isMessage, msg, translate, type Lang, type Message } from "../messages/index.js";

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
  text: { message: Message; hint?: Message };
}

/** A diagnostic as printed: `message` and `hint` in the user's language, the catalogue ids dropped (`localize`). */
export type LocalizedDiagnostic = Omit<Diagnostic, "text">;

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
  /** A catalogue message (`msg`): never plain text, so every message reaches the user in their language. */
  message: Message;
  /** Left out of the diagnostic when undefined. */
  hint?: Message | undefined;
}

/** The one constructor of diagnostics: fields always in the same order, no `hint: undefined`. */
export function diagnostic(init: DiagnosticInit): Diagnostic {
  const { message, hint } = init;
  if (!isMessage(message) || (hint !== undefined && !isMessage(hint))) {
    throw new TypeError(`diagnostic \`${init.rule}\`: message and hint must be catalogue messages (msg), not text`);
  }
  return {
    severity: init.severity ?? "error",
    file: init.file,
    line: init.at?.line ?? init.line ?? 0,
    column: init.at?.column ?? init.column ?? 0,
    rule: init.rule,
    message: translate(message, "en"),
    ...(hint ? { hint: translate(hint, "en") } : {}),
    text: hint ? { message, hint } : { message },
  };
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
export function formatDiagnostic(d: LocalizedDiagnostic, lang: Lang = "en"): string {
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
