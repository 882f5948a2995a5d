/** Read and normalise `bcreport.yaml`, the agency profile at the repository root. */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { normalizeConfig } from "./normalize-config.js";
import type { Config, RawConfig } from "./types.js";
import type { World } from "../world.js";
import { readYamlFile } from "./read-yaml-file.js";

export const CONFIG_FILE = "bcreport.yaml";

export function loadConfig(world: World): { config?: Config; diagnostics: Diagnostic[] } {
  if (world.fileSize(CONFIG_FILE) === undefined) {
    return {
      diagnostics: [
        {
          severity: "error",
          file: "",
          line: 0,
          column: 0,
          rule: "no-config",
          message: `no \`${CONFIG_FILE}\` in ${world.root}`,
          hint: "run bcreport in the department repository, name it with -C <dir>, or create one with `bcreport init`",
        },
      ],
    };
  }
  const loaded = readYamlFile<RawConfig>(world, CONFIG_FILE, "bcreport");
  if (!loaded.data || !loaded.yaml) return { diagnostics: loaded.diagnostics };
  const { config, diagnostics } = normalizeConfig(CONFIG_FILE, loaded.yaml, loaded.data);
  return { config, diagnostics: [...loaded.diagnostics, ...diagnostics] };
}
