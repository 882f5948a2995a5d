/**
 * The `# yaml-language-server: $schema=…` first line of a file written by `new` or `init`.
 *
 * When the department repository installs bcreport as a dependency (there is a
 * `node_modules/bcreport/schemas/` folder, or its package.json names `bcreport`), the line points
 * into `node_modules/bcreport/schemas/`, so it stays valid on every clone after `npm ci`.
 * Otherwise it points at the schemas of the bcreport package that is running, relative to the
 * file (an absolute path when no relative one exists, e.g. another drive on Windows).
 */
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { World } from "../world.js";

export type SchemaFile = "bcreport.schema.json" | "report.schema.json" | "fragment.schema.json";

const packageSchemas = fileURLToPath(new URL("../../schemas/", import.meta.url));

export function dependsOnBcreport(world: World): boolean {
  if (world.listDir("node_modules/bcreport/schemas")) return true;
  const bytes = world.readFile("package.json");
  if (!bytes) return false;
  try {
    const pkg = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, Record<string, string> | undefined>;
    return ["dependencies", "devDependencies"].some((k) => pkg[k]?.["bcreport"] !== undefined);
  } catch {
    return false;
  }
}

/** `file` is repository-relative; `installed` says whether bcreport is (or will be) a dependency. */
export function schemaLine(root: string, file: string, schema: SchemaFile, installed: boolean): string {
  const dir = file.split("/").slice(0, -1);
  let target: string;
  if (installed) {
    target = [...dir.map(() => ".."), "node_modules", "bcreport", "schemas", schema].join("/");
    if (dir.length === 0) target = `./${target}`;
  } else {
    const rel = relative(join(root, ...dir), join(packageSchemas, schema));
    target = isAbsolute(rel) ? rel : rel.split(/[\\/]/).join("/");
  }
  return `# yaml-language-server: $schema=${target}`;
}
