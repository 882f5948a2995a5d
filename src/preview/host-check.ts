/**
 * DNS-rebinding protection, as Vite and webpack-dev-server do it: a request is answered only when
 * its Host header names this server — `localhost`, an IP address (which no DNS answer can stand
 * for), or the host given with `--host` — with the server's port.
 */
import { isIP } from "node:net";

export function hostAllowed(header: string | undefined, boundHost: string, port: number): boolean {
  if (header === undefined || header === "") return false;
  let url: URL;
  try {
    url = new URL(`http://${header}`);
  } catch {
    return false;
  }
  if (url.username || url.password || url.pathname !== "/" || url.search || url.hash) return false;
  if (Number(url.port || "80") !== port) return false;
  const name = url.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return name === "localhost" || name.endsWith(".localhost") || isIP(name) !== 0 || name === boundHost.toLowerCase();
}
