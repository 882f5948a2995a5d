/** A problem that is not a file's (git, the file system, the command line) as the CLI prints it, in the user's language. */
import { translate, type Message } from "../messages/index.js";
import { say, type CliIo } from "./io.js";

/** `error: <message>` and, when there is one, `  hint: <hint>`, each ending in a newline. */
export function problemLines(io: Pick<CliIo, "lang">, message: Message, hint?: Message): string {
  const lang = io.lang ?? "en";
  const head = `${say(io, "error")}: ${translate(message, lang)}\n`;
  return hint ? `${head}  ${say(io, "hint")}: ${translate(hint, lang)}\n` : head;
}
