/**
 * `bcreport preview [period]`: serve the report's pages, problems and status on localhost and
 * update them on every save, until Ctrl-C.
 */
import type { Command } from "commander";
import { printDiagnostics } from "./report-diagnostics.js";
import { resolveToday } from "./command-status.js";
import { repoDir } from "./command-check.js";
import { parseList } from "./command-build.js";
import { EXIT } from "./exit-codes.js";
import type { CliIo } from "./io.js";

interface PreviewFlags {
  kind?: string[];
  port: string;
  host?: string;
}

const LOOPBACK = "127.0.0.1";

/** Resolves on the first Ctrl-C (SIGINT) or SIGTERM. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off("SIGINT", done);
      process.off("SIGTERM", done);
      resolve();
    };
    process.on("SIGINT", done);
    process.on("SIGTERM", done);
  });
}

export function registerPreview(
  program: Command,
  io: CliIo,
  setCode: (c: number) => void,
  stopped: () => Promise<void> = interrupted,
): void {
  program
    .command("preview")
    .description("show the report's pages, problems and status in the browser, updated on every save")
    .argument("[period]", "a period such as 2023-11 (default: the newest period folder)")
    .option("-k, --kind <kinds>", "only these report kinds (comma-separated, repeatable)", parseList)
    .option("--port <port>", "the port to listen on (0: any free port)", "5730")
    .option("--host <host>", `the address to listen on (default ${LOOPBACK}; others let other machines see the report)`)
    .action(async (period: string | undefined, flags: PreviewFlags) => {
      const port = Number(flags.port);
      if (!/^\d+$/.test(flags.port) || port > 65535) {
        io.stderr(`error: expected --port to be a number from 0 to 65535 — found \`${flags.port}\`\n`);
        return setCode(EXIT.usage);
      }
      const today = resolveToday(undefined, io.env);
      const host = flags.host ?? LOOPBACK;
      if (flags.host !== undefined && !["127.0.0.1", "::1", "localhost"].includes(host)) {
        const who = `anyone who can reach this machine on port ${port} can read the report`;
        io.stderr(`warning: listening on ${host}: ${who}\n`);
      }
      const { startPreview, PortInUseError } = await import("../preview/start-preview.js");
      let preview;
      try {
        preview = await startPreview({
          root: repoDir(program, io),
          env: io.env,
          host,
          port,
          today,
          ...(period !== undefined ? { period } : {}),
          ...(flags.kind ? { kinds: flags.kind } : {}),
          onUpdate: (state, changed) => {
            const errors = state.diagnostics.filter((d) => d.severity === "error").length;
            const what = errors ? `${errors} error(s), showing the last good pages` : "pages updated";
            io.stdout(`${changed.join(", ")} changed: ${what} (${state.took} ms)\n`);
          },
          onError: (e) => io.stderr(`bcreport: internal error — this is a bug: ${(e as Error).stack ?? String(e)}\n`),
        });
      } catch (e) {
        if (!(e instanceof PortInUseError)) throw e;
        io.stderr(`error: ${e.message}\n  hint: stop the other server, or choose another port with \`--port\`\n`);
        return setCode(EXIT.usage);
      }
      const state = preview.session.state;
      printDiagnostics(io, state.diagnostics);
      io.stdout(`preview of ${state.period ?? "(no period)"} at ${preview.url}  (Ctrl-C stops it)\n`);
      await stopped();
      await preview.stop();
      io.stdout("preview stopped\n");
      setCode(EXIT.ok);
    });
}
