/**
 * What a link in a report may point at. A printed report links to web pages and e-mail
 * addresses; anything else is refused before it reaches a writer: an empty target (`[text]()`
 * made Typst fail), a target longer than a reader could check, and other schemes — `file:`,
 * a UNC path `\\server\share` (clicked in Word on Windows it opens an SMB connection),
 * `javascript:`, or a path relative to nothing a DOCX or PDF has.
 */

import { msg, type Message } from "../messages/index.js";

export const MAX_LINK_LENGTH = 2000;

const ALLOWED = /^(?:https?:\/\/[^/\s]|mailto:[^\s])/i;

/** The message and hint for a link target a report cannot hold; undefined when it can. */
export function linkTargetProblem(url: string): { message: Message; hint: Message } | undefined {
  if (url.trim() === "") {
    return { message: msg("markdown.link-empty"), hint: msg("markdown.link-empty.hint") };
  }
  if (url.length > MAX_LINK_LENGTH) {
    return {
      message: msg("markdown.link-too-long", { max: MAX_LINK_LENGTH, length: url.length }),
      hint: msg("markdown.link-too-long.hint"),
    };
  }
  if (!ALLOWED.test(url)) {
    const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
    return {
      message: msg("markdown.link-scheme", { target: JSON.stringify(shown).slice(1, -1) }),
      hint: msg("markdown.link-scheme.hint"),
    };
  }
  return undefined;
}
