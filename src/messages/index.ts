/** Messages in the user's language: ids and parameters in the core, text at the CLI. */
export { msg, isMessage, LANGS, type Lang, type Message, type Param } from "./message.js";
export { translate } from "./translate.js";
export { chooseLang, isLang, langOfLocale } from "./choose-lang.js";
