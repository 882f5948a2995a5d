/**
 * YAML text → a `yaml` Document that keeps node positions, plus diagnostics for syntax errors,
 * duplicate keys, tabs and alias bombs. Positions come from the `yaml` package's LineCounter.
 */
import { isAlias, LineCounter, parseDocument, visit, type Document } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { addYamlHints } from "./yaml-hints.js";
import { yamlDetail } from "./yaml-detail.js";
import { msg, type Message } from "../messages/index.js";

export interface YamlFile {
  file: string;
  text: string;
  /** The text as written: before NFC normalisation (decode-text.ts); the lints read it. */
  written: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

const MAX_DEPTH = 64;
/** More aliases than this is an expansion attack ("billion laughs"), not a report. */
const MAX_ALIASES = 50;

/** The yaml package's messages, reworded where they talk about its API or mislead. */
function wording(code: string, first: string): { message: Message; hint?: Message } {
  if (code === "MULTIPLE_DOCS") return { message: msg("yaml.multiple-docs"), hint: msg("yaml.multiple-docs.hint") };
  if (code === "TAG_RESOLVE_FAILED") {
    const tag = first.replace(/^Unresolved tag: /i, "").replace("tag:yaml.org,2002:", "!!");
    return { message: msg("yaml.tag", { tag }), hint: msg("yaml.tag.hint") };
  }
  if (/stack size/i.test(first)) return { message: msg("yaml.too-deep", { max: MAX_DEPTH }) };
  const message = msg("yaml.invalid", { detail: yamlDetail(code, first) });
  if (code === "DUPLICATE_KEY") return { message, hint: msg("yaml.duplicate-key.hint") };
  if (code === "TAB_AS_INDENT" || /tab/i.test(first)) return { message, hint: msg("yaml.tab.hint") };
  if (/quote/i.test(first)) return { message, hint: msg("yaml.quote.hint") };
  if (code === "BAD_INDENT" || code === "MISSING_CHAR") return { message, hint: msg("yaml.indent.hint") };
  return { message };
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || !value || typeof value !== "object") return depth;
  // A loop, not Math.max(...list): a list of a few hundred thousand items would overflow the stack.
  let deepest = depth;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, depthOf(v, depth + 1));
    if (deepest > MAX_DEPTH) break;
  }
  return deepest;
}

export function parseYaml(
  file: string,
  text: string,
  written = text,
): { yaml?: YamlFile; data?: unknown; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    merge: false,
  });
  const diagnostics: Diagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(e.pos[0]);
    // An unresolved tag is only a warning to the yaml package; bcreport has no use for tags.
    const isError = doc.errors.includes(e as never) || e.code === "TAG_RESOLVE_FAILED";
    const first = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    const { message, hint } = wording(e.code, first);
    diagnostics.push(
      diagnostic({
        severity: isError ? "error" : "warning",
        file,
        line: pos.line,
        column: pos.col,
        rule:
          e.code === "DUPLICATE_KEY"
            ? "yaml-duplicate-key"
            : /stack size/i.test(first)
              ? "yaml-too-deep"
              : "yaml-syntax",
        message,
        hint,
      }),
    );
  }
  // An alias is written `*name`: a text without a `*` has none to count.
  const bomb = text.includes("*") ? aliasBomb(file, doc, lines) : undefined;
  if (bomb) diagnostics.push(bomb);
  if (diagnostics.some((d) => d.severity === "error"))
    return { diagnostics: addYamlHints(preferTabProblems(file, text, diagnostics), text) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    diagnostics.push(
      diagnostic({
        file,
        line: 1,
        column: 1,
        rule: "yaml-syntax",
        message: msg("yaml.invalid", { detail: yamlDetail("", detail.split("\n")[0]!) }),
        hint: /alias/i.test(detail) ? msg("yaml.aliases.hint") : undefined,
      }),
    );
    return { diagnostics };
  }
  if (depthOf(data) > MAX_DEPTH) {
    diagnostics.push(
      diagnostic({
        file,
        line: 1,
        column: 1,
        rule: "yaml-too-deep",
        message: msg("yaml.too-deep", { max: MAX_DEPTH }),
      }),
    );
    return { diagnostics };
  }
  return { yaml: { file, text, written, doc, lines }, data, diagnostics };
}

/** Aliases (`*name`) beyond MAX_ALIASES: point at the first one over the limit rather than failing in toJS. */
function aliasBomb(file: string, doc: Document.Parsed, lines: LineCounter): Diagnostic | undefined {
  let count = 0;
  let at: number | undefined;
  visit(doc, {
    Alias(_, node) {
      count++;
      if (count > MAX_ALIASES && at === undefined && isAlias(node)) at = node.range?.[0] ?? 0;
    },
  });
  if (at === undefined) return undefined;
  const pos = lines.linePos(at);
  return diagnostic({
    file,
    line: pos.line,
    column: pos.col,
    rule: "yaml-aliases",
    message: msg("yaml.aliases", { max: MAX_ALIASES, count }),
    hint: msg("yaml.aliases.hint"),
  });
}

/** A tab in indentation makes the YAML parser report confusing follow-on errors: say what it is instead. */
function preferTabProblems(file: string, text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const tabs: Diagnostic[] = [];
  text.split("\n").forEach((line, i) => {
    const lead = /^[ \t]*/.exec(line)![0];
    const tab = lead.indexOf("\t");
    if (tab >= 0 && line.trim() !== "") {
      tabs.push(
        diagnostic({
          file,
          line: i + 1,
          column: tab + 1,
          rule: "yaml-tab",
          message: msg("yaml.tab"),
          hint: msg("yaml.tab.editor-hint"),
        }),
      );
    }
  });
  return tabs.length ? tabs : diagnostics;
}
