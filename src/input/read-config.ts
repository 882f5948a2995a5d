/** Read `bcreport.yaml`, the agency profile at the repository root (checked by validate/load-config.ts). */
import { msg } from "../messages/index.js";
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
          message: msg("input.no-config", { file: CONFIG_FILE, root: world.root }),
          hint: msg("input.no-config.hint"),
        }),
      ],
    };
  }
  const read = readYamlFile(world, CONFIG_FILE, "bcreport");
  return { ...(read.source ? { source: read.source } : {}), diagnostics: read.diagnostics };
}
