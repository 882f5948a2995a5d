import type { Config } from "../input/config-types.js";
import { readPrevious } from "../input/read-previous.js";
import { carriedStubs } from "../validate/carry-over.js";
import { validFragments, validateReportFile } from "../validate/validate-files.js";
import { parsePeriod } from "../vi/periods.js";
import type { World } from "../world.js";

/**
 * What `bcreport new <period>` should write for each report kind: the `carried:` stub of each
 * unit, built from the previous period's fragments. Empty when that period has no such report.
 */
export function seedCarryOver(world: World, config: Config, periodId: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const parsed = parsePeriod(periodId);
  if (!parsed.ok) return out;
  for (const kind of config.kinds.values()) {
    const prev = readPrevious(world, config, parsed.period, kind.id);
    if (!prev || !validateReportFile(prev.report, kind.id, prev.period).report) continue;
    const stubs = carriedStubs(validFragments(prev.fragments), config, kind);
    if (stubs.size) out.set(kind.id, stubs);
  }
  return out;
}
