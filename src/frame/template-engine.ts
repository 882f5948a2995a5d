/**
 * The one Handlebars instance: templates render plain text (no HTML escaping), and only
 * templates are ever compiled — fragment text is data, so `{{` in a fragment prints as typed.
 */
import Handlebars from "handlebars";
import type { Diagnostic, Position } from "../diagnostics.js";
import { TEMPLATE_HELPERS } from "./helpers.js";

export type HelperFn = (...args: unknown[]) => unknown;

let engine: typeof Handlebars | undefined;
/** Compiled templates by source text: a title template is rendered once per report and period. */
const compiledCache = new Map<string, HandlebarsTemplateDelegate>();

function hb(): typeof Handlebars {
  if (engine) return engine;
  engine = Handlebars.create();
  for (const [name, fn] of Object.entries(TEMPLATE_HELPERS)) engine.registerHelper(name, fn as HelperFn);
  return engine;
}

export interface TemplateSource {
  text: string;
  /** Where the template is written, for diagnostics (a template file, or a field of bcreport.yaml). */
  file: string;
  position: Position;
}

/** Render a template; problems (syntax, unknown helper) become one diagnostic and an empty result. */
export function renderTemplate(src: TemplateSource, context: object): { text: string; diagnostics: Diagnostic[] } {
  try {
    let fn = compiledCache.get(src.text);
    if (!fn) {
      fn = hb().compile(src.text, { noEscape: true, strict: false, knownHelpersOnly: false });
      compiledCache.set(src.text, fn);
    }
    return { text: fn(context).normalize("NFC"), diagnostics: [] };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const m = /line (\d+)/.exec(raw);
    const line = src.position.line + (m ? Number(m[1]) - 1 : 0);
    const first = raw.split("\n")[0]!.replace(/^Parse error on line \d+:?/, "").trim() || raw.split("\n").slice(-1)[0]!;
    return {
      text: "",
      diagnostics: [
        {
          severity: "error",
          file: src.file,
          line,
          column: m ? 1 : src.position.column,
          rule: "template",
          message: `cannot render template: ${first}`,
          hint: "templates use Handlebars: `{{period.name}}`, `{{#if …}}…{{/if}}`; see README, Templates",
        },
      ],
    };
  }
}
