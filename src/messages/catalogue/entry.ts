/**
 * One catalogue entry: the English and the Vietnamese text of a message id. `{{name}}` is a
 * parameter, `{{n, number}}` a number written the language's way (1,234 / 1.234); a text that
 * depends on a count `{{count}}` is `{ one, other }` (Vietnamese has one form).
 */
export type Text = string | { one: string; other: string };
export interface Entry {
  en: Text;
  vi: Text;
}
export type Catalogue = Record<string, Entry>;
