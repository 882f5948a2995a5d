/**
 * Plain words, with the corrected line, for two schema errors unit staff meet most: a list or
 * `key: value` lines where a text is expected (the `|` was left out), and a date written
 * day/month/year.
 */
import { msg, type Message, type Param } from "../messages/index.js";

type Problem = { message: Message; hint: Message };

/** The message and hint of one mistake of the catalogue (`yaml-hint.<id>`). */
const say = (id: string, values: Record<string, Param>): Problem => ({
  message: msg(`yaml-hint.${id}`, values),
  hint: msg(`yaml-hint.${id}.hint`, values),
});

/** `name` is the field as printed (`carried[0].note`), `key` its last part. */
export function textExpected(name: string, key: string, found: unknown): Problem | undefined {
  if (Array.isArray(found)) return say("text-found-list", { name, key });
  if (found && typeof found === "object") return say("text-found-mapping", { name, key });
  return undefined;
}

/** `20/11/2023`, `20-11-2023`, `20.11.2023`, `20/11/23` → `2023-11-20`. */
function yearFirst(found: string): { date: string; month: string } | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\s*$/.exec(found);
  if (!m) return undefined;
  const [day, month] = [Number(m[1]), Number(m[2])];
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  const mm = String(month).padStart(2, "0");
  return { date: `${year}-${mm}-${String(day).padStart(2, "0")}`, month: `${year}-${mm}` };
}

export function dateForm(name: string, key: string, found: unknown): Problem {
  const text = String(found);
  const fixed = yearFirst(text);
  if (!fixed) return say("date-form-unknown", { name, key, found: text });
  return say("date-form", { name, key, found: text, fixed: `${key}: ${fixed.date}`, month: fixed.month });
}
