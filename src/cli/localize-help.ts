/** Commander's own words (help headings, placeholders, "default:", its usage errors) in the run's language. */
import { Help, type Command } from "commander";
import { say, type CliIo } from "./io.js";
import { HELP_TERMS } from "../messages/catalogue/cli-help.js";

const TITLES: Record<string, string> = {
  "Usage:": "cli.help.usage",
  "Options:": "cli.help.options",
  "Commands:": "cli.help.commands",
  "Arguments:": "cli.help.arguments",
  "Global Options:": "cli.help.global-options",
};

/** A placeholder name in the run's language: `dir` → `thư-mục`; a name the catalogue lacks stays as written. */
export function helpTerm(name: string, io: Pick<CliIo, "lang">): string {
  return HELP_TERMS.includes(name) ? say(io, `cli.help.term.${name}`) : name;
}

/** Every `<name>`, `[name]`, `[name...]` of a usage line or an option's flags, in the run's language. */
const placeholders = (text: string, io: Pick<CliIo, "lang">) =>
  text.replace(/([<[])([a-z][\w-]*)(\.\.\.)?([>\]])/g, (_, open, name, dots, close) => {
    return `${open}${helpTerm(name, io)}${dots ?? ""}${close}`;
  });

export function localizeHelp(program: Command, io: CliIo): void {
  program.configureHelp({
    styleTitle: (title) => (TITLES[title] ? say(io, TITLES[title]) : title),
    commandUsage(cmd) {
      return placeholders(Help.prototype.commandUsage.call(this, cmd), io);
    },
    subcommandTerm(cmd) {
      return placeholders(Help.prototype.subcommandTerm.call(this, cmd), io);
    },
    optionTerm(option) {
      return placeholders(Help.prototype.optionTerm.call(this, option), io);
    },
    argumentTerm(argument) {
      return helpTerm(Help.prototype.argumentTerm.call(this, argument), io);
    },
    optionDescription(option) {
      return Help.prototype.optionDescription
        .call(this, option)
        .replace(/\(default: /, `(${say(io, "cli.help.default")}: `)
        .replace(/choices: /, `${say(io, "cli.help.choices")}: `);
    },
    argumentDescription(argument) {
      return Help.prototype.argumentDescription
        .call(this, argument)
        .replace(/\(default: /, `(${say(io, "cli.help.default")}: `);
    },
  });
  program.helpOption("-h, --help", say(io, "cli.help.help-option"));
  program.helpCommand("help [command]", say(io, "cli.help.help-command"));
}

/** Commander's error line (`error: unknown option '--x'`…) in the run's language. */
export function commanderError(text: string, io: CliIo): string {
  if ((io.lang ?? "en") === "en") return text;
  const rules: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^error: unknown option '([^']+)'/, (m) => say(io, "cli.commander.unknown-option", { option: m[1]! })],
    [/^error: unknown command '([^']+)'/, (m) => say(io, "cli.commander.unknown-command", { command: m[1]! })],
    [
      /^error: missing required argument '([^']+)'/,
      (m) => say(io, "cli.commander.missing-argument", { argument: helpTerm(m[1]!, io) }),
    ],
    [
      /^error: option '([^']+)' argument missing/,
      (m) => say(io, "cli.commander.option-argument-missing", { option: m[1]! }),
    ],
    [
      /^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./,
      (m) => say(io, "cli.commander.too-many", { expected: m[2]!, got: m[3]! }),
    ],
    [
      /^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are ([^.]+)\./,
      (m) => say(io, "cli.commander.bad-choice", { option: m[1]!, value: m[2]!, choices: m[3]! }),
    ],
    [/^\(Did you mean ([^?]+)\?\)/, (m) => `(${say(io, "did-you-mean", { best: m[1]! }).replace(/`/g, "")})`],
  ];
  return text
    .split("\n")
    .map((line) => {
      for (const [re, to] of rules) {
        const m = re.exec(line);
        if (m) return line.replace(m[0], m[0].startsWith("error: ") ? `${say(io, "error")}: ${to(m)}` : to(m));
      }
      return line.replace(/^error: /, `${say(io, "error")}: `);
    })
    .join("\n");
}
