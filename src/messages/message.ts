/**
 * A message is an id of the catalogue (src/messages/catalogue/) and its parameters, not yet text:
 * the CLI renders it in the user's language (`translate`). Parameters are names, numbers and
 * code as they are, or messages of their own (a phrase inside a sentence).
 */
export type Lang = "en" | "vi";
export const LANGS: readonly Lang[] = ["en", "vi"];

export type Param = string | number | Message;

export interface Message {
  id: string;
  params?: Record<string, Param>;
}

export function msg(id: string, params?: Record<string, Param>): Message {
  return params ? { id, params } : { id };
}

export function isMessage(x: unknown): x is Message {
  return typeof x === "object" && x !== null && typeof (x as Message).id === "string";
}
