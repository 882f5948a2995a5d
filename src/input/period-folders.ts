/** The period folders of a repository: folder names under the reports folder that parse as periods, sorted. */
import { parsePeriod } from "../vi/periods.js";
import type { World } from "../world.js";

export function periodFolders(world: World, reportsDir: string): string[] {
  return (world.listDir(reportsDir) ?? []).filter((e) => e.kind === "dir" && parsePeriod(e.name).ok).map((e) => e.name);
}

/** The report kinds with a fragment folder or report file in a period folder. */
export function kindsInPeriod(world: World, reportsDir: string, period: string, known: ReadonlySet<string>): string[] {
  const names = (world.listDir(`${reportsDir}/${period}`) ?? []).map((e) => e.name.replace(/\.ya?ml$/i, ""));
  return [...new Set(names)].filter((k) => known.has(k)).sort();
}
