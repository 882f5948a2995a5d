/** The period folders of a repository: folder names under the reports folder that parse as periods, sorted. */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { msg } from "../messages/index.js";
import { parsePeriod } from "../vi/periods.js";
import type { World } from "../world.js";

export function periodFolders(world: World, reportsDir: string): string[] {
  return (world.listDir(reportsDir) ?? []).filter((e) => e.kind === "dir" && parsePeriod(e.name).ok).map((e) => e.name);
}

/**
 * What `periodFolders` leaves out, said aloud for the commands that take every period (`check`,
 * `build --all`): folders whose names are not periods (`2024-1`, `nov-2023`, a trailing space)
 * are warnings; a reports folder that cannot be read is an error.
 */
export function periodFolderProblems(world: World, reportsDir: string): Diagnostic[] {
  const entries = world.listDir(reportsDir);
  if (!entries) {
    const why = world.whyUnreadable?.(reportsDir, "dir");
    return why
      ? [
          diagnostic({
            file: reportsDir,
            line: 1,
            column: 1,
            rule: "unreadable",
            message: msg("input.unreadable-folder", { why }),
          }),
        ]
      : [];
  }
  const out: Diagnostic[] = [];
  for (const e of entries) {
    if (e.kind !== "dir") continue;
    const parsed = parsePeriod(e.name);
    if (parsed.ok) continue;
    out.push(
      diagnostic({
        severity: "warning",
        file: `${reportsDir}/${e.name}`,
        line: 1,
        column: 1,
        rule: "not-a-period",
        message: msg("input.not-a-period", { name: JSON.stringify(e.name).slice(1, -1), why: parsed.message }),
        hint: parsed.hint ?? msg("input.not-a-period.hint"),
      }),
    );
  }
  return out;
}

/** The report kinds with a fragment folder or report file in a period folder. */
export function kindsInPeriod(world: World, reportsDir: string, period: string, known: ReadonlySet<string>): string[] {
  const names = (world.listDir(`${reportsDir}/${period}`) ?? []).map((e) => e.name.replace(/\.ya?ml$/i, ""));
  return [...new Set(names)].filter((k) => known.has(k)).sort();
}
