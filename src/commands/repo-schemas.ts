/**
 * The schemas of one department repository, written by `bcreport schema` (and by `new` and
 * `init`) into `schemas/` at its root: bcreport's own schemas, made self-contained, with the
 * repository's ids as enums — units and each kind's sections in the fragment schema of that kind,
 * signers in the report schema — so an editor flags `unit: vpp` and completes `unit:` and
 * `section:` from the repository's own outline. The files are committed; the `$schema` lines of
 * the YAML files point at them by a relative path (schema-line.ts), which still resolves after the
 * repository is moved or cloned elsewhere.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Config, Kind } from "../input/config-types.js";
import type { World } from "../world.js";

export const SCHEMA_DIR = "schemas";
/** Marks a file as written by bcreport, so `schema` may replace or remove it and `check` compares it. */
export const WRITTEN_BY = "Written by `bcreport schema` from bcreport.yaml. Do not edit: run `bcreport schema` again.";

const packageSchemas = fileURLToPath(new URL("../../schemas/", import.meta.url));
type Json = Record<string, unknown>;

const packageSchema = (name: string): Json =>
  JSON.parse(readFileSync(`${packageSchemas}${name}.schema.json`, "utf8")) as Json;

export const fragmentSchemaFile = (kind: string): string => `fragment.${kind}.schema.json`;

/** The same schema as a standalone file: no `$id` (refs stay in the file), marked as written by bcreport. */
function standalone(schema: Json): Json {
  const { $schema, $id: _id, ...rest } = schema;
  return { $schema, $comment: WRITTEN_BY, ...rest };
}

/** A section title as a person reads it: template values shown as `…`. */
const plainTitle = (title: string): string =>
  title
    .replace(/\{\{[^}]*\}\}/g, "…")
    .replace(/\s+/g, " ")
    .trim();
const codes = (ids: string[]) => ids.map((i) => `\`${i}\``).join(", ");

/** An id property whose `pattern` gives way to the repository's ids, each described by its name. */
function withIds(property: Json, ids: string[], names: string[], errorMessage: string): Json {
  const { pattern: _p, patternErrorMessage: _pe, ...rest } = property;
  return { ...rest, enum: ids, markdownEnumDescriptions: names, errorMessage };
}

function fragmentSchema(config: Config, kind: Kind): Json {
  const schema = standalone(packageSchema("fragment"));
  const props = schema["properties"] as Record<string, Json>;
  const units = [...config.units.values()];
  const sections = [...kind.sections.values()].filter((s) => s.units.length > 0);
  props["unit"] = withIds(
    props["unit"]!,
    units.map((u) => u.id),
    units.map((u) => u.name),
    `Mã đơn vị là một trong: ${codes(units.map((u) => u.id))} (khai báo tại \`units\` trong bcreport.yaml) ` +
      "(expected one of the units of bcreport.yaml).",
  );
  props["section"] = withIds(
    props["section"]!,
    sections.map((s) => s.id),
    sections.map((s) => plainTitle(s.title)),
    `Mã mục của báo cáo \`${kind.id}\` là một trong: ${codes(sections.map((s) => s.id))} ` +
      `(expected a section of the outline of \`${kind.id}\` that units write).`,
  );
  schema["title"] = `${kind.name} — ${String(schema["title"])}`;
  // Which units write each section: the editor flags `unit` when the unit does not write the section.
  schema["allOf"] = sections.map((s) => ({
    // Only for a known unit: an unknown one already has its message from `unit`'s own enum.
    if: {
      properties: { section: { const: s.id }, unit: { enum: units.map((u) => u.id) } },
      required: ["section", "unit"],
    },
    then: {
      properties: {
        unit: {
          enum: s.units,
          errorMessage:
            `Mục \`${s.id}\` do đơn vị ${codes(s.units)} viết ` +
            `(section \`${s.id}\` is written by ${codes(s.units)}).`,
        },
      },
    },
  }));
  return schema;
}

function reportSchema(config: Config): Json {
  const schema = standalone(packageSchema("report"));
  const props = schema["properties"] as Record<string, Json>;
  const signers = [...config.signers.values()];
  props["signer"] = withIds(
    props["signer"]!,
    signers.map((s) => s.id),
    signers.map((s) => s.name),
    `Mã người ký là một trong: ${codes(signers.map((s) => s.id))} (khai báo tại \`signers\` trong bcreport.yaml) ` +
      "(expected a signer of bcreport.yaml).",
  );
  // The one reference to the profile's schema, copied in so that the file stands alone.
  const definitions = (packageSchema("bcreport")["definitions"] ?? {}) as Record<string, Json>;
  props["recipients"] = { ...definitions["recipients"], ...props["recipients"] };
  delete props["recipients"]!["$ref"];
  return schema;
}

const text = (schema: Json): string => JSON.stringify(schema, null, 2) + "\n";

/** Every schema file of the repository, by repository-relative path, in a stable order. */
export function repoSchemaFiles(config: Config): Array<{ path: string; text: string }> {
  return [
    { path: `${SCHEMA_DIR}/bcreport.schema.json`, text: text(standalone(packageSchema("bcreport"))) },
    { path: `${SCHEMA_DIR}/report.schema.json`, text: text(reportSchema(config)) },
    ...[...config.kinds.values()].map((k) => ({
      path: `${SCHEMA_DIR}/${fragmentSchemaFile(k.id)}`,
      text: text(fragmentSchema(config, k)),
    })),
  ];
}

export interface SchemaSync {
  /** Files to write: missing or different from what bcreport.yaml gives now. */
  write: Array<{ path: string; text: string }>;
  /** Files bcreport wrote earlier that no longer belong (a kind was removed). */
  remove: string[];
  /** Files already as they should be. */
  current: string[];
  /** Whether `schemas/` holds any file bcreport wrote (a repository that uses per-repository schemas). */
  used: boolean;
}

export function syncSchemas(world: World, config: Config): SchemaSync {
  const wanted = repoSchemaFiles(config);
  const decoder = new TextDecoder();
  const read = (path: string) => {
    const bytes = world.readFile(path);
    return bytes ? decoder.decode(bytes) : undefined;
  };
  const ours = (world.listDir(SCHEMA_DIR) ?? [])
    .filter((e) => e.kind === "file" && e.name.endsWith(".schema.json"))
    .map((e) => `${SCHEMA_DIR}/${e.name}`)
    .filter((p) => read(p)?.includes(JSON.stringify(WRITTEN_BY)) ?? false);
  const write = wanted.filter((f) => read(f.path) !== f.text);
  const current = wanted.filter((f) => !write.includes(f)).map((f) => f.path);
  const remove = ours.filter((p) => !wanted.some((f) => f.path === p)).sort();
  return { write, remove, current, used: ours.length > 0 };
}
