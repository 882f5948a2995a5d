/**
 * The `# yaml-language-server: $schema=…` first line of a file written by `new` or `init`.
 *
 * The path is relative to the file and stays inside the repository, so it resolves on every
 * clone, wherever it is cloned: into `node_modules/bcreport/schemas/` (the department repository
 * depends on bcreport, and `npm ci` puts it there), or — when the running bcreport itself lies
 * inside the repository, as in bcreport's own checkout — into its `schemas/` folder. Never into
 * an npx cache or a global install, which a clone does not have.
 */
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export type SchemaFile = "bcreport.schema.json" | "report.schema.json" | "fragment.schema.json";

const packageSchemas = fileURLToPath(new URL("../../schemas/", import.meta.url));

/** `file` is repository-relative, `root` the repository folder. */
export function schemaLine(root: string, file: string, schema: SchemaFile): string {
  const dir = file.split("/").slice(0, -1);
  const up = dir.map(() => "..");
  const inside = relative(root, packageSchemas);
  const repoPath = !inside.startsWith("..") && !isAbsolute(inside) ? inside.split(/[\\/]/).filter(Boolean) : ["node_modules", "bcreport", "schemas"];
  const target = join(...up, ...repoPath, schema).split(/[\\/]/).join("/");
  return `# yaml-language-server: $schema=${up.length ? target : `./${target}`}`;
}
