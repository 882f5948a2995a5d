/** Gather what the lint rules read from one report: its fields, its files as written, its Nơi nhận lists. */
import type { Config, Kind, RawRecipient } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import type { Report } from "../input/report-types.js";
import type { YamlFile } from "../yaml/parse-yaml.js";
import { positionOf, scalarMapper, type DataPath } from "../yaml/yaml-position.js";
import type { World } from "../world.js";
import type { Acceptance, LintInput, RawText, RecipientList, TextField } from "./lint-input.js";

function field(y: YamlFile, file: string, path: DataPath, text: string | undefined): TextField[] {
  return text === undefined ? [] : [{ file, text, map: scalarMapper(y, path) }];
}

function fragmentFields(f: Fragment): TextField[] {
  return [
    ...field(f.yaml, f.file, ["body"], f.body),
    ...f.items.flatMap((item) => field(f.yaml, f.file, ["items", item.id], item.text)),
    ...f.tasks.flatMap((t, i) => field(f.yaml, f.file, ["tasks", i], t)),
    ...f.carried.flatMap((c, i) => [
      ...field(f.yaml, f.file, ["carried", i, "task"], c.task),
      ...field(f.yaml, f.file, ["carried", i, "note"], c.note),
      ...field(f.yaml, f.file, ["carried", i, "reason"], c.reason),
    ]),
    ...f.metrics.flatMap((m, i) => field(f.yaml, f.file, ["metrics", i, "label"], m.label)),
  ];
}

function reportFields(r: Report): TextField[] {
  if (!r.yaml) return [];
  const y = r.yaml;
  return [
    ...field(y, r.file, ["title"], r.raw.title),
    ...(r.raw.preamble ?? []).flatMap((p, i) =>
      typeof p === "string"
        ? field(y, r.file, ["preamble", i], p)
        : field(y, r.file, ["preamble", i, "template"], p.template),
    ),
    ...(typeof r.raw.closing === "object"
      ? field(y, r.file, ["closing", "template"], r.raw.closing.template)
      : field(y, r.file, ["closing"], r.raw.closing || undefined)),
  ];
}

function acceptances(f: Fragment): Acceptance[] {
  const lines = f.yaml.text.split("\n");
  return Object.entries(f.accept).flatMap(([rule, texts]) =>
    texts.map((text, i) => ({ file: f.file, rule, text, at: positionOf(f.yaml, ["accept", rule, i]), lines })),
  );
}

/** UTF-8 without the NFC normalisation the loader applies: kept from loading, else read again. */
function rawText(world: World, file: string, y: YamlFile | undefined): RawText[] {
  if (y) return [{ file, text: y.written }];
  const bytes = world.readFile(file);
  if (!bytes) return [];
  const text = new TextDecoder("utf-8")
    .decode(bytes)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  return [{ file, text }];
}

function recipientList(
  y: YamlFile,
  file: string,
  base: DataPath,
  items: RawRecipient[] | undefined,
  templateAddsArchive: boolean,
): RecipientList[] {
  if (!items) return [];
  return [
    {
      file,
      items,
      templateAddsArchive,
      at: (i, j) => positionOf(y, j === undefined ? [...base, i] : [...base, i, "items", j]),
    },
  ];
}

/** One fragment's share of the lint input: its fields and its text as written (every rule reads one file at a time). */
export function fragmentLintInput(f: Fragment): LintInput {
  return {
    fields: fragmentFields(f),
    accepted: acceptances(f),
    raw: [{ file: f.file, text: f.yaml.written }],
    recipients: [],
  };
}

export function collectLintInput(
  world: World,
  config: Config,
  kind: Kind,
  report: Report,
  fragments: readonly Fragment[],
  recipientsTemplate: string,
): LintInput {
  const adds = /Lưu/u.test(recipientsTemplate);
  return {
    fields: [...reportFields(report), ...fragments.flatMap(fragmentFields)],
    accepted: fragments.flatMap(acceptances),
    raw: [
      rawText(world, config.file, config.yaml),
      rawText(world, report.file, report.yaml),
      ...fragments.map((f) => rawText(world, f.file, f.yaml)),
    ].flat(),
    recipients: [
      ...recipientList(
        config.yaml,
        config.file,
        [...kind.path, "recipients"],
        kind.recipients.length ? kind.recipients : undefined,
        adds,
      ),
      ...(report.yaml ? recipientList(report.yaml, report.file, ["recipients"], report.raw.recipients, adds) : []),
    ],
  };
}
