/**
 * Random edits of a department repository's files (as a path → text map), for property tests of
 * `diff`: words replaced in a fragment's body or a task, a footnote added to a fragment, a fragment
 * deleted, and the report file's number, date, title, Kính gửi and signer changed. Edits go through
 * the `yaml` package, so every edited file stays valid YAML.
 */
import fc from "fast-check";
import { parseDocument } from "yaml";
import { editWords } from "./model-edits.js";

export type FileEdit =
  | { op: "body-words" | "task-words"; file: number; at: number; remove: number; insert: string }
  | { op: "add-footnote"; file: number; text: string }
  | { op: "drop-fragment"; file: number }
  | { op: "report"; field: number; value: number; text: string };

const word = fc.constantFrom("mới", "sửa", "Sở", "KH&CN", "05", "tỉnh", "nhiệm vụ", "đã", "kế hoạch");
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
const n = fc.nat(1000);

export const fileEditArb: fc.Arbitrary<FileEdit> = fc.oneof(
  fc.record({
    op: fc.constantFrom("body-words" as const, "task-words" as const),
    file: n,
    at: n,
    remove: fc.nat(2),
    insert: fc.oneof(fc.constant(""), phrase),
  }),
  fc.record({ op: fc.constant("add-footnote" as const), file: n, text: phrase }),
  fc.record({ op: fc.constant("drop-fragment" as const), file: n }),
  fc.record({
    op: fc.constant("report" as const),
    field: fc.nat(5),
    value: fc.integer({ min: 1, max: 28 }),
    text: phrase,
  }),
);

export function applyFileEdits(
  files: Record<string, string>,
  folder: string,
  reportFile: string,
  edits: readonly FileEdit[],
): Record<string, string> {
  const out = { ...files };
  let footnotes = 0;
  for (const e of edits) {
    const fragments = Object.keys(out)
      .filter((p) => p.startsWith(`${folder}/`) && p.endsWith(".yaml"))
      .sort();
    if (e.op === "report") {
      const doc = parseDocument(out[reportFile] ?? "");
      if (e.field === 0) doc.set("number", e.value);
      if (e.field === 1)
        doc.set("date", `${String(doc.get("date") ?? "2023-11-20").slice(0, 8)}${String(e.value).padStart(2, "0")}`);
      if (e.field === 2) doc.set("title", `Kết quả ${e.text} của Sở`);
      if (e.field === 3) doc.set("kinhGui", [`UBND tỉnh ${e.text}`]);
      if (e.field === 4) doc.set("archive", `VP, ${e.text.toUpperCase().replace(/[^A-ZĐ0-9]/gu, "")}X`);
      if (e.field === 5) doc.set("closing", `Trên đây là báo cáo ${e.text}./.`);
      out[reportFile] = doc.toString();
      continue;
    }
    const file = fragments[e.file % Math.max(1, fragments.length)];
    if (!file) continue;
    if (e.op === "drop-fragment") {
      if (fragments.length > 1) delete out[file];
      continue;
    }
    const doc = parseDocument(out[file]!);
    const body = doc.get("body");
    if (e.op === "body-words" && typeof body === "string" && body.trim())
      doc.set("body", editWords(body, e.at, e.remove, e.insert) || "Mới.");
    if (e.op === "add-footnote" && typeof body === "string" && body.trim()) {
      const label = `h16-${footnotes++}`;
      const [first, ...rest] = body.split("\n");
      doc.set("body", [`${first}[^${label}]`, ...rest, "", `[^${label}]: ${e.text}.`, ""].join("\n"));
    }
    const tasks = doc.get("tasks", true);
    if (e.op === "task-words" && tasks && typeof tasks === "object" && "items" in tasks) {
      const items = (tasks as { items: Array<{ value?: unknown }> }).items;
      const item = items[e.at % Math.max(1, items.length)];
      if (item && typeof item.value === "string")
        item.value = editWords(item.value, e.at, e.remove, e.insert) || "Mới.";
    }
    out[file] = doc.toString();
  }
  return out;
}
