/** bcreport's version: the `version` field of its package.json (two folders up, from src/cli, dist/cli or dist/bundle). */
import { readFileSync } from "node:fs";

export const VERSION: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;
