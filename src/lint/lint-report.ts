/**
 * The lint stage for one report. Every rule reads one file's fields, text or Nơi nhận list at a
 * time, so a fragment's warnings depend on that fragment alone: they are kept per parsed file, as
 * the prose is (markdown/prose.ts), and `preview` lints again only the fragment that changed.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config, Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { Report } from "../input/report-types.js";
import type { World } from "../world.js";
import { collectLintInput, fragmentLintInput } from "./collect-input.js";
import { runLints } from "./index.js";

const lintedBefore = new WeakMap<Fragment["yaml"], Map<string, Diagnostic[]>>();

function lintFragment(f: Fragment, config: Pick<Config, "lints">): Diagnostic[] {
  const key = JSON.stringify([f.file, f.body, f.tasks, f.carried, f.metrics, f.items, f.accept, config.lints]);
  let kept = lintedBefore.get(f.yaml);
  if (!kept) lintedBefore.set(f.yaml, (kept = new Map()));
  let found = kept.get(key);
  if (!found) kept.set(key, (found = runLints(fragmentLintInput(f), config)));
  return found;
}

/** The warnings of the report file, of bcreport.yaml's part for it, and of each fragment. */
export function lintReport(
  world: World,
  config: Config,
  kind: Kind,
  report: Report,
  fragments: readonly Fragment[],
  recipientsTemplate: string,
): Diagnostic[] {
  const own = runLints(collectLintInput(world, config, kind, report, [], recipientsTemplate), config);
  return [...own, ...fragments.flatMap((f) => lintFragment(f, config))];
}
