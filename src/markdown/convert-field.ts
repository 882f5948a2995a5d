import type { RootContent } from "mdast";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Context } from "./context.js";
import { describeRemoved, stripControlCharacters } from "../input/control-characters.js";
import { collectDefinitions } from "./definitions.js";
import type { FootnoteScope } from "./footnote-scope.js";
import { Locator } from "./locate.js";
import { parseMarkdown } from "./parse.js";
import type { MarkdownSource } from "./source.js";

/**
 * The steps every field goes through before its content is walked: remove and report
 * XML-illegal characters, parse, register definitions. Returns the content nodes
 * (everything but definitions) and the context to convert them with.
 */
export function prepareField(src: MarkdownSource, scope: FootnoteScope): { ctx: Context; content: RootContent[]; definitions: number } {
  const stripped = stripControlCharacters(src.text);
  const locator = new Locator(src.text, stripped.removed, (line, column) => src.map(line, column));
  const diagnostics: Diagnostic[] = stripped.removed.map((offset) => {
    const at = locator.atOriginal(offset);
    return diagnostic({
      file: src.file,
      at,
      rule: "control-character",
      message: `expected printable text — found ${describeRemoved(src.text, offset)} at ${at.line}:${at.column}`,
      hint: "delete the invisible character (it often comes with text pasted from PDF or Word); it cannot be stored in a DOCX file and was left out",
    });
  });
  const root = parseMarkdown(stripped.text);
  const ctx: Context = {
    src,
    text: stripped.text,
    locator,
    scope,
    source: { file: src.file, unit: src.unit, section: src.section },
    links: new Map(),
    diagnostics,
  };
  collectDefinitions(root, ctx);
  const content = root.children.filter((n) => n.type !== "definition" && n.type !== "footnoteDefinition");
  return { ctx, content, definitions: root.children.length - content.length };
}

export function emptyDiagnostic(ctx: Context, expected: string, definitions: number): Diagnostic {
  return diagnostic({
    file: ctx.src.file,
    at: ctx.locator.atOriginal(0),
    rule: "empty-markdown",
    message: `expected ${expected} — found ${definitions > 0 ? "only definitions" : "no text"}`,
    hint: "write the text, or remove the field",
  });
}
