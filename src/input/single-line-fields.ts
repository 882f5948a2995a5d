/**
 * Values that are one line of the document (a recipient, a Kính gửi item, a signer's name, a
 * section or unit name, a reviewer): a newline inside one would silently become an extra
 * recipient, a group heading, a second name line, a `new` stub that fails `check`, or — in a
 * reviewer — extra lines of CODEOWNERS. Each is an error at the value. Reviewers must also be one
 * owner token (`@user`, `@org/team` or an e-mail address): a space would split it into two owners.
 */
import { isPair, isScalar, isSeq, visit } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { msg } from "../messages/index.js";
import type { YamlFile } from "../yaml/parse-yaml.js";

/** Key paths (`*`: any index or key; `**`: any depth) of the single-line values of each file. */
const SINGLE_LINE: Record<"bcreport" | "report", string[]> = {
  bcreport: [
    "agency.name",
    "agency.code",
    "agency.place",
    "units.*.name",
    "units.*.code",
    "units.*.reviewers.*",
    "signers.*.name",
    "signers.*.title",
    "signers.*.of",
    "signers.*.authority",
    "signers.*.lines.*",
    "kinds.*.recipients.*",
    "kinds.*.recipients.*.group",
    "kinds.*.recipients.*.items.*",
    "kinds.*.kinhGui.*",
    "kinds.*.outline.**.title",
    "kinds.*.name",
    "kinds.*.docType",
    "kinds.*.typeCode",
    "kinds.*.archive",
  ],
  report: ["number", "symbol", "kinhGui.*", "recipients.*", "recipients.*.group", "recipients.*.items.*", "archive"],
};

const OWNER = /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9._-]+)?|[^\s@]+@[^\s@]+\.[^\s@]+)$/;

function matches(pattern: string[], path: string[]): boolean {
  if (pattern.length === 0) return path.length === 0;
  const [head, ...rest] = pattern;
  if (head === "**") return path.some((_, i) => matches(rest, path.slice(i))) || matches(rest, []);
  if (path.length === 0) return false;
  return (head === "*" || head === path[0]) && matches(rest, path.slice(1));
}

export function singleLineProblems(y: YamlFile, schema: "bcreport" | "report"): Diagnostic[] {
  const patterns = SINGLE_LINE[schema].map((p) => p.split("."));
  const found: Diagnostic[] = [];
  const at = (offset: number) => y.lines.linePos(offset);
  visit(y.doc, {
    Scalar(key, node, ancestors) {
      if (key === "key" || !isScalar(node) || typeof node.value !== "string") return;
      // A pair adds its key; a sequence adds `*` for whichever of its items the path goes through.
      const path = ancestors.flatMap((a) =>
        isPair(a) ? [isScalar(a.key) ? String(a.key.value) : "*"] : isSeq(a) ? ["*"] : [],
      );
      if (!patterns.some((p) => matches(p, path))) return;
      const pos = at(node.range?.[0] ?? 0);
      const value = node.value;
      if (/[\n\r\u2028\u2029]/.test(value.replace(/\n$/, ""))) {
        found.push(
          diagnostic({
            file: y.file,
            line: pos.line,
            column: pos.col,
            rule: "single-line",
            message: msg("input.single-line", { path: path.join(".") }),
            hint: msg("input.single-line.hint"),
          }),
        );
      } else if (path[0] === "units" && path[2] === "reviewers" && !OWNER.test(value)) {
        found.push(
          diagnostic({
            file: y.file,
            line: pos.line,
            column: pos.col,
            rule: "reviewer-token",
            message: msg("input.reviewer-token", { value: JSON.stringify(value).slice(1, -1) }),
            hint: msg("input.reviewer-token.hint"),
          }),
        );
      }
    },
  });
  return found;
}
