/** The period folders of a repository, for `--all`: folder names that parse as periods, sorted. */
import { loadConfig } from "../load/load-config.js";
import { parsePeriod } from "../vi/periods.js";
import type { World } from "../world.js";

export function listPeriods(world: World): string[] {
  const { config } = loadConfig(world);
  const dir = config?.reportsDir ?? "reports";
  return (world.listDir(dir) ?? []).filter((e) => e.kind === "dir" && parsePeriod(e.name).ok).map((e) => e.name);
}
