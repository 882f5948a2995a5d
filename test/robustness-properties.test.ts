/**
 * Property tests over whole builds, in memory (memoryWorld + compile):
 *   - random valid fragments always build, to JSON and to a valid DOCX;
 *   - random damage to a valid file (byte flips, truncation, inserted YAML/Markdown punctuation)
 *     never makes `compile` throw, and whatever DOCX it still produces is valid.
 * A valid DOCX here: every XML part well-formed (checked by the small scanner below, not by a
 * regex), and every footnote reference in document.xml resolves to a footnote in footnotes.xml.
 */
import { join } from "node:path";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { CompileResult } from "../src/compile-api.js";
import { compile } from "../src/pipeline.js";
import { memoryWorld } from "../src/world.js";
import { readTree } from "./support/read-tree.js";

const MINIMAL = join(import.meta.dirname, "fixtures/_base");
const FRAGMENT = "reports/2023-11/monthly/qlkh.quan-ly.yaml";

const BASE = readTree(MINIMAL);

// ---- a minimal XML well-formedness checker ---------------------------------------------------

interface XmlElement {
  name: string;
  attrs: Map<string, string>;
}

const isNameChar = (c: string) => c !== "" && !" \t\r\n/>=<\"'&".includes(c);
const ENTITIES = new Set(["amp", "lt", "gt", "quot", "apos"]);

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** Checks `&…;` at i; returns the index after it. */
function entity(s: string, i: number): number {
  const end = s.indexOf(";", i);
  if (end < 0) throw new Error(`bare & at ${i}`);
  const name = s.slice(i + 1, end);
  const ok =
    ENTITIES.has(name) ||
    (name.startsWith("#x") &&
      name.length > 2 &&
      [...name.slice(2)].every((c) => "0123456789abcdefABCDEF".includes(c))) ||
    (name.startsWith("#") && name.length > 1 && [...name.slice(1)].every((c) => c >= "0" && c <= "9"));
  if (!ok) throw new Error(`bad entity &${name}; at ${i}`);
  return end + 1;
}

/** Throws on the first well-formedness error; returns every element with its attributes. */
export function checkXml(s: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  for (const ch of s)
    if (!isXmlChar(ch.codePointAt(0)!))
      throw new Error(`character U+${ch.codePointAt(0)!.toString(16)} not allowed in XML`);
  while (i < s.length) {
    const c = s[i]!;
    if (c === "&") {
      i = entity(s, i);
      continue;
    }
    if (c !== "<") {
      if (stack.length === 0 && !" \t\r\n".includes(c)) throw new Error(`text outside the root element at ${i}`);
      i++;
      continue;
    }
    if (s.startsWith("<?", i)) {
      const end = s.indexOf("?>", i);
      if (end < 0) throw new Error("unterminated <?");
      i = end + 2;
      continue;
    }
    if (s.startsWith("<!--", i)) {
      const end = s.indexOf("-->", i);
      if (end < 0) throw new Error("unterminated comment");
      i = end + 3;
      continue;
    }
    if (s.startsWith("<![CDATA[", i)) {
      const end = s.indexOf("]]>", i);
      if (end < 0 || stack.length === 0) throw new Error("bad CDATA");
      i = end + 3;
      continue;
    }
    const closing = s[i + 1] === "/";
    let j = i + (closing ? 2 : 1);
    let name = "";
    while (isNameChar(s[j] ?? "")) name += s[j++];
    if (!name) throw new Error(`tag without a name at ${i}`);
    if (closing) {
      while (" \t\r\n".includes(s[j] ?? "x")) j++;
      if (s[j] !== ">") throw new Error(`bad end tag </${name} at ${i}`);
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? "nothing"}> at ${i}`);
      i = j + 1;
      continue;
    }
    const attrs = new Map<string, string>();
    for (;;) {
      const before = j;
      while (" \t\r\n".includes(s[j] ?? "x")) j++;
      if (s[j] === ">" || s.startsWith("/>", j)) break;
      if (j === before) throw new Error(`expected a space before an attribute in <${name}> at ${j}`);
      let attr = "";
      while (isNameChar(s[j] ?? "")) attr += s[j++];
      if (!attr || s[j] !== "=") throw new Error(`bad attribute in <${name}> at ${j}`);
      const q = s[j + 1];
      if (q !== '"' && q !== "'") throw new Error(`unquoted attribute ${attr} at ${j}`);
      const end = s.indexOf(q, j + 2);
      if (end < 0) throw new Error(`unterminated attribute ${attr}`);
      const value = s.slice(j + 2, end);
      if (value.includes("<")) throw new Error(`< in attribute ${attr}`);
      for (let k = value.indexOf("&"); k >= 0; k = value.indexOf("&", k + 1)) entity(value, k);
      if (attrs.has(attr)) throw new Error(`attribute ${attr} twice in <${name}>`);
      attrs.set(attr, value);
      j = end + 1;
    }
    if (stack.length === 0 && roots++ > 0) throw new Error("more than one root element");
    elements.push({ name, attrs });
    if (s[j] === ">") stack.push(name);
    i = j + (s[j] === ">" ? 1 : 2);
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (roots !== 1) throw new Error("no root element");
  return elements;
}

/** Throws unless the DOCX is a zip of well-formed parts whose footnote references all resolve. */
function checkDocx(data: Uint8Array): number {
  const parts = unzipSync(data);
  const xml: Record<string, XmlElement[]> = {};
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    try {
      xml[name] = checkXml(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch (e) {
      throw new Error(`${name}: ${(e as Error).message}`, { cause: e });
    }
  }
  expect(xml["word/document.xml"], "word/document.xml").toBeDefined();
  const refs = xml["word/document.xml"]!.filter((e) => e.name === "w:footnoteReference").map((e) =>
    e.attrs.get("w:id"),
  );
  const notes = new Set(
    (xml["word/footnotes.xml"] ?? []).filter((e) => e.name === "w:footnote").map((e) => e.attrs.get("w:id")),
  );
  for (const id of refs) expect(notes.has(id), `footnote reference ${id} has no footnote`).toBe(true);
  expect(new Set(refs).size, "each footnote is referenced once").toBe(refs.length);
  return refs.length;
}

describe("checkXml (the test's own checker)", () => {
  it("accepts well-formed XML and rejects broken XML", () => {
    expect(checkXml('<?xml version="1.0"?><a x="1 &amp; 2"><b/>t&#x41;<c>&lt;</c></a>')).toHaveLength(3);
    for (const bad of [
      "<a><b></a></b>",
      "<a>&nope;</a>",
      "<a>x & y</a>",
      '<a x="1" x="2"/>',
      "<a>",
      "<a/><b/>",
      "<a x=1/>",
      "<a>\u0001</a>",
    ]) {
      expect(() => checkXml(bad), bad).toThrow();
    }
  });
});

// ---- generators ------------------------------------------------------------------------------

const WORDS = [
  "Sở",
  "Khoa",
  "học",
  "công",
  "nghệ",
  "nhiệm",
  "vụ",
  "KH&CN",
  "đã",
  "triển",
  "khai",
  "tỉnh",
  "Cao",
  "Bằng",
  "năm",
  "2023",
  "45%",
  "(dự án)",
  "“trích”",
  "5 > 3",
  "a < b",
  "{{x}}",
  "#set",
  "$y$",
  "@ref",
  "1/2",
  "ha;",
  "đạt,",
  "100",
  "ĐỀ",
  "Ưu",
];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
const inline = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 1, arbitrary: sentence.map((s) => `**${s}**`) },
  { weight: 1, arbitrary: sentence.map((s) => `*${s}*`) },
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 3 }).map((p) => p.join(" "));
const block = fc.oneof(
  { weight: 4, arbitrary: paragraph.map((p) => ({ text: p, note: false })) },
  { weight: 2, arbitrary: paragraph.map((p) => ({ text: p, note: true })) },
  {
    weight: 2,
    arbitrary: fc
      .array(paragraph, { minLength: 1, maxLength: 4 })
      .map((items) => ({ text: items.map((i) => `- ${i}`).join("\n"), note: false })),
  },
  {
    weight: 1,
    arbitrary: fc.array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 4 }).map((rows) => ({
      text: ["| Nội dung | Kết quả |", "|---|---|", ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join("\n"),
      note: false,
    })),
  },
);

/** A valid `body`: blocks separated by blank lines, each footnote called once and defined once. */
const body = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => {
  const defs: string[] = [];
  const text = blocks.map((b, i) => {
    if (!b.note) return b.text;
    defs.push(`[^n${i}]: Ghi chú ${i} — ${b.text.slice(0, 40)}`);
    return `${b.text}[^n${i}]`;
  });
  return [...text, ...defs].join("\n\n");
});

const fragmentYaml = (text: string) =>
  `unit: qlkh\nsection: quan-ly\nbody: |\n${text
    .split("\n")
    .map((l) => (l ? `  ${l}` : ""))
    .join("\n")}\n`;

async function compileWith(file: Uint8Array | string, formats: ("json" | "docx")[]): Promise<CompileResult> {
  return compile({ periods: ["2023-11"], formats }, memoryWorld({ ...BASE, [FRAGMENT]: file }));
}

const errors = (r: CompileResult) => r.diagnostics.filter((d) => d.severity === "error");

describe("random valid fragments", () => {
  it("always build to JSON and to a valid DOCX", async () => {
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const r = await compileWith(fragmentYaml(text), ["json", "docx"]);
        expect(errors(r), text).toEqual([]);
        const docx = r.outputs.find((o) => o.path.endsWith(".docx"));
        const json = r.outputs.find((o) => o.path.endsWith(".json"));
        expect(json && docx).toBeTruthy();
        JSON.parse(new TextDecoder().decode(json!.data));
        const notes = (text.match(/^\[\^n\d+\]:/gm) ?? []).length;
        expect(checkDocx(docx!.data), "footnotes in the DOCX: the fragment's and the two of vp/qlkh tham-muu").toBe(
          notes + 2,
        );
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});

// ---- mutations -------------------------------------------------------------------------------

const PUNCTUATION = [
  ":",
  "-",
  "- ",
  "#",
  "|",
  "&",
  "*",
  "[",
  "]",
  "{",
  "}",
  ">",
  "!",
  "'",
  '"',
  "%",
  "@",
  "`",
  "\t",
  "\n",
  "\n\n",
  "---\n",
  "[^n0]",
  "<b>",
  "\\",
  "\u0000",
  "\u000b",
  "\uFFFE",
  "\u00e9",
  "  ",
  "\r\n",
];

type Mutation =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom(...PUNCTUATION) }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length ? m.at % (bytes.length + (m.kind === "flip" ? 0 : 1)) : 0;
  if (m.kind === "flip") {
    const out = Uint8Array.from(bytes);
    if (out.length) out[at] = out[at]! ^ (1 << m.bit);
    return out;
  }
  if (m.kind === "truncate") return bytes.slice(0, at);
  const ins = new TextEncoder().encode(m.text);
  const out = new Uint8Array(bytes.length + ins.length);
  out.set(bytes.subarray(0, at));
  out.set(ins, at);
  out.set(bytes.subarray(at), at + ins.length);
  return out;
}

const TARGETS = ["bcreport.yaml", "reports/2023-11/monthly.yaml", "reports/2023-11/monthly/vp.tham-muu.yaml", FRAGMENT];

describe("random damage to valid files", () => {
  it("never makes compile throw; every diagnostic names a position; any DOCX produced is valid", async () => {
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom(...TARGETS),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (text, target, mutations) => {
          const files: Record<string, Uint8Array> = {
            ...BASE,
            [FRAGMENT]: new TextEncoder().encode(fragmentYaml(text)),
          };
          files[target] = mutations.reduce(mutate, files[target]!);
          const r = await compile({ periods: ["2023-11"], formats: ["json", "docx"] }, memoryWorld(files));
          for (const d of r.diagnostics) {
            expect(typeof d.message).toBe("string");
            if (d.file) expect(d.line, `${d.file}: ${d.message}`).toBeGreaterThan(0);
          }
          if (errors(r).length) expect(r.outputs).toEqual([]);
          const docx = r.outputs.find((o) => o.path.endsWith(".docx"));
          if (docx) checkDocx(docx.data);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});

// ---- hostile text (issue 19): links, nesting, line breaks in frame fields ----------------------

const hostileInline = fc.oneof(
  fc.constant("[trống]()"),
  fc.integer({ min: 1000, max: 9000 }).map((n) => `[dài](https://a.vn/${"a".repeat(n)})`),
  fc.constantFrom(
    "[a](file:///etc/passwd)",
    "[a](javascript:alert(1))",
    "[a](\\\\\\\\srv\\\\share)",
    "[a](ftp://x.vn)",
    "[a](docs/x.pdf)",
  ),
  fc.integer({ min: 1, max: 3000 }).map((n) => "*".repeat(n) + "a" + "*".repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => "*a **b ".repeat(n) + "c"),
  fc.integer({ min: 1, max: 2000 }).map((n) => "[".repeat(n) + "a" + "](https://a.vn)".repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => "`".repeat(n) + "x" + "`".repeat(Math.max(1, n - 1))),
);

describe("hostile inline text", () => {
  it("never throws, never writes alongside an error, and takes bounded time", async () => {
    await fc.assert(
      fc.asyncProperty(body, hostileInline, async (text, hostile) => {
        const t0 = performance.now();
        const r = await compileWith(fragmentYaml(`${text}\n\nThêm ${hostile} nữa.`), ["json", "docx"]);
        expect(performance.now() - t0, hostile.slice(0, 40)).toBeLessThan(5000);
        for (const d of r.diagnostics) if (d.file) expect(d.line, `${d.file}: ${d.message}`).toBeGreaterThan(0);
        if (errors(r).length) expect(r.outputs).toEqual([]);
        const docx = r.outputs.find((o) => o.path.endsWith(".docx"));
        if (docx) checkDocx(docx.data);
        const json = r.outputs.find((o) => o.path.endsWith(".json"));
        if (json) expect(new TextDecoder().decode(json.data)).not.toMatch(/"link": "(?!https?:\/\/|mailto:)/);
      }),
      { numRuns: 40 },
    );
  }, 240_000);
});

/** One-line values of the profile and the report file, and how to put a line break into each. */
const CONFIG_TEXT = new TextDecoder().decode(BASE["bcreport.yaml"]);
const FRAME_FIELDS: Array<[string, string]> = [
  ["name: Sở Khoa học và Công nghệ", "name: "],
  ["name: Phòng Quản lý khoa học,", "name: "],
  ["code: QLKH }", "code: "],
  ["name: Nông Thành Thân }", "name: "],
  ["title: PHÓ GIÁM ĐỐC,", "title: "],
  ["of: GIÁM ĐỐC,", "of: "],
  ["recipients: [UBND tỉnh,", "recipients: ["],
  ["title: Công tác tham mưu,", "title: "],
  ["place: Cao Bằng", "place: "],
];
const lineBreak = fc.constantFrom("\\n", "\\r\\n", "\\n- ", "\\n* @evil", "\\u2028");

describe("line breaks in every one-line frame field", () => {
  it("are positioned errors, never a throw or a document", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FRAME_FIELDS), lineBreak, async ([search, key], br) => {
        const value = search.slice(key.length).replace(/[,}]$/, "").replace(/^\[/, "").trim();
        const tail = search.slice(key.length + search.slice(key.length).indexOf(value) + value.length);
        const text = CONFIG_TEXT.replace(search, `${key}"${value.slice(0, 2)}${br}${value.slice(2)}"${tail}`);
        expect(text).not.toBe(CONFIG_TEXT);
        const r = await compile(
          { periods: ["2023-11"], formats: ["json"] },
          memoryWorld({ ...BASE, "bcreport.yaml": text }),
        );
        expect(
          errors(r).map((d) => d.rule),
          text,
        ).toContain("single-line");
        for (const d of errors(r)) expect(d.line).toBeGreaterThan(0);
        expect(r.outputs).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
