/**
 * Makes the parts the `docx` package writes independent of the clock and of
 * its random ids: the core-properties dates come from the model's epoch,
 * hyperlink relationships (random nanoid ids) are renumbered in part order, and
 * so are drawing ids (`wp:docPr id`, from a counter the package keeps for the
 * whole process: a second build in the same process numbered its figures on).
 */
import { strFromU8, strToU8 } from "fflate";
import type { Unzipped } from "fflate";

const CORE = "docProps/core.xml";
const STABLE_ID = /^rId\d+$/;

/** 1700438400 → "2023-11-20T00:00:00Z" (whole seconds, as core properties write them). */
export const isoFromEpoch = (seconds: number): string =>
  new Date(Math.floor(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");

export function normalizeParts(parts: Unzipped, epochSeconds: number): Unzipped {
  const out: Unzipped = { ...parts };
  const core = out[CORE];
  if (core) out[CORE] = strToU8(setCoreDates(strFromU8(core), isoFromEpoch(epochSeconds)));
  for (const name of Object.keys(out)) {
    const owner = ownerOfRels(name);
    const rels = out[name];
    const part = owner === undefined ? undefined : out[owner];
    if (owner === undefined || !rels || !part) continue;
    const renamed = renumberRelationships(strFromU8(rels), strFromU8(part));
    out[name] = strToU8(renamed.rels);
    out[owner] = strToU8(renamed.part);
  }
  renumberDrawings(out);
  return out;
}

/** `wp:docPr id` 1, 2, … through the XML parts in name order (the ids must differ within a document). */
function renumberDrawings(parts: Unzipped): void {
  let next = 1;
  for (const name of Object.keys(parts).sort()) {
    if (!/^word\/[^/]+\.xml$/.test(name)) continue;
    const xml = strFromU8(parts[name]!);
    if (!xml.includes("<wp:docPr ")) continue;
    parts[name] = strToU8(xml.replace(/(<wp:docPr [^>]*?\bid=")\d+"/g, (_, head: string) => `${head}${next++}"`));
  }
}

export function setCoreDates(xml: string, iso: string): string {
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
}

/** "word/_rels/document.xml.rels" → "word/document.xml". */
export function ownerOfRels(name: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
  return match ? `${match[1]}${match[2]}` : undefined;
}

/**
 * Gives every relationship with a non-"rIdN" id a stable one, in the order the .rels part lists
 * them. One pass over each part whatever the number of links (it was one pass per link: 4,000
 * links took 10 s).
 */
export function renumberRelationships(rels: string, part: string): { rels: string; part: string } {
  const ids = [...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"/g)].map((m) => m[1] ?? "");
  const taken = new Set(ids);
  const stableOf = new Map<string, string>();
  let next = 1;
  for (const id of ids) {
    if (STABLE_ID.test(id) || stableOf.has(id)) continue;
    let stable = `rIdLink${next++}`;
    while (taken.has(stable)) stable = `rIdLink${next++}`;
    taken.add(stable);
    stableOf.set(id, stable);
  }
  if (stableOf.size === 0) return { rels, part };
  const rename = (attr: string) => (text: string) =>
    text.replace(new RegExp(`\\b${attr}="([^"]+)"`, "g"), (whole, id: string) => {
      const stable = stableOf.get(id);
      return stable === undefined ? whole : `${attr}="${stable}"`;
    });
  return { rels: rename("Id")(rels), part: rename("r:id")(part) };
}
