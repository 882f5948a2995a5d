/**
 * The input carry-over needs: the fragments of the same report kind one period back, read and
 * parsed. Their problems are not returned: they belong to that period's own build.
 */
import type { World } from "../world.js";
import { previousPeriod, type Period } from "../vi/periods.js";
import type { Config } from "./config-types.js";
import { readPeriod } from "./read-period.js";
import type { YamlSource } from "./read-yaml-file.js";

export interface PreviousSources {
  period: string;
  /** The previous report file: carry-over counts only when it is valid too. */
  report: YamlSource;
  fragments: YamlSource[];
}

/** Undefined when that period has no report of this kind (no folder, or no `<kind>.yaml`, or it cannot be read). */
export function readPrevious(
  world: World,
  config: Config,
  period: Period,
  kindId: string,
): PreviousSources | undefined {
  const prev = previousPeriod(period).id;
  const entries = world.listDir(`${config.reportsDir}/${prev}`);
  if (!entries?.some((e) => e.kind !== "dir" && (e.name === `${kindId}.yaml` || e.name === `${kindId}.yml`)))
    return undefined;
  const found = readPeriod(world, config, prev, [kindId]).reports.find((r) => r.kind === kindId);
  return found?.report ? { period: prev, report: found.report, fragments: found.fragments } : undefined;
}
