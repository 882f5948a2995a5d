/**
 * The language of a run: `--lang`, then `lang:` in bcreport.yaml, then the locale of the
 * environment (the first set of LC_ALL, LC_MESSAGES, LANG, as POSIX reads them), then English.
 */
import { LANGS, type Lang } from "./message.js";

export const isLang = (x: unknown): x is Lang => typeof x === "string" && (LANGS as readonly string[]).includes(x);

/** `vi_VN.UTF-8`, `vi`, `vi-VN` → vi; any other locale (C, POSIX, en_US.UTF-8…) → en. */
export function langOfLocale(locale: string): Lang {
  return /^vi([_\-.@]|$)/i.test(locale) ? "vi" : "en";
}

export function chooseLang(
  flag: Lang | undefined,
  config: Lang | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (flag) return flag;
  if (config) return config;
  const locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].find((v) => v !== undefined && v !== "");
  return locale ? langOfLocale(locale) : "en";
}
