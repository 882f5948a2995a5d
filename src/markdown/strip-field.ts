import { msg } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { describeRemoved, stripControlCharacters } from "../input/control-characters.js";
import { Locator } from "./locate.js";
import type { MarkdownSource } from "./source.js";

/** The field's text without XML-illegal characters, each removed one reported; the locator maps back. */
export function stripField(src: MarkdownSource): { text: string; locator: Locator; diagnostics: Diagnostic[] } {
  const stripped = stripControlCharacters(src.text);
  const locator = new Locator(src.text, stripped.removed, (line, column) => src.map(line, column));
  const diagnostics: Diagnostic[] = stripped.removed.map((offset) => {
    const at = locator.atOriginal(offset);
    return diagnostic({
      file: src.file,
      at,
      rule: "control-character",
      message: msg("markdown.control-character", {
        name: describeRemoved(src.text, offset),
        line: at.line,
        column: at.column,
      }),
      hint: msg("markdown.control-character.hint"),
    });
  });
  return { text: stripped.text, locator, diagnostics };
}
