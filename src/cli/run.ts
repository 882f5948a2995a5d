/**
 * The process boundary: run `main` and turn any unexpected exception into exit 70 with one
 * "this is a bug" message in the run's language — never a raw stack trace.
 */
import { msg, translate, type Lang } from "../messages/index.js";
import { cliLang } from "./choose-cli-lang.js";
import { EXIT } from "./exit-codes.js";
import { processIo } from "./io.js";
import { main } from "./main.js";
import { VERSION } from "./version.js";

export function internalErrorMessage(e: unknown, lang: Lang = "en"): string {
  const say = (id: string, params?: Record<string, string>) => translate(msg(id, params), lang);
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const where =
    e instanceof Error && e.stack
      ? e.stack
          .split("\n")
          .slice(1, 4)
          .map((l) => l.trim())
          .join(" | ")
      : "";
  return (
    `${say("cli.internal.bug")}\n` +
    `  ${what}\n` +
    (where ? `  ${say("cli.internal.at", { where })}\n` : "") +
    `  ${say("cli.internal.report", { version: VERSION, node: process.version })}\n`
  );
}

/** The language to report a crash in; English if even that cannot be decided. */
function crashLang(argv: readonly string[], io: ReturnType<typeof processIo>): Lang {
  try {
    return cliLang(argv, io);
  } catch {
    return "en";
  }
}

export async function run(argv: string[]): Promise<void> {
  const io = processIo();
  let code: number;
  try {
    code = await main(argv, io);
  } catch (e) {
    io.stderr(internalErrorMessage(e, crashLang(argv, io)));
    code = EXIT.internal;
  }
  process.exitCode = code;
}

export { main } from "./main.js";
