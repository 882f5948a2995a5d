/**
 * The cells of a ```table block as their writer typed them. YAML reads an unquoted `8.200` as the
 * number 8.2, `1.` as 1 and `~` as null, but 8.200 is eight thousand two hundred in Vietnamese and a
 * report prints what was written: every cell of `header`, `rows` and `total` (a scalar, or the `text`
 * of a cell mapping) takes its text from the YAML source. A quoted or block scalar keeps its value
 * (the text without the quotes); a plain one the text as written (`8.200`, `2.1.`, `0012`, `true`).
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Scalar } from "yaml";

const PARTS = ["header", "rows", "total"];

/** The node an alias points to; any other node as it is. */
const resolved = (node: unknown, doc: Document): unknown => (isAlias(node) ? node.resolve(doc) : node);

/** A scalar's text: its value when YAML read a text, the source of a plain number, boolean or null. */
const written = (node: Scalar): string =>
  typeof node.value === "string" ? node.value : (node.source ?? String(node.value));

/** `data` (the block's YAML as plain data) with each cell's text as written in `doc`. */
export function cellsAsWritten(data: unknown, doc: Document): unknown {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return data;
  const out: Record<string, unknown> = { ...data };
  for (const part of PARTS) {
    const rows = out[part];
    const rowsNode = resolved(doc.get(part, true), doc);
    if (!Array.isArray(rows) || !isSeq(rowsNode)) continue;
    out[part] = rows.map((row: unknown, r) => {
      const rowNode = resolved(rowsNode.items[r], doc);
      if (!Array.isArray(row) || !isSeq(rowNode)) return row;
      return row.map((cell: unknown, c) => {
        const node = resolved(rowNode.items[c], doc);
        if (isScalar(node)) return written(node);
        const text = isMap(node) ? resolved(node.get("text", true), doc) : undefined;
        return isScalar(text) && cell !== null && typeof cell === "object" ? { ...cell, text: written(text) } : cell;
      });
    });
  }
  return out;
}
