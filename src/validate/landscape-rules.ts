/**
 * Where `landscape: true` can stand in a kind's outline. Any body section may have it (its part
 * of the body is printed on landscape pages), and a top-level appendix; a section inside an
 * appendix may not (the appendix is turned as a whole), and one inside a landscape section gains
 * nothing (a warning).
 */
import { msg } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { RawSection } from "../input/config-types.js";
import type { YamlFile } from "../yaml/parse-yaml.js";
import { positionOf, type DataPath } from "../yaml/yaml-position.js";

export function landscapeRules(
  file: string,
  y: YamlFile,
  outline: readonly RawSection[],
  path: DataPath,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const walk = (list: readonly RawSection[], at: DataPath, appendix?: string, landscape?: string): void =>
    list.forEach((s, i) => {
      const here: DataPath = [...at, i];
      if (s.landscape) {
        const where = { file, at: positionOf(y, [...here, "landscape"]) };
        if (appendix !== undefined)
          diagnostics.push(
            diagnostic({
              ...where,
              rule: "landscape-in-appendix",
              message: msg("validate.landscape-in-appendix", { id: s.id, appendix }),
              hint: msg("validate.landscape-in-appendix.hint", { id: s.id, appendix }),
            }),
          );
        else if (landscape !== undefined)
          diagnostics.push(
            diagnostic({
              ...where,
              severity: "warning",
              rule: "landscape-nested",
              message: msg("validate.landscape-nested", { id: s.id, parent: landscape }),
              hint: msg("validate.landscape-nested.hint", { id: s.id }),
            }),
          );
      }
      const inAppendix = appendix ?? (s.appendix ? s.id : undefined);
      walk(s.sections ?? [], [...here, "sections"], inAppendix, landscape ?? (s.landscape ? s.id : undefined));
    });
  walk(outline, path);
  return diagnostics;
}
