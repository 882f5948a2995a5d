/**
 * A fragment may hold only `carried:` or `metrics:` (no `body`, no `tasks`). The shared
 * `empty-fragment` rule (fragment-rules.ts) predates those fields, so its finding is dropped
 * for such fragments here rather than by editing that rule.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Fragment } from "../input/fragment-types.js";
import { hasContent } from "./fragment-content.js";

export function allowDataOnlyFragments(diagnostics: Diagnostic[], fragments: readonly Fragment[]): Diagnostic[] {
  const dataOnly = new Set(fragments.filter(hasContent).map((f) => f.file));
  return diagnostics.filter((d) => !(d.rule === "empty-fragment" && dataOnly.has(d.file)));
}
