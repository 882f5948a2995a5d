/**
 * The yaml package's error text → a catalogue message, so a Vietnamese user reads Vietnamese:
 * first the exact texts and the patterns with a slot, then the error's code, then (a code the
 * catalogue does not know, e.g. from a newer yaml) the text as it is inside a translated frame.
 */
import { msg, type Message } from "../messages/index.js";
import { CATALOGUE } from "../messages/catalogue/index.js";

/** Exact texts (first letter lowered) → message ids. */
const EXACT: Record<string, string> = {
  "map keys must be unique": "yaml.detail.duplicate-key",
  "nested mappings are not allowed in compact mappings": "yaml.detail.nested-compact",
  "implicit keys need to be on a single line": "yaml.detail.key-one-line",
  "implicit map keys need to be followed by map values": "yaml.detail.key-needs-value",
  'missing closing "quote': "yaml.detail.missing-double-quote",
  "missing closing 'quote": "yaml.detail.missing-single-quote",
  "all mapping items must start at the same column": "yaml.detail.map-column",
  "all sequence items must start at the same column": "yaml.detail.seq-column",
  "sequence item without - indicator": "yaml.detail.seq-without-dash",
  "a block sequence may not be used as an implicit map key": "yaml.detail.seq-as-key",
  "block scalar values in collections must be indented": "yaml.detail.block-indent",
  "block scalar lines must not be less indented than their first line": "yaml.detail.block-less-indented",
  "block scalars with more-indented leading empty lines must use an explicit indentation indicator":
    "yaml.detail.block-leading-empty",
  "comments must be separated from other tokens by white space characters": "yaml.detail.comment-space",
  "tabs are not allowed as indentation": "yaml.detail.tab-indent",
  "unexpected block-seq-ind on same line with key": "yaml.detail.seq-on-key-line",
  "the : indicator must be at most 1024 chars after the start of an implicit block mapping key":
    "yaml.detail.key-too-long",
  "excessive alias count indicates a resource exhaustion attack": "yaml.detail.alias-count",
};

const FLOW: Record<string, string> = { "flow sequence": "yaml.detail.flow-seq", "flow map": "yaml.detail.flow-map" };
const flow = (name: string) => msg(FLOW[name.toLowerCase()]!);
const FLOW_NAME = "(flow sequence|flow map)";

/** Texts with a slot: the pattern, and the message made from what it matched. */
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Message]> = [
  [
    new RegExp(`^${FLOW_NAME} must end with a ([\\]}])$`, "i"),
    (m) => msg("yaml.detail.flow-end", { what: flow(m[1]!), end: m[2]! }),
  ],
  [
    new RegExp(`^${FLOW_NAME} in block collection must be sufficiently indented and end with a ([\\]}])$`, "i"),
    (m) => msg("yaml.detail.flow-indent-end", { what: flow(m[1]!), end: m[2]! }),
  ],
  [new RegExp(`^missing , between ${FLOW_NAME} items$`), (m) => msg("yaml.detail.flow-comma", { what: flow(m[1]!) })],
  [
    new RegExp(`^missing , or : between ${FLOW_NAME} items$`),
    (m) => msg("yaml.detail.flow-comma-colon", { what: flow(m[1]!) }),
  ],
  [new RegExp(`^missing space after : in ${FLOW_NAME}$`), (m) => msg("yaml.detail.flow-space", { what: flow(m[1]!) })],
  [
    /^plain value cannot start with reserved character (.+)$/,
    (m) => msg("yaml.detail.bad-start-reserved", { char: m[1]! }),
  ],
  [/^plain value cannot start with (.+)$/, (m) => msg("yaml.detail.bad-start", { char: m[1]! })],
  [/^invalid escape sequence (.+)$/, (m) => msg("yaml.detail.bad-escape", { seq: m[1]! })],
  [/^unexpected (\S+) at node end$/, (m) => msg("yaml.detail.node-end", { token: m[1]! })],
];

/** The message for one of the yaml package's errors: `code` as the package names it, `text` its first line. */
export function yamlDetail(code: string, text: string): Message {
  const lowered = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  const exact = EXACT[lowered];
  if (exact) return msg(exact);
  for (const [re, make] of PATTERNS) {
    const m = re.exec(lowered);
    if (m) return make(m);
  }
  const byCode = `yaml.code.${code}`;
  return msg(byCode in CATALOGUE ? byCode : "yaml.code.other", { text: lowered });
}
