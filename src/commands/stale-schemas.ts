/**
 * `check` warns when the repository's schemas (`schemas/`, written by `bcreport schema`) no longer
 * match bcreport.yaml or this bcreport: the editor would then offer units and sections that are
 * gone, or flag new ones. Silent in a repository that does not use them.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { msg } from "../messages/index.js";
import type { Config } from "../input/config-types.js";
import type { World } from "../world.js";
import { syncSchemas } from "./repo-schemas.js";

const code = (path: string) => `\`${path}\``;

export function staleSchemas(world: World, config: Config): Diagnostic[] {
  const sync = syncSchemas(world, config);
  if (!sync.used) return [];
  const stale = [...sync.write.map((f) => f.path), ...sync.remove].sort();
  if (stale.length === 0) return [];
  return [
    diagnostic({
      severity: "warning",
      file: stale[0]!,
      line: 1,
      column: 1,
      rule: "schemas-outdated",
      message: msg("commands.schemas-outdated", { files: stale.map(code).join(", ") }),
      hint: msg("commands.schemas-outdated.hint"),
    }),
  ];
}
