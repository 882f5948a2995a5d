/**
 * `bcreport preview` as a use case: build the period once, serve it, and rebuild on every save.
 * Returns a handle (its URL, the session, `stop`); the CLI prints and waits for Ctrl-C.
 */
import { CONFIG_FILE } from "../input/read-config.js";
import type { Lang } from "../messages/index.js";
import { loadConfig } from "../validate/load-config.js";
import { nodeWorld } from "../world.js";
import { cachingWorld } from "./caching-world.js";
import { PreviewSession, type SessionOptions } from "./preview-session.js";
import { previewServer } from "./preview-server.js";
import type { PreviewState } from "./preview-state.js";
import { watchInputs, type InputWatcher } from "./watch-inputs.js";

export interface PreviewOptions extends SessionOptions {
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  host: string;
  port: number;
  /** The language of the page; English when unset. */
  lang?: Lang;
  /** Called after every rebuild (the bench and tests time saves with it). */
  onUpdate?: (state: PreviewState, changed: string[]) => void;
  /** A rebuild failed with an exception (a bug); the preview keeps running. */
  onError?: (error: unknown) => void;
}

export interface Preview {
  url: string;
  session: PreviewSession;
  stop(): Promise<void>;
}

/** The port is taken: the CLI says so and exits 2. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly host: string,
  ) {
    super(`port ${port} on ${host} is already in use`);
    this.name = "PortInUseError";
  }
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const world = cachingWorld(nodeWorld(options.root, { ...options.env }));
  const session = new PreviewSession(world, options);
  await session.rebuild();

  let port = options.port;
  const server = previewServer(session, {
    host: options.host,
    port: () => port,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", (e: NodeJS.ErrnoException) => {
      reject(e.code === "EADDRINUSE" ? new PortInUseError(options.port, options.host) : e);
    });
    server.server.listen(options.port, options.host, () => resolve());
  });
  const address = server.server.address();
  if (address && typeof address === "object") port = address.port;

  // One rebuild at a time; saves during a rebuild are folded into the next one.
  let running: Promise<void> | undefined;
  let queued: string[] | undefined;
  const rebuild = async (changed: string[]): Promise<void> => {
    for (const f of changed) world.forget(f);
    if (changed.includes(CONFIG_FILE)) world.forget();
    const state = await session.rebuild();
    server.broadcast();
    options.onUpdate?.(state, changed);
  };
  const onChange = (events: string[]) => {
    const changed = [...new Set([...events, ...world.stale()])];
    if (changed.length === 0) return;
    if (running) {
      queued = [...(queued ?? []), ...changed];
      return;
    }
    running = (async () => {
      let next: string[] | undefined = changed;
      while (next) {
        await rebuild(next).catch((e: unknown) => options.onError?.(e));
        next = queued;
        queued = undefined;
      }
    })().finally(() => {
      running = undefined;
    });
  };

  const { config } = loadConfig(world);
  const watched = [CONFIG_FILE, config?.reportsDir ?? "reports", config?.templatesDir ?? "templates"];
  const watcher: InputWatcher = watchInputs(world.root, watched, onChange);
  await watcher.ready;

  const shown = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}/`,
    session,
    async stop() {
      await watcher.close();
      await running;
      await server.close();
    },
  };
}
