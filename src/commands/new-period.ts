/**
 * `bcreport new <period>`: the files a period starts with — a report file per kind due that
 * period and a stub fragment `<unit>.<section>.yaml` per (unit, owned section). Returns the plan;
 * the CLI writes the files that do not exist yet and never overwrites one.
 *
 * A stub has `body: ""`: `status` shows it as empty, `build` skips it with an `empty-fragment`
 * warning, and `check --strict` fails on it, so a period builds before every unit has written.
 * Its comments are in the repository's language (src/messages/catalogue/new-files.ts).
 */
import { msg, translate, type Lang, type Message } from "../messages/index.js";
import { STATUS_COMMENT } from "../validate/carry-over.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config, Kind, Section } from "../input/config-types.js";
import { seedCarryOver } from "./seed-carry-over.js";
import { buildContext } from "../frame/context.js";
import { renderTemplate } from "../frame/template-engine.js";
import { loadConfig } from "../validate/load-config.js";
import { readYamlFile } from "../input/read-yaml-file.js";
import { parsePeriod, type Period } from "../vi/periods.js";
import type { World } from "../world.js";
import { fragmentSchemaFile } from "./repo-schemas.js";
import { schemaLine } from "./schema-line.js";

export interface PlannedFile {
  path: string;
  text: string;
  /** Already in the repository: left as it is. */
  exists: boolean;
}

export interface NewPeriodPlan {
  period: string;
  kinds: string[];
  files: PlannedFile[];
}

const usage = (rule: string, message: Message, hint?: Message): Diagnostic =>
  diagnostic({ file: "", rule, message, hint });

/** Comment lines of the catalogue's text `id` in `lang`, each starting `# `. */
const comment = (lang: Lang, id: string, params?: Record<string, string>) =>
  translate(msg(id, params), lang)
    .split("\n")
    .map((l) => `# ${l}`);

function reportFile(line: string, kind: Kind, period: Period, lang: Lang): string {
  return [
    line,
    `# ${kind.name} — ${period.name}.`,
    ...comment(lang, "new.report.fields"),
    `date: ${period.year}-${String(period.lastMonth).padStart(2, "0")}`,
    "",
  ].join("\n");
}

/** A section's title as the report prints it ("Nhiệm vụ công tác tháng 12 năm 2023"), not as written in bcreport.yaml. */
function renderedTitle(config: Config, kind: Kind, period: Period, section: Section): string {
  const ctx = buildContext(config, kind, { file: "", kind: kind.id, period: period.id, raw: {} }, period);
  const r = renderTemplate({ text: section.title, file: config.file, position: { line: 0, column: 0 } }, ctx);
  return r.diagnostics.some((d) => d.severity === "error") ? section.title : r.text;
}

/** A stub fragment; `carried` is the unit's `carried:` YAML of last period's tasks, if any. */
function stub(
  line: string,
  config: Config,
  unit: string,
  section: Section,
  title: string,
  lang: Lang,
  carried?: string,
) {
  const name = config.units.get(unit)?.name ?? unit;
  return [
    line,
    ...comment(lang, "new.stub.writes", { name, unit, section: section.id, title }),
    ...comment(lang, "new.stub.body"),
    "#   body: |",
    "#     - Tham mưu ban hành Kế hoạch …[^kh].",
    "#",
    "#     [^kh]: Kế hoạch số …/KH-UBND ngày …",
    ...(section.tasks ? [...comment(lang, "new.stub.tasks"), "#   tasks:", "#     - Tiếp tục …"] : []),
    // A stub with carried tasks must stay: deleting it drops them (`carried-task-dropped`).
    ...comment(lang, carried ? "new.stub.empty-carried" : "new.stub.empty"),
    `unit: ${unit}`,
    `section: ${section.id}`,
    'body: ""',
    ...(carried
      ? [
          ...comment(lang, "new.stub.carried"),
          carried.split(`# ${STATUS_COMMENT}`).join(`# ${translate(msg("new.stub.status-comment"), lang)}`),
        ]
      : [""]),
  ].join("\n");
}

/** `lang`: the language of the files' comments (the repository's: `lang:` of bcreport.yaml, else the CLI's). */
export function planNewPeriod(
  world: World,
  periodId: string,
  only?: string[],
  lang: Lang = "en",
): { plan?: NewPeriodPlan; diagnostics: Diagnostic[] } {
  const { config, diagnostics } = loadConfig(world);
  if (!config) return { diagnostics };
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const parsed = parsePeriod(periodId);
  if (!parsed.ok) return { diagnostics: [usage("bad-period", parsed.message, parsed.hint)] };
  const period = parsed.period;
  const problems: Diagnostic[] = [];
  for (const k of only ?? []) {
    const kind = config.kinds.get(k);
    if (!kind)
      problems.push(
        usage(
          "unknown-kind",
          msg("input.unknown-kind", { kind: k }),
          msg("commands.kinds-are", { kinds: [...config.kinds.keys()].join(", ") }),
        ),
      );
    else if (!kind.periods.includes(period.type))
      problems.push(
        usage(
          "wrong-period",
          msg("validate.wrong-period", {
            kind: k,
            periods: kind.periods.join(", "),
            period: period.id,
            type: period.type,
          }),
        ),
      );
  }
  if (problems.length) return { diagnostics: problems };
  const kinds = [...config.kinds.values()].filter((k) =>
    only ? only.includes(k.id) : k.periods.includes(period.type),
  );
  if (kinds.length === 0)
    return {
      diagnostics: [
        usage(
          "no-report",
          msg("commands.no-kind-for-period", { type: period.type, period: period.id }),
          msg("commands.no-kind-for-period.hint"),
        ),
      ],
    };
  const files: PlannedFile[] = [];
  const add = (path: string, text: string) => files.push({ path, text, exists: world.fileSize(path) !== undefined });
  const dir = `${config.reportsDir}/${period.id}`;
  // Last period's planned tasks, per kind and unit, to report on now (`carried:`).
  const carried = seedCarryOver(world, config, period.id);
  for (const kind of kinds) {
    const carriedByUnit = carried.get(kind.id) ?? new Map<string, string>();
    // Each unit's carried tasks go into the stub of the first section marked `carried: true` it writes,
    // else of the first section it writes that is not the tasks section, else of its first section.
    const home = new Map<string, string>();
    const sections = [...kind.sections.values()];
    for (const pick of [(s: Section) => s.carried, (s: Section) => !s.tasks, () => true])
      for (const section of sections.filter(pick))
        for (const unit of section.units) if (!home.has(unit)) home.set(unit, section.id);
    const written = existingFragments(world, `${dir}/${kind.id}`);
    const rf = `${dir}/${kind.id}.yaml`;
    add(rf, reportFile(schemaLine(rf, "report.schema.json"), kind, period, lang));
    for (const section of kind.sections.values()) {
      for (const unit of section.units) {
        const f = `${dir}/${kind.id}/${unit}.${section.id}.yaml`;
        const other = written.get(`${unit}\u0000${section.id}`);
        if (other) {
          files.push({ path: other, text: "", exists: true });
          continue;
        }
        const extra = home.get(unit) === section.id ? carriedByUnit.get(unit) : undefined;
        const title = renderedTitle(config, kind, period, section);
        add(f, stub(schemaLine(f, fragmentSchemaFile(kind.id)), config, unit, section, title, lang, extra));
      }
    }
  }
  return { plan: { period: period.id, kinds: kinds.map((k) => k.id), files }, diagnostics };
}

/** (unit, section) → file, for the fragments already in a folder under any file name. */
function existingFragments(world: World, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of world.listDir(dir) ?? []) {
    if (e.kind !== "file" || !/\.ya?ml$/i.test(e.name)) continue;
    const file = `${dir}/${e.name}`;
    const data = readYamlFile(world, file, "fragment").yaml?.doc.toJS() as
      { unit?: unknown; section?: unknown } | null | undefined;
    if (data && typeof data.unit === "string" && typeof data.section === "string")
      out.set(`${data.unit}\u0000${data.section}`, file);
  }
  return out;
}
