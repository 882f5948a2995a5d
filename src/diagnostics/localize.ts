/** A diagnostic in the user's language, as the CLI prints it (and without its catalogue ids). */
import { translate, type Lang } from "../messages/index.js";
import type { Diagnostic, LocalizedDiagnostic } from "./diagnostic.js";

export function localize(d: Diagnostic, lang: Lang): LocalizedDiagnostic {
  const { text, ...rest } = d;
  const out: LocalizedDiagnostic = { ...rest, message: translate(text.message, lang) };
  if (text.hint) out.hint = translate(text.hint, lang);
  return out;
}
