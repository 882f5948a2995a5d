/**
 * The `fragment-name` rule, run by `bcreport check`: a fragment's file name must start with
 * `<unit>.` so the CODEOWNERS patterns written by `bcreport codeowners` (`<unit>.*.yaml`) route
 * its review to the unit that wrote it.
 */
import type { Diagnostic } from "../diagnostics.js";
import { decodeText } from "../load/decode-text.js";
import { parseYaml } from "../load/parse-yaml.js";
import { positionOf } from "../load/yaml-position.js";
import type { World } from "../world.js";

/** Warnings for the fragments of `dir` (a `reports/<period>/<kind>` folder); `only` narrows to some files. */
export function checkFragmentNames(world: World, dir: string, only?: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of world.listDir(dir) ?? []) {
    const file = `${dir}/${e.name}`;
    if (e.kind !== "file" || !/\.ya?ml$/i.test(e.name) || (only && !only.has(file))) continue;
    // Only `unit` and `section` are needed: decode and parse, without the schema check the build already ran.
    const bytes = world.readFile(file);
    const decoded = bytes ? decodeText(file, bytes) : undefined;
    const parsed = decoded?.ok ? parseYaml(file, decoded.text) : undefined;
    const data = parsed?.data as { unit?: unknown; section?: unknown } | null | undefined;
    const unit = typeof data?.unit === "string" ? data.unit : undefined;
    if (!parsed?.yaml || !unit || e.name.startsWith(`${unit}.`)) continue;
    const at = positionOf(parsed.yaml, ["unit"]);
    const section = typeof data?.section === "string" ? data.section : "section";
    out.push({
      severity: "warning",
      file,
      line: at.line,
      column: at.column,
      rule: "fragment-name",
      message: `expected the file name to start with \`${unit}.\` (the unit that writes it), found \`${e.name}\``,
      hint: `rename it to \`${unit}.${section}.yaml\`; CODEOWNERS assigns reviewers by this prefix`,
    });
  }
  return out;
}
