/** Runs the CLI's `main` in-process, as the bin would, with an in-memory io: its exit code and what it printed. */
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

export async function runMain(args: string[], cwd: string, extra: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: {},
    isTTY: false,
    ...extra,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
