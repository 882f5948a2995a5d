/**
 * The CLI: parse arguments with commander, run a command, print diagnostics, return the exit
 * code. Never calls process.exit; the bin does, with what this returns.
 */
import { Command, CommanderError, Option } from "commander";
import { EXIT } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { registerBuild } from "./command-build.js";
import { registerCommands } from "./commands.js";
import { VERSION } from "./version.js";
import { LANGS } from "../messages/index.js";
import { cliLang } from "./choose-cli-lang.js";
import { commanderError, localizeHelp } from "./localize-help.js";
import { say } from "./io.js";

export async function main(argv: string[], given: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const io: CliIo = { ...given, lang: given.lang ?? cliLang(argv, given) };
  const program = new Command("bcreport")
    .description(say(io, "cli.program"))
    .version(VERSION, "-V, --version", say(io, "cli.help.version"))
    .addOption(new Option("-C, --dir <dir>", say(io, "cli.option.dir")).default("."))
    .addOption(new Option("--lang <lang>", say(io, "cli.option.lang")).choices(LANGS))
    .exitOverride()
    .showHelpAfterError(say(io, "cli.help.after-error"))
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (s, write) => write(commanderError(s, io)),
    });
  localizeHelp(program, io);
  const setCode = (c: number) => {
    code = c;
  };
  registerBuild(program, io, setCode);
  registerCommands(program, io, setCode);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return EXIT.ok;
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
