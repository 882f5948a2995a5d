/**
 * One user file through the input stage: read bytes → decode → parse YAML. The schema is checked
 * later, by the validate stage (validate/validate-files.ts).
 */
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { World } from "../world.js";
import { isScalar, visit } from "yaml";
import { codePointName, stripControlCharacters } from "./control-characters.js";
import { decodeText, MAX_FILE_BYTES } from "./decode-text.js";
import { parseYaml, type YamlFile } from "../yaml/parse-yaml.js";
import { singleLineProblems } from "./single-line-fields.js";

/** Which of the three kinds of user file it is; also the name of its schema in `schemas/`. */
export type FileKind = "bcreport" | "report" | "fragment";

/** A file read and parsed: its YAML document and the data in it, not yet checked against a schema. */
export interface YamlSource {
  file: string;
  yaml: YamlFile;
  /** A mapping (an empty report file reads as `{}`). */
  data: Record<string, unknown>;
  /** Reading found an error (a control character): the schema is still checked, then the file goes no further. */
  damaged: boolean;
}

export interface ReadYaml {
  /** Present when the file could be read and parsed into a mapping (even with errors, see `damaged`). */
  source?: YamlSource;
  /** The parsed document even when it holds no mapping (the lints read the text as written). */
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
}

const fail = (file: string, rule: string, message: string, hint?: string): Diagnostic =>
  diagnostic({ file, line: 1, column: 1, rule, message, hint });

const WHAT: Record<FileKind, string> = {
  bcreport: "the agency profile (`agency`, `units`, `signers`, `kinds`)",
  report: "the report's fields (`date`, `number`, …)",
  fragment: "a fragment with `unit`, `section` and `body` or `tasks`",
};
const HINT: Record<FileKind, string> = {
  bcreport: "start from the profile in the README, or run `bcreport init`",
  report: "write `date: 2023-11-20` and the other fields on their own lines, or leave the file empty",
  fragment: "write `unit: …`, `section: …` and `body: |` on their own lines, or delete the file",
};

/**
 * Characters no DOCX can hold, in the profile and report files (fragments' Markdown fields are
 * checked, with exact columns, when they are converted). Reported at the value that holds them.
 */
function controlCharacters(y: YamlFile, schema: FileKind): Diagnostic[] {
  if (schema === "fragment") return [];
  const found: Diagnostic[] = [];
  visit(y.doc, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== "string") return;
      const { removed } = stripControlCharacters(node.value);
      if (removed.length === 0) return;
      const pos = y.lines.linePos(node.range?.[0] ?? 0);
      found.push(
        diagnostic({
          file: y.file,
          line: pos.line,
          column: pos.col,
          rule: "control-character",
          message: `expected printable text — found ${codePointName(node.value.charCodeAt(removed[0]!))} in this value`,
          hint: "delete the invisible character (it often comes with text pasted from PDF or Word, or an escape such as `\\v` in double quotes); it cannot be stored in a DOCX file",
        }),
      );
    },
  });
  return found;
}

export function readYamlFile(world: World, file: string, schema: FileKind): ReadYaml {
  if (!world.isInside(file)) {
    return { diagnostics: [fail(file, "outside-repository", "expected a file inside the repository, found a link pointing outside it", "copy the file into the repository instead of linking to it")] };
  }
  const size = world.fileSize(file);
  if (size !== undefined && size > MAX_FILE_BYTES) {
    return { diagnostics: [fail(file, "file-too-large", `expected a file of at most 1 MiB, found ${size} bytes`, "split the text into several fragments")] };
  }
  const bytes = world.readFile(file);
  if (!bytes) {
    const why = world.whyUnreadable?.(file, "file");
    return { diagnostics: [fail(file, "unreadable", `cannot read the file${why ? `: ${why}` : ""}`, why === "permission denied" ? "let the user running bcreport read it (`chmod a+r`)" : undefined)] };
  }
  const key = `${schema}\0${file}`;
  const kept = parsedBefore.get(bytes)?.get(key);
  if (kept) return kept;
  const read = parseBytes(file, bytes, schema);
  if (!parsedBefore.has(bytes)) parsedBefore.set(bytes, new Map());
  parsedBefore.get(bytes)!.set(key, read);
  return read;
}

/**
 * What a bytes object parsed to, per kind and file. A World that returns the same object for an
 * unchanged file (preview/caching-world.ts) thus skips decoding and parsing it again; the node
 * World reads fresh bytes every time, so nothing is kept for it. Results are shared: callers
 * never change them.
 */
const parsedBefore = new WeakMap<Uint8Array, Map<string, ReadYaml>>();

function parseBytes(file: string, bytes: Uint8Array, schema: FileKind): ReadYaml {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics };
  const parsed = parseYaml(file, decoded.text, decoded.written);
  if (!parsed.yaml) return { diagnostics: parsed.diagnostics };
  let data = parsed.data;
  if (data === null || data === undefined) {
    // An empty report file means "all defaults"; an empty profile or fragment is a mistake.
    if (schema !== "report") return { yaml: parsed.yaml, diagnostics: [...parsed.diagnostics, fail(file, "empty-file", `expected ${WHAT[schema]} — found an empty file`, HINT[schema])] };
    data = {};
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    const found = Array.isArray(data) ? "a list (lines starting with `-`)" : "a single value";
    return { yaml: parsed.yaml, diagnostics: [...parsed.diagnostics, fail(file, "not-a-mapping", `expected ${WHAT[schema]} as \`key: value\` lines — found ${found}`, HINT[schema])] };
  }
  const diagnostics = [...parsed.diagnostics, ...controlCharacters(parsed.yaml, schema)];
  if (schema !== "fragment") diagnostics.push(...singleLineProblems(parsed.yaml, schema));
  const source = { file, yaml: parsed.yaml, data: data as Record<string, unknown>, damaged: hasErrors(diagnostics) };
  return { yaml: parsed.yaml, source, diagnostics };
}
