/** The period folders of a repository, for `--all`, and what was left out of them. */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { loadConfig } from "../validate/load-config.js";
import { periodFolderProblems, periodFolders } from "../input/period-folders.js";
import type { World } from "../world.js";

export function listPeriods(world: World): { periods: string[]; diagnostics: Diagnostic[] } {
  const reportsDir = loadConfig(world).config?.reportsDir ?? "reports";
  return { periods: periodFolders(world, reportsDir), diagnostics: periodFolderProblems(world, reportsDir) };
}
