/**
 * The process boundary: run `main` and turn any unexpected exception into exit 70 with one
 * "this is a bug" message — never a raw stack trace.
 */
import { EXIT } from "./exit-codes.js";
import { processIo } from "./io.js";
import { main } from "./main.js";
import { VERSION } from "./version.js";

export function internalErrorMessage(e: unknown): string {
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
    `bcreport: internal error — this is a bug, not a problem with your files.\n` +
    `  ${what}\n` +
    (where ? `  at ${where}\n` : "") +
    `  Please report it with this message, the command you ran and bcreport ${VERSION} on Node ${process.version}.\n`
  );
}

export async function run(argv: string[]): Promise<void> {
  const io = processIo();
  let code: number;
  try {
    code = await main(argv, io);
  } catch (e) {
    io.stderr(internalErrorMessage(e));
    code = EXIT.internal;
  }
  process.exitCode = code;
}

export { main } from "./main.js";
