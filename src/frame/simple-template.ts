/**
 * Templates that are only text and `{{path}}` / `{{helper path …}}` mustaches — most titles,
 * preambles and closings a department writes — rendered without compiling them with Handlebars,
 * whose compiler took about 10 ms of every `check` (it runs cold, once per process).
 *
 * The result is the one Handlebars gives (noEscape, not strict), which a property test compares
 * on generated templates and data. Whatever this cannot do exactly as Handlebars would — block
 * helpers, `this`, `../`, literals, hash arguments, functions or inherited properties in the
 * data, objects and lists printed as text, an unknown helper with arguments — returns
 * undefined, and Handlebars renders it.
 */
import type { HelperFn } from "./template-engine.js";

type Path = string[];
type Part = string | { head: Path; params: Path[] };

/** `a`, `a.b.c`: names Handlebars reads as plain property lookups (not literals, not `this`). */
const NAME = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(["true", "false", "null", "undefined", "this", "else"]);
/** Handlebars' own helpers: a mustache naming one is left to Handlebars. */
const HANDLEBARS_HELPERS = new Set(["blockHelperMissing", "each", "helperMissing", "if", "log", "lookup", "unless", "with"]);
const MUSTACHE = /\{\{([^{}]*)\}\}/g;

function path(word: string): Path | undefined {
  const names = word.split(".");
  return names.every((n) => NAME.test(n) && !RESERVED.has(n)) ? names : undefined;
}

/** The template's parts, or undefined when it uses anything beyond text and simple mustaches. */
export function parseSimpleTemplate(text: string): Part[] | undefined {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(MUSTACHE)) {
    const between = text.slice(last, m.index);
    if (!plainText(between)) return undefined;
    if (between) parts.push(between);
    const words = m[1]!.trim().split(/\s+/);
    const paths = words.map(path);
    if (words[0] === "" || paths.some((p) => p === undefined) || HANDLEBARS_HELPERS.has(words[0]!)) return undefined;
    parts.push({ head: paths[0]!, params: paths.slice(1) as Path[] });
    last = m.index + m[0].length;
  }
  const rest = text.slice(last);
  if (!plainText(rest)) return undefined;
  if (rest) parts.push(rest);
  return parts;
}

/** Text Handlebars copies as it is: no braces that could open or close a mustache, no escapes. */
const plainText = (s: string) => !/[{}\\]/.test(s);

const FALLBACK = Symbol("fallback");

/** Handlebars' lookupProperty: own properties only; an inherited value makes us defer to Handlebars. */
function lookup(value: unknown, names: Path): unknown {
  let v = value;
  for (const name of names) {
    if (v === null || v === undefined) return v;
    const next = (v as Record<string, unknown>)[name];
    if (next !== null && next !== undefined && !Object.prototype.hasOwnProperty.call(v, name)) return FALLBACK;
    if (typeof next === "function") return FALLBACK;
    v = next;
  }
  return v;
}

/**
 * Render parsed parts; undefined when Handlebars must decide (see the module comment).
 * Like the code Handlebars generates, the parts are joined with JavaScript's `+`, so two numbers
 * in a row add up ("{{a}}{{b}}" with 1 and 2 gives 3): the result is not always a string.
 */
export function renderSimpleTemplate(parts: readonly Part[], context: object, helpers: Record<string, HelperFn>): { value: unknown } | undefined {
  let out: unknown = "";
  let first = true;
  const append = (v: unknown) => {
    out = first ? v : (out as string) + (v as string);
    first = false;
  };
  for (const part of parts) {
    if (typeof part === "string") {
      append(part);
      continue;
    }
    const helper = part.head.length === 1 && Object.prototype.hasOwnProperty.call(helpers, part.head[0]!) ? helpers[part.head[0]!] : undefined;
    let value: unknown;
    if (helper) {
      const args = part.params.map((p) => lookup(context, p));
      if (args.includes(FALLBACK)) return undefined;
      value = helper.call(context, ...args, { hash: {}, name: part.head[0] });
    } else {
      if (part.params.length > 0) return undefined;
      value = lookup(context, part.head);
      if (value === FALLBACK) return undefined;
    }
    // Handlebars joins the parts only after evaluating all mustaches, so an object whose
    // conversion to text throws would fail at another moment than here: leave objects to it.
    if (typeof value === "object" && value !== null) return undefined;
    if (typeof value === "function" || typeof value === "symbol") return undefined;
    append(value ?? "");
  }
  return { value: out };
}
