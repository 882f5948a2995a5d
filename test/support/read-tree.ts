/** Every file under a folder, by its slash-separated path relative to it: the input of a memoryWorld. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export function readTree(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile())
      out[relative(dir, join(e.parentPath, e.name)).split("\\").join("/")] = readFileSync(join(e.parentPath, e.name));
  }
  return out;
}
