/**
 * Re-packs a DOCX so the same parts always give the same bytes: a fixed entry
 * order ([Content_Types].xml, _rels/.rels, then the rest by name), a fixed
 * modification time and a fixed compression level.
 */
import { zipSync } from "fflate";
import type { Unzipped, Zippable } from "fflate";

/**
 * DOS time of every entry. A date-time without an offset is local time in
 * JavaScript, and fflate writes local fields, so this is 1980-01-01 00:00:00
 * in the archive whatever the machine's time zone.
 */
export const FIXED_MTIME = "1980-01-01T00:00:00";

const FIRST = ["[Content_Types].xml", "_rels/.rels"];

export function entryOrder(names: readonly string[]): string[] {
  const head = FIRST.filter((name) => names.includes(name));
  const rest = names.filter((name) => !FIRST.includes(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...head, ...rest];
}

export function deterministicZip(parts: Unzipped): Uint8Array {
  const ordered: Zippable = {};
  for (const name of entryOrder(Object.keys(parts))) {
    const data = parts[name];
    if (data) ordered[name] = [data, { level: 6, mtime: FIXED_MTIME }];
  }
  return zipSync(ordered);
}
