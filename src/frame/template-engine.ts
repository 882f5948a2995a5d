/**
 * Rendering the frame templates: plain text (no HTML escaping), and only templates are ever
 * compiled — fragment text is data, so `{{` in a fragment prints as typed. Handlebars is set up
 * once per process, as two environments with the same helpers: its runtime for the precompiled
 * built-ins, its compiler for a department's own templates (load-handlebars.ts).
 */
import type Handlebars from "handlebars";
import type { Diagnostic, Position } from "../diagnostics/diagnostic.js";
import { TEMPLATE_HELPERS } from "./helpers.js";
import { loadHandlebarsCompiler, loadHandlebarsRuntime } from "./load-handlebars.js";
import { loadPrecompiledTemplates } from "./load-precompiled.js";
import { parseSimpleTemplate, renderSimpleTemplate } from "./simple-template.js";

export type HelperFn = (...args: unknown[]) => unknown;

/** How every template is compiled, at run time or ahead of time (generate-templates.ts). */
export const COMPILE_OPTIONS = { noEscape: true, strict: false, knownHelpersOnly: false } as const;

/** A built-in template file's text as it is rendered: without the file's final newline. */
export const builtinTemplateText = (file: string): string => file.replace(/\n$/, "");

let runtime: typeof Handlebars | undefined;
let compiler: typeof Handlebars | undefined;
let precompiled: Record<string, unknown> | undefined;
/** Compiled templates by source text: a title template is rendered once per report and period. */
const compiledCache = new Map<string, HandlebarsTemplateDelegate>();
/** Text-and-mustache templates by source text (null: not one, Handlebars renders it). */
const simpleCache = new Map<string, ReturnType<typeof parseSimpleTemplate> | null>();

/** A Handlebars environment of its own, with the template helpers. */
function withHelpers(env: typeof Handlebars): typeof Handlebars {
  for (const [name, fn] of Object.entries(TEMPLATE_HELPERS)) env.registerHelper(name, fn as HelperFn);
  return env;
}

/** The template function: the built-in's precompiled spec when the text is a built-in's, else compiled now. */
function compiled(text: string): HandlebarsTemplateDelegate {
  let fn = compiledCache.get(text);
  if (!fn) {
    precompiled ??= loadPrecompiledTemplates();
    const spec = Object.prototype.hasOwnProperty.call(precompiled, text) ? precompiled[text] : undefined;
    // Precompiled specs run on the runtime alone; anything else loads the compiler (load-handlebars.ts).
    fn = spec
      ? (runtime ??= withHelpers(loadHandlebarsRuntime().create())).template(spec as TemplateSpecification)
      : (compiler ??= withHelpers(loadHandlebarsCompiler().create())).compile(text, COMPILE_OPTIONS);
    compiledCache.set(text, fn);
  }
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
  try {
    let parts = simpleCache.get(src.text);
    if (parts === undefined) simpleCache.set(src.text, (parts = parseSimpleTemplate(src.text) ?? null));
    const simple = parts ? renderSimpleTemplate(parts, context, TEMPLATE_HELPERS) : undefined;
    // String(): the fast path gives a number for "{{n}}" where Handlebars gives its text.
    const value: unknown = simple ? simple.value : compiled(src.text)(context);
    return { text: String(value).normalize("NFC"), diagnostics: [] };
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
