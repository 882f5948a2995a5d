/** What the CLI talks to: injected so tests drive `main` in-process and capture output. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour and tables for a terminal; plain text otherwise. */
  isTTY: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/**
 * Whether to print colour: FORCE_COLOR (any value but 0 or false) forces it — as CI logs that
 * render colour ask — NO_COLOR turns it off, otherwise a terminal gets it.
 */
export function useColour(io: Pick<CliIo, "env" | "isTTY">): boolean {
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined) return !["0", "false"].includes(force.toLowerCase());
  if (io.env["NO_COLOR"]) return false;
  return io.isTTY;
}
