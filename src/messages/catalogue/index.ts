/** The message catalogue, one file per area; an id belongs to exactly one area. */
import { COMMON } from "./common.js";
import { YAML } from "./yaml.js";
import { YAML_HINTS } from "./yaml-hints.js";
import { YAML_DETAIL } from "./yaml-detail.js";
import { INPUT } from "./input.js";
import { VALIDATE } from "./validate.js";
import { OUTLINE } from "./outline.js";
import { SCHEMA } from "./schema.js";
import { MARKDOWN } from "./markdown.js";
import { FIGURES } from "./figures.js";
import { TABLES } from "./tables.js";
import { MERGE } from "./merge.js";
import { FRAME } from "./frame.js";
import { LINT } from "./lint.js";
import { VI } from "./vi.js";
import { COMMANDS } from "./commands.js";
import { CLI } from "./cli.js";
import { CLI_COMMANDS } from "./cli-commands.js";
import { CLI_HELP } from "./cli-help.js";
import { NEW_FILES } from "./new-files.js";
import { WRITERS } from "./writers.js";
import { DIFF } from "./diff.js";
import { PREVIEW } from "./preview.js";
import { GIT } from "./git.js";
import { FILES } from "./files.js";
import type { Catalogue } from "./entry.js";

export const AREAS: Record<string, Catalogue> = {
  COMMON,
  YAML,
  YAML_HINTS,
  YAML_DETAIL,
  INPUT,
  VALIDATE,
  OUTLINE,
  SCHEMA,
  MARKDOWN,
  FIGURES,
  TABLES,
  MERGE,
  FRAME,
  LINT,
  VI,
  COMMANDS,
  CLI,
  CLI_COMMANDS,
  CLI_HELP,
  NEW_FILES,
  WRITERS,
  DIFF,
  PREVIEW,
  GIT,
  FILES,
};
export const CATALOGUE: Catalogue = Object.assign({}, ...Object.values(AREAS));
