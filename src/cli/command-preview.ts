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
import { say, type CliIo } from "./io.js";

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
    .description(say(io, "cli.preview.description"))
    .argument("[period]", say(io, "cli.preview.period"))
    .option("-k, --kind <kinds>", say(io, "cli.kind-option"), parseList)
    .option("--port <port>", say(io, "cli.preview.port"), "5730")
    .option("--host <host>", say(io, "cli.preview.host", { loopback: LOOPBACK }))
    .action(async (period: string | undefined, flags: PreviewFlags) => {
      const port = Number(flags.port);
      if (!/^\d+$/.test(flags.port) || port > 65535) {
        io.stderr(`${say(io, "error")}: ${say(io, "cli.preview.bad-port", { port: flags.port })}\n`);
        return setCode(EXIT.usage);
      }
      const today = resolveToday(undefined, io.env, io);
      const host = flags.host ?? LOOPBACK;
      if (flags.host !== undefined && !["127.0.0.1", "::1", "localhost"].includes(host)) {
        io.stderr(`${say(io, "warning")}: ${say(io, "cli.preview.exposed", { host, port })}\n`);
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
          ...(io.lang ? { lang: io.lang } : {}),
          onUpdate: (state, changed) => {
            const errors = state.diagnostics.filter((d) => d.severity === "error").length;
            const what = errors ? say(io, "cli.preview.errors", { count: errors }) : say(io, "cli.preview.updated");
            io.stdout(say(io, "cli.preview.changed", { files: changed.join(", "), what, ms: state.took }) + "\n");
          },
          onError: (e) => io.stderr(say(io, "preview.rebuild-bug", { detail: (e as Error).stack ?? String(e) }) + "\n"),
        });
      } catch (e) {
        if (!(e instanceof PortInUseError)) throw e;
        const taken = say(io, "preview.port-in-use", { port: e.port, host: e.host });
        io.stderr(`${say(io, "error")}: ${taken}\n  ${say(io, "hint")}: ${say(io, "cli.preview.port-in-use.hint")}\n`);
        return setCode(EXIT.usage);
      }
      const state = preview.session.state;
      printDiagnostics(io, state.diagnostics);
      const shown = state.period ?? say(io, "cli.preview.no-period");
      io.stdout(say(io, "cli.preview.serving", { period: shown, url: preview.url }) + "\n");
      await stopped();
      await preview.stop();
      io.stdout(say(io, "cli.preview.stopped") + "\n");
      setCode(EXIT.ok);
    });
}
