/**
 * The preview's HTTP server (node:http). It answers only a fixed set of paths — the page, its
 * two assets, the state, the rendered report (PDF), pdf.js and the event stream — so no other file of the
 * machine can be fetched; it refuses foreign Host headers (host-check.ts) and every method but
 * GET and HEAD. Updates reach the page as server-sent events (`EventSource` in the browser).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { msg, translate, type Lang } from "../messages/index.js";
import { hostAllowed } from "./host-check.js";
import { pageHtml, pageState } from "./page-texts.js";
import type { PreviewState } from "./preview-state.js";

export interface PreviewSource {
  readonly state: PreviewState;
  pdf(index: number): Uint8Array | undefined;
}

/** The page's files, served from the package (preview-page/ at its root; no build step), and pdf.js. */
const PAGE_DIR = new URL("../../preview-page/", import.meta.url);
const PDFJS = () => dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const JS = "text/javascript; charset=utf-8";
const ASSETS: Record<string, { file: () => string; type: string }> = {
  "/": { file: () => fileURLToPath(new URL("index.html", PAGE_DIR)), type: "text/html; charset=utf-8" },
  "/preview.js": { file: () => fileURLToPath(new URL("preview.js", PAGE_DIR)), type: JS },
  "/preview.css": { file: () => fileURLToPath(new URL("preview.css", PAGE_DIR)), type: "text/css; charset=utf-8" },
  "/pdfjs/pdf.min.mjs": { file: () => join(PDFJS(), "build", "pdf.min.mjs"), type: JS },
  "/pdfjs/pdf.worker.min.mjs": { file: () => join(PDFJS(), "build", "pdf.worker.min.mjs"), type: JS },
};

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cache-Control": "no-store",
  "Content-Security-Policy":
    "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data: blob:; " +
    "font-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

export interface PreviewServer {
  server: Server;
  /** Send the current state to every open page. */
  broadcast(): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

/** Where to listen, and the language of the page (index.html's texts and the problems it lists). */
export interface ServerOptions {
  host: string;
  port: () => number;
  lang?: Lang;
}

export function previewServer(source: PreviewSource, where: ServerOptions): PreviewServer {
  const lang = where.lang ?? "en";
  const clients = new Set<ServerResponse>();
  const state = () => JSON.stringify(pageState(source.state, lang));
  const event = () => `event: state\ndata: ${state()}\n\n`;
  const assets = new Map<string, Buffer>();
  const asset = (path: string, file: () => string) => {
    if (!assets.has(path)) {
      const bytes = readFileSync(file());
      assets.set(path, path === "/" ? Buffer.from(pageHtml(bytes.toString("utf8"), lang)) : bytes);
    }
    return assets.get(path)!;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const text = (status: number, id: string) =>
      send(res, status, "text/plain; charset=utf-8", translate(msg(id), lang) + "\n", req.method === "HEAD");
    if (!hostAllowed(req.headers.host, where.host, where.port())) return text(403, "preview.http.forbidden");
    if (req.method !== "GET" && req.method !== "HEAD") return text(405, "preview.http.method");
    const path = (req.url ?? "").split("?")[0]!;
    const head = req.method === "HEAD";
    const a = ASSETS[path];
    if (a) return send(res, 200, a.type, asset(path, a.file), head);
    if (path === "/state.json") {
      return send(res, 200, "application/json; charset=utf-8", state(), head);
    }
    const pdf = /^\/report\/(0|[1-9]\d{0,3})\.pdf$/.exec(path);
    if (pdf) {
      const body = source.pdf(Number(pdf[1]));
      if (body === undefined) return text(404, "preview.http.not-found");
      return send(res, 200, "application/pdf", Buffer.from(body.buffer, body.byteOffset, body.byteLength), head);
    }
    if (path === "/events") {
      const type = "text/event-stream; charset=utf-8";
      res.writeHead(200, { ...SECURITY_HEADERS, "Content-Type": type, Connection: "keep-alive" });
      res.write(event());
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    return text(404, "preview.http.not-found");
  };

  const server = createServer(handle);
  server.keepAliveTimeout = 1000;
  return {
    server,
    broadcast() {
      const e = event();
      for (const c of clients) c.write(e);
    },
    close() {
      for (const c of clients) c.end();
      clients.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
