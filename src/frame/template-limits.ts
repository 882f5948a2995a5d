/**
 * A guard before a department's template is compiled: each `{{#each}}` inside another multiplies
 * the work (six levels over the units took a minute), so loops nest at most MAX_EACH_NESTING
 * deep — the built-in Nơi nhận template needs two (groups, then their items).
 */
import { diagnostic, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { msg } from "../messages/index.js";

/** What template-engine's TemplateSource holds, named here so the engine can import this module. */
interface Source {
  text: string;
  file: string;
  position: Position;
}

export const MAX_EACH_NESTING = 3;

const BLOCK = /\{\{~?\s*([#/])\s*([A-Za-z_][\w-]*)/g;

export function eachNestingProblem(src: Source): Diagnostic | undefined {
  const open: string[] = [];
  let depth = 0;
  for (const m of src.text.matchAll(BLOCK)) {
    const [, sign, name] = m;
    if (sign === "#") {
      open.push(name!);
      if (name === "each" && ++depth > MAX_EACH_NESTING) {
        const before = src.text.slice(0, m.index);
        const line = before.split("\n").length;
        const column = line === 1 ? src.position.column + before.length : before.length - before.lastIndexOf("\n");
        return diagnostic({
          file: src.file,
          line: src.position.line + line - 1,
          column,
          rule: "template",
          message: msg("frame.each-too-deep", { max: MAX_EACH_NESTING, depth }),
          hint: msg("frame.each-too-deep.hint"),
        });
      }
    } else if (open.pop() === "each") depth--;
  }
  return undefined;
}
