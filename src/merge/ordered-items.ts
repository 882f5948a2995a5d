/**
 * A section several units write item by item: the items of its fragments (`items:`) in the order
 * the report file's `order` lists them (`<unit>.<item id>`), then any it does not list, unit by unit
 * (validate warns `item-unordered` about those).
 */
import type { Fragment } from "../input/fragment-types.js";
import type { FragmentProse } from "../markdown/prose.js";
import type { Block } from "../model/report.js";
import type { FootnoteNumbering } from "./number-footnotes.js";

export function orderedItems(
  fragments: readonly Fragment[],
  order: readonly string[],
  proseOf: (f: Fragment) => FragmentProse,
  footnotes: FootnoteNumbering,
): Block[] {
  const all = fragments.flatMap((f) =>
    [...proseOf(f).items.entries()].map(([id, blocks]) => ({ key: `${f.unit}.${id}`, blocks, prose: proseOf(f) })),
  );
  const byKey = new Map(all.map((item) => [item.key, item]));
  const listed = order.flatMap((key) => byKey.get(key) ?? []);
  const rest = all.filter((item) => !order.includes(item.key));
  return [...listed, ...rest].flatMap((item) => footnotes.blocks(item.blocks, item.prose.footnotes));
}
