/**
 * Messages to text with i18next: one instance, made at the first message, holding the whole
 * catalogue in both languages (it is small: a few hundred short strings).
 */
import { createInstance, type i18n } from "i18next";
import { CATALOGUE } from "./catalogue/index.js";
import type { Text } from "./catalogue/entry.js";
import { isMessage, type Lang, type Message, type Param } from "./message.js";

let instance: i18n | undefined;

function resources(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (id: string, text: Text) => {
    if (typeof text === "string") out[id] = text;
    else {
      out[`${id}_one`] = text.one;
      out[`${id}_other`] = text.other;
      out[id] = text.other;
    }
  };
  for (const [id, entry] of Object.entries(CATALOGUE)) put(id, entry[lang]);
  return out;
}

function i18next(): i18n {
  if (instance) return instance;
  instance = createInstance();
  void instance.init({
    resources: { en: { translation: resources("en") }, vi: { translation: resources("vi") } },
    lng: "en",
    fallbackLng: "en",
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** The text of a message in a language; an id missing from the catalogue is a bug, shown as the id. */
export function translate(message: Message, lang: Lang): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(message.params ?? {})) params[k] = render(v, lang);
  return i18next().t(message.id, { ...params, lng: lang });
}

function render(p: Param, lang: Lang): string | number {
  return isMessage(p) ? translate(p, lang) : p;
}
