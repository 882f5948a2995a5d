/**
 * Diagnostics as text for machines: GitHub Actions workflow annotations, GitLab Code Quality
 * JSON, plain JSON. Pure functions returning strings; the CLI prints them.
 *
 * What a tool parses stays the same in every language — the `::error`/`::warning` command, the
 * properties, GitLab's `severity` and `check_name`, the JSON keys and `severity` values; what a
 * person reads (the message, and the "hint:" label before the hint) is in the run's language.
 * GitLab's fingerprint hashes the English message, so an issue keeps its identity when `lang:` changes.
 */
import { CONFIG_FILE } from "../input/read-config.js";
import type { Diagnostic, LocalizedDiagnostic } from "../diagnostics/diagnostic.js";
import { createHash } from "node:crypto";
import { terminalSafe } from "./terminal-safe.js";
import { localize } from "../diagnostics/localize.js";
import { msg, translate, type Lang } from "../messages/index.js";

export type DiagnosticFormat = "human" | "github" | "gitlab" | "json";
export const DIAGNOSTIC_FORMATS: DiagnosticFormat[] = ["human", "github", "gitlab", "json"];

/** GitHub's escaping: `%`, CR and LF in the message; also `:` and `,` in property values. */
export const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const escapeProperty = (s: string) => escapeData(terminalSafe(s)).replace(/:/g, "%3A").replace(/,/g, "%2C");
const hintLabel = (lang: Lang) => translate(msg("hint"), lang);
/** The message and hint: their own text made terminal-safe, joined by the one newline GitHub shows. */
const githubText = (d: LocalizedDiagnostic, lang: Lang) =>
  escapeData(
    d.hint ? `${terminalSafe(d.message)}\n${hintLabel(lang)}: ${terminalSafe(d.hint)}` : terminalSafe(d.message),
  );

/** `::error file=…,line=…,col=…,title=<rule>::message` — one line per diagnostic. */
export function toGithub(diagnostics: readonly Diagnostic[], lang: Lang = "en"): string {
  return diagnostics
    .map((d) => localize(d, lang))
    .map((d) => {
      const props = [
        ...(d.file ? [`file=${escapeProperty(d.file)}`] : []),
        ...(d.file && d.line ? [`line=${d.line}`] : []),
        ...(d.file && d.column ? [`col=${d.column}`] : []),
        `title=${escapeProperty(d.rule)}`,
      ];
      return `::${d.severity} ${props.join(",")}::${githubText(d, lang)}\n`;
    })
    .join("");
}

/**
 * GitLab Code Quality report. The fingerprint hashes the rule, file and message (not the line, so
 * an issue keeps its identity when text above it moves) plus a counter for identical issues.
 */
export function toGitlab(diagnostics: readonly Diagnostic[], lang: Lang = "en"): string {
  const count = new Map<string, number>();
  const issues = diagnostics.map((english) => {
    const d = localize(english, lang);
    const path = d.file && !d.file.startsWith("(") ? d.file : CONFIG_FILE;
    const key = `${d.rule}\u0000${path}\u0000${english.message}`;
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    return {
      description: d.hint ? `${d.message} (${hintLabel(lang)}: ${d.hint})` : d.message,
      check_name: d.rule,
      fingerprint: createHash("sha256").update(`${key}\u0000${n}`).digest("hex"),
      severity: d.severity === "error" ? "major" : "minor",
      location: { path, lines: { begin: d.line || 1 } },
    };
  });
  return JSON.stringify(issues, null, 2) + "\n";
}

export function toJson(diagnostics: readonly LocalizedDiagnostic[]): string {
  return JSON.stringify(diagnostics, null, 2) + "\n";
}
