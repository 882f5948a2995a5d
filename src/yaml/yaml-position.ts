/**
 * Map a data path (keys and indices) back to a position in the YAML source, so schema and
 * semantic errors point at the exact node the user wrote.
 */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import type { Position } from "../diagnostics/diagnostic.js";
import type { YamlFile } from "./parse-yaml.js";

export type DataPath = ReadonlyArray<string | number>;

function child(node: unknown, key: string | number): { pair?: Pair; node?: unknown } {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
    return pair ? { pair, node: pair.value } : {};
  }
  if (isSeq(node) && typeof key === "number") return { node: node.items[key] };
  return {};
}

function startOf(y: YamlFile, node: unknown): Position | undefined {
  const range = (node as Node | undefined)?.range;
  if (!range) return undefined;
  const p = y.lines.linePos(range[0]);
  return { line: p.line, column: p.col };
}

/**
 * Position of the value at `path`; with `key: true`, of its key instead (for unknown keys).
 * Falls back to the deepest node that exists, then to the document start.
 */
export function positionOf(y: YamlFile, path: DataPath, opts: { key?: boolean } = {}): Position {
  let node: unknown = y.doc.contents;
  let best = startOf(y, node) ?? { line: 1, column: 1 };
  for (let i = 0; i < path.length; i++) {
    const next = child(node, path[i]!);
    if (next.node === undefined && !next.pair) return best;
    const last = i === path.length - 1;
    if (last && opts.key && next.pair && isPair(next.pair)) return startOf(y, next.pair.key) ?? best;
    node = next.node;
    best = startOf(y, node) ?? (next.pair ? startOf(y, next.pair.key) : undefined) ?? best;
  }
  return best;
}

/**
 * A mapper from positions inside a string scalar to file positions. Exact for block scalars
 * (`|`, `>`) and single-line plain or quoted scalars; multi-line flow scalars map to the line
 * of the text with the scalar's indentation, which is close enough to find the place.
 */
export function scalarMapper(y: YamlFile, path: DataPath): (line: number, column: number) => Position {
  let node: unknown = y.doc.contents;
  for (const k of path) node = child(node, k).node;
  if (!isScalar(node) || !node.range) return () => positionOf(y, path);
  const start = y.lines.linePos(node.range[0]);
  const type = node.type;
  if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
    // Content starts on the line after the indicator; its indentation is that of the first non-empty line.
    const lines = y.text.split("\n");
    const first = start.line; // 1-based line of the indicator; content starts at first + 1
    let indent = 0;
    for (let i = first; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.trim() === "") continue;
      indent = l.length - l.trimStart().length;
      break;
    }
    return (line, column) => ({ line: first + line, column: column + indent });
  }
  const quoted = type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE" ? 1 : 0;
  return (line, column) =>
    line <= 1 ? { line: start.line, column: start.col + quoted + column - 1 } : { line: start.line + line - 1, column };
}
