/** What the CLI talks to: injected so tests drive `main` in-process and capture output. */
import { msg, translate, type Lang, type Param } from "../messages/index.js";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour and tables for a terminal; plain text otherwise. */
  isTTY: boolean;
  /** The language to speak (`main` sets it: --lang, `lang:` in bcreport.yaml, the locale); English when unset. */
  lang?: Lang;
}

/** A line of the catalogue in the run's language. */
export const say = (io: Pick<CliIo, "lang">, id: string, params?: Record<string, Param>) =>
  translate(msg(id, params), io.lang ?? "en");

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
