/**
 * A problem outside the repository's text — git, the file system — that a use case throws rather than
 * returns: a catalogue message and hint, which the CLI prints in the user's language (`error.text`,
 * `error.hint`). `Error.message` is the English text, for logs and for anything that only logs it.
 */
import { translate, type Message } from "../messages/index.js";

export class ProblemError extends Error {
  constructor(
    readonly text: Message,
    readonly hint?: Message,
  ) {
    super(translate(text, "en"));
    this.name = "ProblemError";
  }
}
