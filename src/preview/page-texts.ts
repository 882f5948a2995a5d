/**
 * The preview page in the run's language. The server fills index.html's `{{t:id}}` slots and
 * `{{lang}}` before sending it, and gives the page script the raw catalogue texts it fills in
 * itself (`{{name}}` slots; `{ one, other }` by `count`) as a JSON block, `#texts`. The problems
 * the page lists are localized diagnostics (`pageState`), so the page prints no English of its own.
 */
import { CATALOGUE } from "../messages/catalogue/index.js";
import type { Text } from "../messages/catalogue/entry.js";
import { msg, translate, type Lang } from "../messages/index.js";
import { localize } from "../diagnostics/localize.js";
import type { PreviewState } from "./preview-state.js";
import type { LocalizedDiagnostic } from "../diagnostics/diagnostic.js";

/** The ids the page script uses. */
const SCRIPT_IDS = [
  "error",
  "warning",
  "hint",
  "cli.errors",
  "cli.warnings",
  "cli.status.column.section",
  "cli.status.column.unit",
  "cli.status.column.state",
  "cli.status.column.words",
  "cli.status.state.submitted",
  "cli.status.state.empty",
  "cli.status.state.missing",
  "cli.status.state.invalid",
  "cli.status.optional",
  "cli.status.no-deadline",
  "cli.status.days-left",
  "cli.status.due-today",
  "cli.status.overdue",
  "cli.status.due",
  ...Object.keys(CATALOGUE).filter((id) => id.startsWith("preview.page.")),
];

export function scriptTexts(lang: Lang): Record<string, Text> {
  return Object.fromEntries(SCRIPT_IDS.map((id) => [id, CATALOGUE[id]![lang]]));
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** index.html with its slots filled; `<` is escaped in the JSON so no text can close the block. */
export function pageHtml(template: string, lang: Lang): string {
  const json = JSON.stringify(scriptTexts(lang)).replace(/</g, "\\u003c");
  return template
    .replace(/\{\{lang\}\}/g, lang)
    .replace(/\{\{texts\}\}/g, () => json)
    .replace(/\{\{t:([\w.-]+)\}\}/g, (_, id: string) => escapeHtml(translate(msg(id), lang)));
}

/** The state as the page gets it: the problems in the run's language (without catalogue ids). */
export function pageState(
  state: PreviewState,
  lang: Lang,
): Omit<PreviewState, "diagnostics"> & { diagnostics: LocalizedDiagnostic[] } {
  return { ...state, diagnostics: state.diagnostics.map((d) => localize(d, lang)) };
}
