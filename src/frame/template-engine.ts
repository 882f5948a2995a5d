/**
 * Rendering the frame templates with Handlebars: plain text (no HTML escaping), and only
 * templates are ever compiled — fragment text is data, so `{{` in a fragment prints as typed.
 * One Handlebars environment of our own holds the template helpers.
 */
import { ProblemError } from "../diagnostics/problem-error.js";
import { msg } from "../messages/index.js";
import Handlebars from "handlebars";
import { diagnostic, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { TEMPLATE_HELPERS } from "./helpers.js";
import { eachNestingProblem } from "./template-limits.js";

export type HelperFn = (...args: unknown[]) => unknown;

const COMPILE_OPTIONS = { noEscape: true, strict: false, knownHelpersOnly: false } as const;

/** A built-in template file's text as it is rendered: without the file's final newline. */
export const builtinTemplateText = (file: string): string => file.replace(/\n$/, "");

const handlebars = Handlebars.create();
for (const [name, fn] of Object.entries(TEMPLATE_HELPERS)) handlebars.registerHelper(name, fn as HelperFn);
/** Compiled templates by source text: a title template is rendered once per report and period. */
const compiledCache = new Map<string, HandlebarsTemplateDelegate>();

function compiled(text: string): HandlebarsTemplateDelegate {
  let fn = compiledCache.get(text);
  if (!fn) compiledCache.set(text, (fn = handlebars.compile(text, COMPILE_OPTIONS)));
  return fn;
}

export interface TemplateSource {
  text: string;
  /** Where the template is written, for diagnostics (a template file, or a field of bcreport.yaml). */
  file: string;
  position: Position;
}

/** Render a template; problems (syntax, unknown helper) become one diagnostic and an empty result. */
export function renderTemplate(src: TemplateSource, context: object): { text: string; diagnostics: Diagnostic[] } {
  const tooDeep = eachNestingProblem(src);
  if (tooDeep) return { text: "", diagnostics: [tooDeep] };
  try {
    return { text: compiled(src.text)(context).normalize("NFC"), diagnostics: [] };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const m = /line (\d+)/.exec(raw);
    const line = src.position.line + (m ? Number(m[1]) - 1 : 0);
    const first =
      raw
        .split("\n")[0]!
        .replace(/^Parse error on line \d+:?/, "")
        .trim() || raw.split("\n").slice(-1)[0]!;
    return {
      text: "",
      diagnostics: [
        diagnostic({
          file: src.file,
          line,
          column: m ? 1 : src.position.column,
          rule: "template",
          message: msg("frame.template", { detail: e instanceof ProblemError ? e.text : first }),
          hint: msg("frame.template.hint"),
        }),
      ],
    };
  }
}
