import type { Definition, Node } from "mdast";
import type { Message } from "../messages/index.js";
import { diagnostic, type Diagnostic, type Severity } from "../diagnostics/diagnostic.js";
import type { SourceRef } from "../model/report.js";
import type { FootnoteScope } from "./footnote-scope.js";
import type { Locator } from "./locate.js";
import type { MarkdownSource } from "./source.js";

export interface LinkDefinition {
  node: Definition;
  used: boolean;
}

/** Everything the converters need while walking one field's mdast tree. */
export interface Context {
  src: MarkdownSource;
  /** The text that was parsed (control characters removed): node offsets point into it. */
  text: string;
  locator: Locator;
  scope: FootnoteScope;
  source: SourceRef;
  /** Link reference definitions of this field, by normalised identifier (first one wins). */
  links: Map<string, LinkDefinition>;
  /** Where diagnostics go; a footnote rendered from another field swaps this for that field's list. */
  diagnostics: Diagnostic[];
  /** The footnote whose text is being converted, if any: footnotes cannot nest. */
  inFootnote?: { identifier: string; label: string };
}

export function report(
  ctx: Context,
  node: Node | number,
  severity: Severity,
  rule: string,
  message: Message,
  hint?: Message,
): void {
  const offset = typeof node === "number" ? node : (node.position?.start.offset ?? 0);
  ctx.diagnostics.push(diagnostic({ severity, file: ctx.src.file, at: ctx.locator.at(offset), rule, message, hint }));
}

/** The context's source, with the line where `node` starts. */
export function sourceAt(ctx: Context, node: Node): SourceRef {
  return { ...ctx.source, line: ctx.locator.at(node.position?.start.offset ?? 0).line };
}
