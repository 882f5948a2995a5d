/** Registry of the commands other than `build` (check, status, new, init, codeowners, diff, schema, preview). */
import type { Command } from "commander";
import type { CliIo } from "./io.js";
import { registerCheck } from "./command-check.js";
import { registerStatus } from "./command-status.js";
import { registerNew } from "./command-new.js";
import { registerInit } from "./command-init.js";
import { registerCodeowners } from "./command-codeowners.js";
import { registerDiff } from "./command-diff.js";
import { registerSchema } from "./command-schema.js";
import { registerPreview } from "./command-preview.js";

export function registerCommands(program: Command, io: CliIo, setCode: (c: number) => void): void {
  registerCheck(program, io, setCode);
  registerStatus(program, io, setCode);
  registerNew(program, io, setCode);
  registerInit(program, io, setCode);
  registerCodeowners(program, io, setCode);
  registerDiff(program, io, setCode);
  registerSchema(program, io, setCode);
  registerPreview(program, io, setCode);
}
