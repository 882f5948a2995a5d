/**
 * Frame templates: the department's `templates/<name>.hbs` when it has one, else the built-in
 * file shipped in the package's `templates/` folder.
 */
import { msg } from "../messages/index.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { decodeText } from "../input/decode-text.js";
import type { World } from "../world.js";
import { builtinTemplateText, type TemplateSource } from "./template-engine.js";

export const FRAME_TEMPLATES = [
  "number-line",
  "date-line",
  "national-title",
  "motto",
  "doc-type",
  "title",
  "closing",
  "recipients-heading",
  "recipients",
  "signature",
  "signature-name",
] as const;

export type FrameTemplateName = (typeof FRAME_TEMPLATES)[number];

const builtinDir = fileURLToPath(new URL("../../templates/", import.meta.url));

export function loadTemplates(
  world: World,
  dir: string,
): { templates: Record<FrameTemplateName, TemplateSource>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const templates = {} as Record<FrameTemplateName, TemplateSource>;
  for (const name of FRAME_TEMPLATES) {
    const file = `${dir}/${name}.hbs`;
    const bytes = world.readFile(file);
    let text: string | undefined;
    const why = bytes ? undefined : world.whyUnreadable?.(file, "file");
    if (why)
      diagnostics.push(
        diagnostic({
          file,
          line: 1,
          column: 1,
          rule: "unreadable",
          message: msg("frame.unreadable-template", { why }),
          hint: msg("frame.unreadable-template.hint"),
        }),
      );
    if (bytes) {
      const decoded = decodeText(file, bytes);
      if (decoded.ok) text = decoded.text;
      else diagnostics.push(...decoded.diagnostics);
    }
    if (text !== undefined) templates[name] = { text: text.replace(/\n$/, ""), file, position: { line: 1, column: 1 } };
    else
      templates[name] = {
        text: builtinTemplateText(readFileSync(`${builtinDir}${name}.hbs`, "utf8")),
        file: `(built-in) templates/${name}.hbs`,
        position: { line: 1, column: 1 },
      };
  }
  const entries = world.listDir(dir);
  const whyDir = entries ? undefined : world.whyUnreadable?.(dir, "dir");
  if (whyDir)
    diagnostics.push(
      diagnostic({
        file: dir,
        line: 1,
        column: 1,
        rule: "unreadable",
        message: msg("frame.unreadable-templates", { why: whyDir }),
        hint: msg("frame.unreadable-templates.hint"),
      }),
    );
  for (const e of entries ?? []) {
    const stem = e.name.replace(/\.hbs$/, "");
    if (e.name.endsWith(".hbs") && !(FRAME_TEMPLATES as readonly string[]).includes(stem)) {
      const hint = msg("frame.unknown-template.hint", { names: FRAME_TEMPLATES.join(", ") });
      diagnostics.push(
        diagnostic({
          severity: "warning",
          file: `${dir}/${e.name}`,
          line: 1,
          column: 1,
          rule: "unknown-template",
          message: msg("frame.unknown-template", { name: e.name }),
          hint,
        }),
      );
    }
  }
  return { templates, diagnostics };
}
