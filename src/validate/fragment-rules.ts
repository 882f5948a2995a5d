/**
 * Semantic rules over the fragments of one report: each a small function returning diagnostics.
 * Schema shape has already been checked; these check meaning against bcreport.yaml.
 */
import { msg, type Message } from "../messages/index.js";
import { hasContent } from "./fragment-content.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config, Kind } from "../input/config-types.js";
import type { Fragment } from "../input/fragment-types.js";
import { positionOf, type DataPath } from "../yaml/yaml-position.js";
import { codeList, didYouMean, suggestion } from "../diagnostics/did-you-mean.js";

type Rule = (f: Fragment, ctx: { config: Config; kind: Kind }) => Diagnostic[];

function diag(
  f: Fragment,
  path: DataPath,
  rule: string,
  message: Message,
  hint?: Message,
  severity: Diagnostic["severity"] = "error",
): Diagnostic {
  return diagnostic({ severity, file: f.file, at: positionOf(f.yaml, path), rule, message, hint });
}

const knownUnit: Rule = (f, { config }) =>
  config.units.has(f.unit)
    ? []
    : [
        diag(
          f,
          ["unit"],
          "unknown-unit",
          msg("validate.unknown-unit", { unit: f.unit }),
          suggestion(f.unit, [...config.units.keys()]),
        ),
      ];

/** A near id, else the sections the unit writes in this kind, else every section units write (however many). */
function sectionHint(f: Fragment, kind: Kind): Message | undefined {
  const best = didYouMean(f.section, kind.sections.keys());
  if (best) return msg("did-you-mean", { best });
  const writable = [...kind.sections.values()].filter((s) => s.units.length > 0);
  const own = writable.filter((s) => s.units.includes(f.unit)).map((s) => s.id);
  if (own.length) return msg("validate.unknown-section.unit-sections", { unit: f.unit, list: codeList(own) });
  if (writable.length) return msg("validate.unknown-section.sections", { list: codeList(writable.map((s) => s.id)) });
  return undefined;
}

const knownSection: Rule = (f, { kind }) =>
  kind.sections.has(f.section)
    ? []
    : [
        diag(
          f,
          ["section"],
          "unknown-section",
          msg("validate.unknown-section", { section: f.section, kind: kind.id }),
          sectionHint(f, kind),
        ),
      ];

const ownsSection: Rule = (f, { config, kind }) => {
  const s = kind.sections.get(f.section);
  if (!s || !config.units.has(f.unit) || s.units.includes(f.unit)) return [];
  const owners = s.units.length ? codeList(s.units) : msg("validate.no-unit");
  return [
    diag(
      f,
      ["unit"],
      "unit-not-owner",
      msg("validate.unit-not-owner", { unit: f.unit, section: f.section, owners }),
      msg("validate.unit-not-owner.hint", { unit: f.unit }),
    ),
  ];
};

const tasksWhereAllowed: Rule = (f, { kind }) => {
  const s = kind.sections.get(f.section);
  if (!s || s.tasks || f.tasks.length === 0) return [];
  return [
    diag(
      f,
      ["tasks"],
      "tasks-not-allowed",
      msg("validate.tasks-not-allowed", { section: f.section }),
      msg("validate.tasks-not-allowed.hint"),
    ),
  ];
};

/**
 * A warning, not an error: `bcreport new` writes stubs with `body: ""` that units fill in, and a
 * report must build while some are still empty. Empty fragments add nothing to the merged body.
 */
const notEmpty: Rule = (f) =>
  !hasContent(f)
    ? [
        diag(
          f,
          f.body !== undefined ? ["body"] : [],
          "empty-fragment",
          msg("validate.empty-fragment", { section: f.section }),
          // Deleting a file that holds carried tasks drops them (`carried-task-dropped`): say to set their status.
          msg(f.carried.length ? "validate.empty-fragment.carried-hint" : "validate.empty-fragment.hint"),
          "warning",
        ),
      ]
    : [];

/** File names start with the unit (`<unit>.<section>.yaml`): CODEOWNERS routes reviews by that prefix. */
const namedAfterUnit: Rule = (f, { config }) => {
  const name = f.file.split("/").pop()!;
  if (name.startsWith(`${f.unit}.`) || !config.units.has(f.unit)) return [];
  return [
    diag(
      f,
      ["unit"],
      "fragment-name",
      msg("validate.file-name", { unit: f.unit, name }),
      msg("validate.file-name.hint", { unit: f.unit, section: f.section }),
      "warning",
    ),
  ];
};

const RULES: Rule[] = [namedAfterUnit, knownUnit, knownSection, ownsSection, tasksWhereAllowed, notEmpty];

export function checkFragments(fragments: Fragment[], config: Config, kind: Kind): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, Fragment>();
  for (const f of fragments) {
    for (const rule of RULES) out.push(...rule(f, { config, kind }));
    const key = `${f.unit}\u0000${f.section}`;
    const first = seen.get(key);
    if (first) {
      out.push(
        diag(
          f,
          ["section"],
          "duplicate-fragment",
          msg("validate.duplicate-fragment", { unit: f.unit, section: f.section, file: first.file }),
          msg("validate.duplicate-fragment.hint"),
        ),
      );
    } else seen.set(key, f);
  }
  return out;
}
