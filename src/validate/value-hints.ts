/**
 * Plain words, with the corrected line, for two schema errors unit staff meet most: a list or
 * `key: value` lines where a text is expected (the `|` was left out), and a date written
 * day/month/year.
 */
import { say, type Lang } from "../yaml/hint-messages.js";

type Problem = { message: string; hint: string };

/** `name` is the field as printed (`carried[0].note`), `key` its last part. */
export function textExpected(name: string, key: string, found: unknown, lang: Lang = "en"): Problem | undefined {
  if (Array.isArray(found)) return say("text-found-list", { name, key }, lang);
  if (found && typeof found === "object") return say("text-found-mapping", { name, key }, lang);
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

export function dateForm(name: string, key: string, found: unknown, lang: Lang = "en"): Problem {
  const text = String(found);
  const fixed = yearFirst(text);
  if (!fixed) return say("date-form-unknown", { name, key, found: text }, lang);
  return say("date-form", { name, key, found: text, fixed: `${key}: ${fixed.date}`, month: fixed.month }, lang);
}
