/**
 * YAML text → a `yaml` Document that keeps node positions, plus diagnostics for syntax errors,
 * duplicate keys, tabs and alias bombs. Positions come from the `yaml` package's LineCounter.
 */
import { LineCounter, parseDocument, type Document } from "yaml";
import type { Diagnostic } from "../diagnostics.js";

export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

const MAX_DEPTH = 64;

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH) return depth;
  if (Array.isArray(value)) return Math.max(depth, ...value.map((v) => depthOf(v, depth + 1)));
  if (value && typeof value === "object") return Math.max(depth, ...Object.values(value).map((v) => depthOf(v, depth + 1)));
  return depth;
}

export function parseYaml(file: string, text: string): { yaml?: YamlFile; data?: unknown; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true, merge: false });
  const diagnostics: Diagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(e.pos[0]);
    const isError = doc.errors.includes(e as never);
    const first = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    const hint =
      e.code === "DUPLICATE_KEY"
        ? "each key may appear only once in a mapping; merge the two values"
        : e.code === "TAB_AS_INDENT" || /tab/i.test(first)
          ? "indent with spaces, not tabs"
          : e.code === "BAD_INDENT" || e.code === "MISSING_CHAR"
            ? "check the indentation of this line against the lines above"
            : undefined;
    diagnostics.push({
      severity: isError ? "error" : "warning",
      file,
      line: pos.line,
      column: pos.col,
      rule: e.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax",
      message: `invalid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`,
      ...(hint ? { hint } : {}),
    });
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: preferTabProblems(file, text, diagnostics) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    diagnostics.push({
      severity: "error",
      file,
      line: 1,
      column: 1,
      rule: "yaml-syntax",
      message: `invalid YAML: ${msg.split("\n")[0]}`,
      hint: /alias/i.test(msg) ? "YAML anchors and aliases are not needed in bcreport files; write the values out" : undefined,
    } as Diagnostic);
    return { diagnostics };
  }
  if (depthOf(data) > MAX_DEPTH) {
    diagnostics.push({ severity: "error", file, line: 1, column: 1, rule: "yaml-too-deep", message: `expected at most ${MAX_DEPTH} levels of nesting, found more` });
    return { diagnostics };
  }
  return { yaml: { file, text, doc, lines }, data, diagnostics };
}

/** A tab in indentation makes the YAML parser report confusing follow-on errors: say what it is instead. */
function preferTabProblems(file: string, text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const tabs: Diagnostic[] = [];
  text.split("\n").forEach((line, i) => {
    const lead = /^[ \t]*/.exec(line)![0];
    const tab = lead.indexOf("\t");
    if (tab >= 0 && line.trim() !== "") {
      tabs.push({ severity: "error", file, line: i + 1, column: tab + 1, rule: "yaml-tab", message: "expected spaces for indentation, found a tab", hint: "indent with spaces, not tabs (set your editor to insert spaces)" });
    }
  });
  return tabs.length ? tabs : diagnostics;
}
