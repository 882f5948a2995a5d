/**
 * The preview server's refusals: nothing outside its fixed set of paths, no request addressed to
 * another host (DNS rebinding), no second server on a taken port (exit 2); and a clean Ctrl-C.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { hostAllowed } from "../src/preview/host-check.js";
import { startPreview, type Preview } from "../src/preview/start-preview.js";

const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang", import.meta.url));

/** A raw GET: the path is sent exactly as written (no URL normalisation), with any Host header. */
function get(
  port: number,
  path: string,
  host = `127.0.0.1:${port}`,
  method = "GET",
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers: { Host: host }, setHost: false }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("preview server", () => {
  let dir: string;
  let preview: Preview;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "bcreport-preview-server-"));
    cpSync(EXAMPLE, dir, { recursive: true });
    preview = await startPreview({
      root: dir,
      env: {},
      host: "127.0.0.1",
      port: 0,
      today: "2023-11-20",
      period: "2023-11",
    });
    port = Number(new URL(preview.url).port);
  });
  afterAll(async () => {
    await preview?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the page, its assets, the state and the rendered report", async () => {
    expect((await get(port, "/")).body).toContain("<title>bcreport preview</title>");
    expect((await get(port, "/preview.js")).status).toBe(200);
    expect((await get(port, "/preview.css")).status).toBe(200);
    const state = JSON.parse((await get(port, "/state.json")).body);
    expect(state).toMatchObject({ period: "2023-11", stale: false, documents: [{ kind: "monthly", pages: 5 }] });
    const pdf = await get(port, "/report/0.pdf?v=1");
    expect(pdf.status).toBe(200);
    expect(pdf.body).toMatch(/^%PDF-/);
    expect((await get(port, "/pdfjs/pdf.min.mjs")).status).toBe(200);
    expect((await get(port, "/pdfjs/pdf.worker.min.mjs")).status).toBe(200);
  });

  it.each([
    "/../package.json",
    "/..%2f..%2fpackage.json",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/preview.js/../../../bcreport.yaml",
    "/bcreport.yaml",
    "/reports/2023-11/monthly.yaml",
    "/report/1.pdf",
    "/report/../0.pdf",
    "/report/00.pdf",
    "/report/0.svg",
    "/pdfjs/pdf.mjs",
    "/pdfjs/../package.json",
    "/pdfjs/..%2f..%2fpackage.json",
    "//etc/passwd",
    "/index.html",
    "/preview-page/preview.js",
  ])("answers 404 for %s, a path outside the served set", async (path) => {
    const r = await get(port, path);
    expect(r.status).toBe(404);
    expect(r.body).toBe("not found\n");
  });

  it.each([
    "evil.example:PORT",
    "evil.example",
    "127.0.0.1:1",
    "localhost.evil.example:PORT",
    "",
    "user@127.0.0.1:PORT",
  ])("refuses a request with Host `%s` (403)", async (host) => {
    const r = await get(port, "/state.json", host.replace("PORT", String(port)));
    expect(r.status).toBe(403);
    expect(r.body).not.toContain("2023-11");
  });

  it("accepts localhost and loopback addresses in the Host header", async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`])
      expect((await get(port, "/", host)).status).toBe(200);
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await get(port, "/", undefined, "POST")).status).toBe(405);
  });

  it("says the port is taken and exits 2 when a second server starts on it", async () => {
    let stderr = "";
    const io = { stdout: () => {}, stderr: (t: string) => void (stderr += t), cwd: dir, env: {}, isTTY: false };
    const code = await main(["preview", "2023-11", "--port", String(port)], io);
    expect(code).toBe(2);
    expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    stderr = "";
    expect(await main(["preview", "2023-11", "--port", String(port), "--lang", "vi"], io)).toBe(2);
    expect(stderr).toContain(`lỗi: cổng ${port} trên 127.0.0.1 đang được dùng\n  gợi ý: dừng máy chủ kia`);
  });
});

describe("hostAllowed", () => {
  it("allows the bound host, localhost and IP literals on the server's port only", () => {
    expect(hostAllowed("reports.lan:8080", "reports.lan", 8080)).toBe(true);
    expect(hostAllowed("10.0.0.5:8080", "0.0.0.0", 8080)).toBe(true);
    expect(hostAllowed("reports.lan:8080", "0.0.0.0", 8080)).toBe(false);
    expect(hostAllowed("localhost:8081", "127.0.0.1", 8080)).toBe(false);
    expect(hostAllowed(undefined, "127.0.0.1", 8080)).toBe(false);
    expect(hostAllowed("127.0.0.1:8080/x", "127.0.0.1", 8080)).toBe(false);
  });
});
