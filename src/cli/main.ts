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

export async function main(argv: string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command("bcreport")
    .description("Compile Vietnamese periodic reports (báo cáo định kỳ) from unit fragments into Decree-30 DOCX and PDF")
    .version(VERSION, "-V, --version")
    .addOption(new Option("-C, --dir <dir>", "the department repository (where bcreport.yaml is)").default("."))
    .exitOverride()
    .showHelpAfterError("(run `bcreport --help` for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (s, write) => write(s) });
  const setCode = (c: number) => {
    code = c;
  };
  registerBuild(program, io, setCode);
  registerCommands(program, io, setCode);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
