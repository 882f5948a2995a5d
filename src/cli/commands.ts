/** Registry of the commands other than `build` (check, status, new, init, codeowners, diff). */
import type { Command } from "commander";
import type { CliIo } from "./io.js";

export function registerCommands(_program: Command, _io: CliIo, _setCode: (c: number) => void): void {
  // Filled in as the contribution workflow lands (issue 4).
}
