/**
 * The lint rules: warnings about text that is valid but probably wrong. Each has an id that
 * `lints: { <id>: false }` in bcreport.yaml switches off. One file per rule.
 */
import { msg } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config } from "../input/config-types.js";
import { positionOf } from "../yaml/yaml-position.js";
import { suggestion } from "../diagnostics/did-you-mean.js";
import { documentReference } from "./document-reference.js";
import { invisibleCharacter } from "./invisible-character.js";
import { joinedLines } from "./joined-lines.js";
import { legacyEncoding } from "./legacy-encoding.js";
import type { Acceptance, LintInput, LintRule } from "./lint-input.js";
import { notNfc } from "./not-nfc.js";
import { recipientsArchive } from "./recipients-archive.js";
import { repeatedWord } from "./repeated-word.js";

export const LINT_RULES: readonly LintRule[] = [
  notNfc,
  legacyEncoding,
  documentReference,
  repeatedWord,
  recipientsArchive,
  invisibleCharacter,
  joinedLines,
];

export const LINT_IDS: readonly string[] = LINT_RULES.map((r) => r.id);

/**
 * Run every rule not switched off in `config.lints`, then drop the warnings a fragment accepts
 * (`accept:`): a warning of the accepted rule whose line holds the accepted text. An acceptance of
 * an unknown rule, or one no warning needed, is itself a warning, so none outlives its text.
 */
export function runLints(input: LintInput, config: Pick<Config, "lints">): Diagnostic[] {
  const found = LINT_RULES.filter((r) => config.lints[r.id] !== false).flatMap((r) => r.run(input));
  const used = new Set<Acceptance>();
  const accepts = (d: Diagnostic) => {
    const a = (input.accepted ?? []).find(
      (a) => a.file === d.file && a.rule === d.rule && (a.lines[d.line - 1] ?? "").includes(a.text),
    );
    if (a) used.add(a);
    return a !== undefined;
  };
  const kept = found.filter((d) => !accepts(d));
  const stale = (input.accepted ?? []).flatMap((a) => {
    if (!LINT_IDS.includes(a.rule)) {
      return [
        diagnostic({
          severity: "warning",
          file: a.file,
          at: a.at,
          rule: "accept-unused",
          message: msg("lint.accept-unknown-rule", { rule: a.rule }),
          hint: suggestion(a.rule, LINT_IDS),
        }),
      ];
    }
    if (used.has(a) || config.lints[a.rule] === false) return [];
    return [
      diagnostic({
        severity: "warning",
        file: a.file,
        at: a.at,
        rule: "accept-unused",
        message: msg("lint.accept-unused", { rule: a.rule, text: a.text }),
        hint: msg("lint.accept-unused.hint"),
      }),
    ];
  });
  return [...kept, ...stale];
}

/** Warn about keys of `lints:` that are not rule ids. */
export function checkLintConfig(config: Config): Diagnostic[] {
  return Object.keys(config.lints)
    .filter((k) => !LINT_IDS.includes(k))
    .map((k) => {
      const at = positionOf(config.yaml, ["lints", k], { key: true });
      return diagnostic({
        severity: "warning",
        file: config.file,
        at,
        rule: "unknown-lint",
        message: msg("lint.unknown-lint", { id: k }),
        hint: suggestion(k, LINT_IDS),
      });
    });
}
