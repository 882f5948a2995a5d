/**
 * A minimal Language Server Protocol client over stdio (Content-Length framing, JSON-RPC 2.0),
 * enough to drive yaml-language-server as an editor does: requests with responses, notifications
 * both ways, and answers to the server's own requests (configuration, capability registration).
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly listeners: Array<(m: Message) => void> = [];
  readonly notifications: Message[] = [];

  constructor(
    command: string,
    args: string[],
    private readonly settings: unknown,
  ) {
    this.child = spawn(command, args, { stdio: "pipe" });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.resume();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString("ascii"))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(m: Message): void {
    if (m.method === undefined && m.id !== undefined) return this.pending.get(m.id)?.(m);
    if (m.id !== undefined) {
      // A request from the server: the settings for every configuration item, null for the rest.
      const items = (m.params as { items?: unknown[] } | undefined)?.items;
      const result = m.method === "workspace/configuration" ? (items ?? []).map(() => this.settings) : null;
      return this.send({ id: m.id, result });
    }
    this.notifications.push(m);
    for (const l of this.listeners) l(m);
  }

  private send(m: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...m }), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result as T)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first notification (already received or to come) that `accept` takes. */
  waitFor(accept: (m: Message) => boolean, timeoutMs = 20_000): Promise<Message> {
    const seen = this.notifications.find(accept);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("timed out waiting for the language server")), timeoutMs);
      this.listeners.push((m) => {
        if (!accept(m)) return;
        clearTimeout(timer);
        resolve(m);
      });
    });
  }

  async close(): Promise<void> {
    await this.request("shutdown", null).catch(() => undefined);
    this.notify("exit", null);
    this.child.stdin.end();
    if (this.child.exitCode === null) await new Promise((r) => this.child.once("exit", r));
  }
}
