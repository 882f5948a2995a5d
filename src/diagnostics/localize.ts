/** A diagnostic in the user's language, as the CLI prints it (and without its catalogue ids). */
import { translate, type Lang } from "../messages/index.js";
import type { Diagnostic } from "./diagnostic.js";

export function localize(d: Diagnostic, lang: Lang): Diagnostic {
  const { text, ...rest } = d;
  if (!text) return rest;
  const out: Diagnostic = { ...rest, message: translate(text.message, lang) };
  if (text.hint) out.hint = translate(text.hint, lang);
  return out;
}
