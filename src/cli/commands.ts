/** Registry of the commands other than `build` (check, status, new, init, codeowners, diff). */
import type { Command } from "commander";
import type { CliIo } from "./io.js";
import { registerCheck } from "./command-check.js";
import { registerStatus } from "./command-status.js";

export function registerCommands(program: Command, io: CliIo, setCode: (c: number) => void): void {
  registerCheck(program, io, setCode);
  registerStatus(program, io, setCode);
}
