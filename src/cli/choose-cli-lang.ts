/**
 * The language of a run, decided before commander builds the help: `--lang` on the command line,
 * then `lang:` in the repository's bcreport.yaml, then LC_ALL / LC_MESSAGES / LANG, then English.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { chooseLang, isLang, type Lang } from "../messages/index.js";
import { findRepo } from "./find-repo.js";
import type { CliIo } from "./io.js";

/** The value of `--name v` or `--name=v` (or `-x v`) in argv, before any `--`. */
function flagValue(argv: readonly string[], names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    for (const n of names) {
      if (a === n) return argv[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}

/** `lang:` of bcreport.yaml when it is `vi` or `en`; anything else is the schema's business. */
export function configLang(dir: string): Lang | undefined {
  try {
    const data = parse(readFileSync(join(dir, "bcreport.yaml"), "utf8")) as { lang?: unknown } | null;
    return isLang(data?.lang) ? data.lang : undefined;
  } catch {
    return undefined;
  }
}

export function cliLang(argv: readonly string[], io: Pick<CliIo, "cwd" | "env">): Lang {
  const flag = flagValue(argv, ["--lang"]);
  if (isLang(flag)) return flag;
  const dir = findRepo(resolve(io.cwd, flagValue(argv, ["-C", "--dir"]) ?? "."));
  return chooseLang(undefined, configLang(dir), io.env);
}
