/** Configure: read `bcreport.yaml` (input stage) and check it — schema, defaults, cross-references. */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config } from "../input/config-types.js";
import { readConfig } from "../input/read-config.js";
import type { World } from "../world.js";
import { validateConfigFile } from "./validate-files.js";

export function loadConfig(world: World): { config?: Config; diagnostics: Diagnostic[] } {
  const read = readConfig(world);
  if (!read.source) return { diagnostics: read.diagnostics };
  const checked = validateConfigFile(read.source);
  return {
    ...(checked.config ? { config: checked.config } : {}),
    diagnostics: [...read.diagnostics, ...checked.diagnostics],
  };
}
