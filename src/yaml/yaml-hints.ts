/**
 * Plain words for the YAML syntax mistakes unit staff make, in place of the parser's: a `: ` in
 * an unquoted text, a `- ` item on the line of its key, a text without `|`, a block text that is
 * not indented or has lines less indented than its first (block-dedent.ts), a tab. Each is recognised from the shape of the line the parser stopped at (and
 * the lines above it), and gets a hint with the corrected line. The parser's other messages on
 * that line, which follow from the same mistake, are dropped.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { msg, type Param } from "../messages/index.js";
import { dedentedRuns } from "./block-dedent.js";

/** `<indent><"- "?>key: value` — the key of a mapping line, and what follows it. */
const KEY_LINE = /^(\s*)((?:- +)?)([A-Za-z_][\w-]*):(?: +(.*?))?\s*$/;
const BLOCK_HEADER = /:\s+[|>][-+]?\d?\s*(#.*)?$/;

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const quoted = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

interface Found {
  id: "colon-in-text" | "list-on-key-line" | "missing-block-bar" | "block-not-indented";
  values: Record<string, string | number>;
  column: number;
}

/** What went wrong at `lineNo` (1-based), judged from the line and the lines above it. */
function recognise(lines: string[], lineNo: number): Found | undefined {
  const line = lines[lineNo - 1] ?? "";
  const m = KEY_LINE.exec(line);
  const value = m?.[4];
  if (m && value && !/^["'|>[{&*!#]/.test(value)) {
    const [, indent, dash, key] = m;
    const column = indent!.length + dash!.length + key!.length + 3;
    if (/^- /.test(value)) return { id: "list-on-key-line", values: { key: key!, item: value }, column };
    if (/: |:$/.test(value))
      return { id: "colon-in-text", values: { key: key!, fixed: `${dash}${key}: ${quoted(value)}` }, column };
  }
  // The line belongs to the nearest line above that is less indented (or a block header at the same indent).
  const own = indentOf(line);
  for (let i = lineNo - 2; i >= 0; i--) {
    const above = lines[i]!;
    if (above.trim() === "" || above.trim().startsWith("#")) continue;
    const k = KEY_LINE.exec(above);
    if (BLOCK_HEADER.test(above) && indentOf(above) >= own && k) {
      const fixed = `${" ".repeat(indentOf(above) + (k[2]?.length ?? 0) + 2)}${line.trim()}`;
      return { id: "block-not-indented", values: { key: k[3]!, fixed }, column: own + 1 };
    }
    if (indentOf(above) >= own) continue;
    // Only for a line of prose: a `key: value` line under `key:` is a mapping, not a text missing its `|`.
    if (k && k[4] === undefined && !m)
      return {
        id: "missing-block-bar",
        values: { key: k[3]!, keyLine: i + 1, fixed: `${k[2]}${k[3]}: |` },
        column: own + 1,
      };
    return undefined;
  }
  return undefined;
}

/** The diagnostic at the same place with the catalogue's words for the mistake `id` (`yaml-hint.<id>`). */
function reworded(d: Diagnostic, column: number, id: string, values: Record<string, Param>): Diagnostic {
  const { severity, file, line, rule } = d;
  return diagnostic({
    severity,
    file,
    line,
    column,
    rule,
    message: msg(`yaml-hint.${id}`, values),
    hint: msg(`yaml-hint.${id}.hint`, values),
  });
}

/** At most this many corrected lines are quoted in a hint; the message names them all. */
const SHOWN_LINES = 3;

/**
 * One diagnostic per run of block-text lines written less indented (block-dedent.ts) that the
 * parser stumbled on, in place of its two or three errors on and around those lines.
 */
function dedentedText(diagnostics: Diagnostic[], lines: string[]): { found: Diagnostic[]; rest: Diagnostic[] } {
  const found: Diagnostic[] = [];
  let rest = diagnostics;
  for (const run of dedentedRuns(lines)) {
    const inRun = (d: Diagnostic) =>
      (d.rule === "yaml-syntax" || d.rule === "yaml-duplicate-key") && d.line >= run.from && d.line <= run.to;
    const first = rest.find((d) => inRun(d) && d.severity === "error");
    if (!first) continue;
    rest = rest.filter((d) => !inRun(d));
    const [a, b] = [run.bad[0]!.line, run.bad[run.bad.length - 1]!.line];
    const where = a === b ? msg("yaml-hint.line", { line: a }) : msg("yaml-hint.lines", { from: a, to: b });
    const shown = run.bad.slice(0, SHOWN_LINES).map((x) => `\`${x.fixed}\``);
    const values = {
      key: run.key,
      keyLine: run.keyLine,
      indent: run.indent,
      where,
      fixed: shown.join(" ") + (run.bad.length > SHOWN_LINES ? " …" : ""),
    };
    const column = indentOf(lines[a - 1] ?? "") + 1;
    found.push(reworded({ ...first, line: a }, column, "block-dedented", values));
  }
  return { found, rest };
}

/** Replace the parser's words for the mistakes above; tabs get their corrected line. */
export function addYamlHints(all: Diagnostic[], text: string): Diagnostic[] {
  const lines = text.split(/\r?\n/);
  const done = new Set<number>();
  const { found: out, rest: diagnostics } = dedentedText(all, lines);
  for (const d of diagnostics) {
    if (d.rule === "yaml-tab") {
      const line = lines[d.line - 1] ?? "";
      const fixed = line.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, "  "));
      out.push(reworded(d, d.column, "tab", { fixed }));
      continue;
    }
    if (d.rule !== "yaml-syntax" || d.severity !== "error") {
      out.push(d);
      continue;
    }
    if (done.has(d.line)) continue;
    const found = recognise(lines, d.line);
    if (!found) {
      out.push(d);
      continue;
    }
    done.add(d.line);
    out.push(reworded(d, found.column, found.id, found.values));
  }
  // A later message on a line already explained is a consequence of the same mistake.
  return out.filter(
    (d, i) =>
      !(
        d.rule === "yaml-syntax" &&
        done.has(d.line) &&
        out.findIndex((x) => x.line === d.line && x.rule === "yaml-syntax") !== i
      ),
  );
}
