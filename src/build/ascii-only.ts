/**
 * Build step helper: make a bundle pure ASCII, so the bin can read it as a one-byte (Latin-1)
 * string. Read as UTF-8, the 1.4 MB bundle costs ~3 ms to decode and becomes a two-byte string
 * twice its size; read as Latin-1 it is a plain copy (bin/load-bundle.cjs checks it is ASCII).
 *
 * esbuild already escapes non-ASCII characters in strings and templates; what it leaves are
 * comments, regular-expression literals (Vietnamese words in our own patterns) and raw
 * (tagged) templates. `\uXXXX` means the same character in a regular expression, with or
 * without the `u` flag (an astral character becomes its two surrogates, which is what the
 * regular expression reads either way), in an identifier, and nothing in a comment. It does not
 * mean the same in a raw template or after a backslash, so those make the build fail.
 */
import ts from "typescript";

/** One UTF-16 code unit (the pattern below has no `u` flag): an astral character becomes two escapes. */
function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Template literals of the parsed source that hold a non-ASCII character, as `file:line: text`. */
function nonAsciiTemplates(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTemplateLiteralToken(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const raw = text.slice(node.getStart(source), node.getEnd());
      if (/[^\x00-\x7f]/.test(raw)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${raw.slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function asciiOnly(file: string, text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const problems = nonAsciiTemplates(file, text);
  for (const m of text.matchAll(/\\[^\x00-\x7f]/g)) problems.push(`${file}: a backslash before a non-ASCII character at offset ${m.index}`);
  if (problems.length > 0) throw new Error(`cannot make the bundle ASCII without changing its meaning:\n  ${problems.join("\n  ")}`);
  return text.replace(/[^\x00-\x7f]/g, unicodeEscape);
}
