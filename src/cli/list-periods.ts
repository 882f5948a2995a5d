/** The period folders of a repository, for `--all`. */
import { loadConfig } from "../validate/load-config.js";
import { periodFolders } from "../input/period-folders.js";
import type { World } from "../world.js";

export function listPeriods(world: World): string[] {
  return periodFolders(world, loadConfig(world).config?.reportsDir ?? "reports");
}
