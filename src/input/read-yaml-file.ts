/**
 * One user file through the input stage: read bytes → decode → parse YAML. The schema is checked
 * later, by the validate stage (validate/validate-files.ts).
 */
import { msg, type Message } from "../messages/index.js";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { World } from "../world.js";
import { isPermissionDenied } from "../world-unreadable.js";
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

const fail = (file: string, rule: string, message: Message, hint?: Message): Diagnostic =>
  diagnostic({ file, line: 1, column: 1, rule, message, hint });

const WHAT = (kind: FileKind) => msg(`input.what.${kind}`);
const HINT = (kind: FileKind) => msg(`input.what.${kind}.hint`);

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
          message: msg("input.control-character", { name: codePointName(node.value.charCodeAt(removed[0]!)) }),
          hint: msg("input.control-character.hint"),
        }),
      );
    },
  });
  return found;
}

export function readYamlFile(world: World, file: string, schema: FileKind): ReadYaml {
  if (!world.isInside(file)) {
    return { diagnostics: [fail(file, "outside-repository", msg("input.outside"), msg("input.outside.hint"))] };
  }
  const size = world.fileSize(file);
  if (size !== undefined && size > MAX_FILE_BYTES) {
    return {
      diagnostics: [fail(file, "file-too-large", msg("input.too-large", { bytes: size }), msg("input.too-large.hint"))],
    };
  }
  const bytes = world.readFile(file);
  if (!bytes) {
    const why = world.whyUnreadable?.(file, "file");
    const message = why ? msg("input.unreadable-why", { why }) : msg("input.unreadable");
    return {
      diagnostics: [
        fail(file, "unreadable", message, isPermissionDenied(why) ? msg("input.unreadable.chmod") : undefined),
      ],
    };
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
    if (schema !== "report")
      return {
        yaml: parsed.yaml,
        diagnostics: [
          ...parsed.diagnostics,
          fail(file, "empty-file", msg("input.empty-file", { what: WHAT(schema) }), HINT(schema)),
        ],
      };
    data = {};
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    const found = msg(Array.isArray(data) ? "input.found-list" : "input.found-value");
    const message = msg("input.not-a-mapping", { what: WHAT(schema), found });
    return {
      yaml: parsed.yaml,
      diagnostics: [...parsed.diagnostics, fail(file, "not-a-mapping", message, HINT(schema))],
    };
  }
  const diagnostics = [...parsed.diagnostics, ...controlCharacters(parsed.yaml, schema)];
  if (schema !== "fragment") diagnostics.push(...singleLineProblems(parsed.yaml, schema));
  const source = { file, yaml: parsed.yaml, data: data as Record<string, unknown>, damaged: hasErrors(diagnostics) };
  return { yaml: parsed.yaml, source, diagnostics };
}
