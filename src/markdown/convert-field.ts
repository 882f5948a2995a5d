import type { RootContent } from "mdast";
import { msg, type Message } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Context } from "./context.js";
import { collectDefinitions } from "./definitions.js";
import type { FootnoteScope } from "./footnote-scope.js";
import { parseMarkdown } from "./parse.js";
import type { MarkdownSource } from "./source.js";
import { stripField } from "./strip-field.js";

/**
 * The steps every field goes through before its content is walked: remove and report
 * XML-illegal characters, parse, register definitions. Returns the content nodes
 * (everything but definitions) and the context to convert them with.
 */
export function prepareField(
  src: MarkdownSource,
  scope: FootnoteScope,
): { ctx: Context; content: RootContent[]; definitions: number } {
  const { text, locator, diagnostics } = stripField(src);
  const root = parseMarkdown(text);
  const ctx: Context = {
    src,
    text,
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

export function emptyDiagnostic(ctx: Context, expected: Message, definitions: number): Diagnostic {
  return diagnostic({
    file: ctx.src.file,
    at: ctx.locator.atOriginal(0),
    rule: "empty-markdown",
    message: msg("markdown.empty", {
      expected,
      found: msg(definitions > 0 ? "markdown.only-definitions" : "markdown.no-text"),
    }),
    hint: msg("markdown.empty.hint"),
  });
}
