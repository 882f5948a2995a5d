/**
 * What a link in a report may point at. A printed report links to web pages and e-mail
 * addresses; anything else is refused before it reaches a writer: an empty target (`[text]()`
 * made Typst fail), a target longer than a reader could check, and other schemes — `file:`,
 * a UNC path `\\server\share` (clicked in Word on Windows it opens an SMB connection),
 * `javascript:`, or a path relative to nothing a DOCX or PDF has.
 */

export const MAX_LINK_LENGTH = 2000;

const ALLOWED = /^(?:https?:\/\/[^/\s]|mailto:[^\s])/i;

/** The message and hint for a link target a report cannot hold; undefined when it can. */
export function linkTargetProblem(url: string): { message: string; hint: string } | undefined {
  if (url.trim() === "") {
    return { message: "expected a link target between `(` and `)` — found none", hint: "write the address, `[text](https://…)`, or leave out the brackets to print plain text" };
  }
  if (url.length > MAX_LINK_LENGTH) {
    return { message: `expected a link target of at most ${MAX_LINK_LENGTH} characters — found ${url.length}`, hint: "link to a shorter address (a page that holds the rest)" };
  }
  if (!ALLOWED.test(url)) {
    const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
    return {
      message: `expected a link starting with http://, https:// or mailto: — found \`${JSON.stringify(shown).slice(1, -1)}\``,
      hint: "a report links only to web pages and e-mail addresses; write the full address (`https://…`) or the path as plain text",
    };
  }
  return undefined;
}
