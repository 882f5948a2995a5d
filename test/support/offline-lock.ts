/**
 * A package-lock.json for a folder whose only dependency is the bcreport tarball `spec`, made
 * from this project's own lock: bcreport's dependencies at exactly the versions `npm ci` of the
 * project installed — so they are in npm's cache — and `npm ci --offline` needs no registry.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

type Entry = Record<string, unknown> & { dev?: boolean; devOptional?: boolean; link?: boolean };

export function offlineLock(project: string, name: string, spec: string, tarball: string): string {
  const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as {
    packages: Record<string, Entry>;
  };
  const pkg = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as Record<string, unknown>;
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  const packages: Record<string, Entry> = {
    "": { name, devDependencies: { bcreport: spec } },
    "node_modules/bcreport": {
      version: pkg["version"],
      resolved: spec,
      integrity,
      dev: true,
      license: pkg["license"],
      dependencies: pkg["dependencies"],
      bin: pkg["bin"],
      engines: pkg["engines"],
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === "" || path === "node_modules/bcreport" || entry.dev || entry.link) continue;
    const { devOptional: _d, ...rest } = entry;
    packages[path] = { ...rest, dev: true };
  }
  return JSON.stringify({ name, lockfileVersion: 3, requires: true, packages }, null, 2) + "\n";
}
