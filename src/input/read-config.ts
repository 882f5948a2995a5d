/** Read `bcreport.yaml`, the agency profile at the repository root (checked by validate/load-config.ts). */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { World } from "../world.js";
import { readYamlFile, type YamlSource } from "./read-yaml-file.js";

export const CONFIG_FILE = "bcreport.yaml";

export function readConfig(world: World): { source?: YamlSource; diagnostics: Diagnostic[] } {
  if (world.fileSize(CONFIG_FILE) === undefined) {
    return {
      diagnostics: [
        diagnostic({
          file: "",
          rule: "no-config",
          message: `no \`${CONFIG_FILE}\` in ${world.root}`,
          hint: "run bcreport in the department repository, name it with -C <dir>, or create one with `bcreport init`",
        }),
      ],
    };
  }
  const read = readYamlFile(world, CONFIG_FILE, "bcreport");
  return { ...(read.source ? { source: read.source } : {}), diagnostics: read.diagnostics };
}
