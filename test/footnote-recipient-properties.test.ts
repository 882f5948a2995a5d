/**
 * Property tests over whole builds (memoryWorld + compile) for footnotes cited more than once or
 * from inside another footnote, and for Nơi nhận lists of any length:
 *   - nothing throws (the CLI's exit 70); a note inside a note is a positioned error, nothing built;
 *   - DOCX, PDF and Markdown print the same footnote numbers at the same places, and the same notes;
 *   - the DOCX has one w:footnoteReference per note (a repeat is its number as a superscript run);
 *   - a long Nơi nhận list flows onto the next page: nothing below the bottom margin, every line printed;
 *   - a few of the DOCX files open in LibreOffice and number the same (skipped without `soffice`).
 */
import { translate } from "../src/messages/index.js";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CompileResult } from "../src/compile-api.js";
import { compile } from "../src/pipeline.js";
import { convertDocxWithLibreOffice } from "../src/writers/pdf/libreoffice.js";
import { memoryWorld } from "../src/world.js";
import { readTree } from "./support/read-tree.js";
import { all, kid, readDocx, textOf, val, type XmlElement } from "./support/docx-xml.js";
import { pdfPages } from "./support/pdf-text.js";

const MINIMAL = join(import.meta.dirname, "fixtures/_base");
const FRAGMENT = "reports/2023-11/monthly/qlkh.quan-ly.yaml";
const CONFIG = "bcreport.yaml";

const BASE = readTree(MINIMAL);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const squash = (s: string) => s.replace(/\s+/g, "");
/** The base repository's two notes (vp and qlkh tham-muu) come before the fragment's in reading order. */
const BASE_NOTES = ["Kế hoạch số 447/KH-UBND ngày 02/3/2022.", "Theo Nghị quyết 93/2021/NQ-HĐND."];

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));

// ---- generators ------------------------------------------------------------------------------

const WORDS = [
  "Sở",
  "Khoa",
  "học",
  "công",
  "nghệ",
  "nhiệm",
  "vụ",
  "đã",
  "triển",
  "khai",
  "tỉnh",
  "Cao",
  "Bằng",
  "năm",
  "2023",
  "Quyết",
  "định",
  "đạt",
  "ĐỀ",
  "Ưu",
];
const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));

/** A place marker before each reference, so every writer's output shows which number stands where. */
const marker = (i: number) => `Mốc${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`;

interface Cited {
  /** The fragment's body. */
  body: string;
  /** Note texts by label index. */
  notes: string[];
  /** Label index of each reference, in reading order. */
  refs: number[];
}

/** Notes n0…n(k-1), each cited at least once, some several times, in any order. */
const cited: fc.Arbitrary<Cited> = fc
  .integer({ min: 1, max: 5 })
  .chain((k) =>
    fc.record({
      notes: fc.array(words(2, 6), { minLength: k, maxLength: k }),
      extra: fc.array(fc.nat(k - 1), { maxLength: 8 }),
      order: fc.array(fc.nat(1000), { minLength: k + 8, maxLength: k + 8 }),
      paragraphs: fc.integer({ min: 1, max: 3 }),
    }),
  )
  .map(({ notes, extra, order, paragraphs }) => {
    const refs = [...notes.map((_, i) => i), ...extra]
      .map((label, i) => ({ label, key: order[i] ?? 0 }))
      .sort((a, b) => a.key - b.key)
      .map((r) => r.label);
    const sentences = refs.map((label, i) => `${marker(i)}[^n${label}] và`);
    const per = Math.ceil(sentences.length / paragraphs);
    const paras: string[] = [];
    for (let i = 0; i < sentences.length; i += per) paras.push(`${sentences.slice(i, i + per).join(" ")} tiếp tục.`);
    const defs = notes.map((note, i) => `[^n${i}]: Ghi chú ${i} ${note}.`);
    return { body: [...paras, ...defs].join("\n\n"), notes: notes.map((note, i) => `Ghi chú ${i} ${note}.`), refs };
  });

const fragmentYaml = (body: string) =>
  `unit: qlkh\nsection: quan-ly\nbody: |\n${body
    .split("\n")
    .map((l) => (l ? `  ${l}` : ""))
    .join("\n")}\n`;

async function build(files: Record<string, string>, formats: ("docx" | "md" | "pdf")[]): Promise<CompileResult> {
  const world = { ...BASE };
  for (const [path, content] of Object.entries(files)) world[path] = new TextEncoder().encode(content);
  return compile({ periods: ["2023-11"], formats }, memoryWorld(world));
}

const errors = (r: CompileResult) => r.diagnostics.filter((d) => d.severity === "error");
const output = (r: CompileResult, ext: string) => r.outputs.find((o) => o.path.endsWith(ext))!.data;

// ---- reading each format's footnotes -----------------------------------------------------------

interface Printed {
  /** Numbers printed after each marker, in marker order. */
  marks: number[];
  /** Note texts by number (1-based; index 0 unused). */
  notes: string[];
}

/** Numbers printed right after each marker of `count` in squashed text. */
function marksIn(flat: string, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Number(new RegExp(`${marker(i)}(\\d+)`).exec(flat)?.[1] ?? NaN));
}

function fromMarkdown(md: string, count: number): Printed {
  const notes: string[] = [];
  for (const m of md.matchAll(/^\[\^(\d+)\]: (.*)$/gm)) notes[Number(m[1])] = m[2]!;
  return { marks: marksIn(squash(md).replace(/\[\^(\d+)\]/g, "$1"), count), notes };
}

/** Marks from the runs of document.xml; notes from footnotes.xml. Checks every reference resolves and is unique. */
function fromDocx(bytes: Uint8Array, count: number): Printed {
  const docx = readDocx(bytes);
  let flat = "";
  const ids: string[] = [];
  for (const run of all(docx.body, "w:r")) {
    const ref = kid(run, "w:footnoteReference");
    if (ref) {
      ids.push(ref.attrs["w:id"]!);
      flat += ref.attrs["w:id"];
      continue;
    }
    const props = kid(run, "w:rPr");
    const repeat = val(props, "w:rStyle") === "FootnoteReference" && val(props, "w:vertAlign") === "superscript";
    flat += repeat ? textOf(run) : textOf(run).replace(/\d/g, "#");
  }
  expect(new Set(ids).size, "one w:footnoteReference per note").toBe(ids.length);
  const notes: string[] = [];
  for (const note of all(docx.footnotes, "w:footnote")) {
    const id = Number(note.attrs["w:id"]);
    if (id >= 1) notes[id] = textOf(note as XmlElement).trim();
  }
  for (const id of ids) expect(notes[Number(id)], `footnote ${id} of document.xml in footnotes.xml`).toBeDefined();
  expect(notes.filter((n) => n !== undefined).length, "every note in footnotes.xml is referenced").toBe(ids.length);
  return { marks: marksIn(squash(flat), count), notes };
}

/** Every note `n` printed as its number followed by its text, in order, at the page bottoms. */
async function expectPdfAgrees(pdf: Uint8Array, expected: Printed, count: number): Promise<void> {
  const flat = squash((await pdfPages(pdf)).map((p) => p.text).join(" "));
  expect(marksIn(flat, count), "PDF marks").toEqual(expected.marks);
  let at = 0;
  for (let n = 1; n < expected.notes.length; n++) {
    const i = flat.indexOf(squash(`${n}${expected.notes[n]}`), at);
    expect(i, `note ${n} "${expected.notes[n]}" in the PDF`).toBeGreaterThanOrEqual(0);
    at = i;
  }
}

/** What every writer must print: numbers by first citation, after the base's notes. */
function expectedOf(c: Cited): Printed {
  const numbers = new Map<number, number>();
  for (const label of c.refs) if (!numbers.has(label)) numbers.set(label, BASE_NOTES.length + numbers.size + 1);
  const notes = [undefined as unknown as string, ...BASE_NOTES];
  for (const [label, n] of numbers) notes[n] = c.notes[label]!;
  return { marks: c.refs.map((label) => numbers.get(label)!), notes };
}

// ---- properties --------------------------------------------------------------------------------

describe("footnotes cited more than once", () => {
  it("DOCX, PDF and Markdown print the same numbers at the same places and the same notes", async () => {
    await fc.assert(
      fc.asyncProperty(cited, async (c) => {
        const r = await build({ [FRAGMENT]: fragmentYaml(c.body) }, ["docx", "md", "pdf"]);
        expect(errors(r), c.body).toEqual([]);
        const expected = expectedOf(c);
        expect(fromMarkdown(text(output(r, ".md")), c.refs.length)).toEqual(expected);
        expect(fromDocx(output(r, ".docx"), c.refs.length)).toEqual(expected);
        await expectPdfAgrees(output(r, ".pdf"), expected, c.refs.length);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});

describe("a footnote cited inside a footnote", () => {
  it("is a positioned error footnote-in-footnote, whether it cites another note or itself; nothing is built", async () => {
    await fc.assert(
      fc.asyncProperty(cited, fc.nat(), fc.nat(), async (c, outer, inner) => {
        const k = c.notes.length;
        const [o, i] = [outer % k, inner % k];
        const body = c.body.replace(`[^n${o}]: Ghi chú ${o} `, `[^n${o}]: Ghi chú ${o} xem[^n${i}] `);
        const r = await build({ [FRAGMENT]: fragmentYaml(body) }, ["docx", "md"]);
        const found = errors(r).filter((d) => d.rule === "footnote-in-footnote");
        expect(found, body).toHaveLength(1);
        expect(found[0]).toMatchObject({ file: FRAGMENT });
        const defLine = body.split("\n").findIndex((l) => l.startsWith(`[^n${o}]:`)) + 4;
        expect([found[0]!.line, found[0]!.column]).toEqual([defLine, 3 + `[^n${o}]: Ghi chú ${o} xem`.length]);
        expect(found[0]!.message).toContain(o === i ? "a reference to itself" : `a reference to footnote \`[^n${i}]\``);
        expect(errors(r), "no other error (the inner note is not also unused)").toHaveLength(1);
        expect(r.outputs).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

// ---- long Nơi nhận lists -------------------------------------------------------------------------

/** Short lists as in most reports, and lists of 35–60 items of one to three lines, longer than a page. */
const recipients = fc.oneof(
  fc.array(words(1, 14), { minLength: 1, maxLength: 10 }),
  fc.array(words(6, 20), { minLength: 35, maxLength: 60 }),
);
/** A list found by this property in which one item runs from page 2 onto page 3 (below page 3's number). */
const SPLIT: string[] = JSON.parse(
  readFileSync(join(import.meta.dirname, "support", "recipients-split-across-pages.json"), "utf8"),
) as string[];
const THIRTY = Array.from({ length: 30 }, (_, i) => `Phòng Văn hóa và Thông tin huyện số ${i + 1} của tỉnh Cao Bằng`);

function configWith(items: string[]): string {
  const config = text(BASE[CONFIG]!);
  const list = items.map((i) => `      - "${i}"`).join("\n");
  const out = config.replace(/ {4}recipients: \[.*\]\n/, `    recipients:\n${list}\n`);
  expect(out).not.toBe(config);
  return out;
}

describe("Nơi nhận lists of any length", () => {
  it("flow onto the next pages: every line printed, none below the bottom margin, the signature beside the list's start", async () => {
    await fc.assert(
      fc.asyncProperty(recipients, async (items) => {
        const r = await build({ [CONFIG]: configWith(items) }, ["docx", "pdf"]);
        expect(errors(r)).toEqual([]);
        const pages = await pdfPages(output(r, ".pdf"));
        const where = (s: string) => pages.findIndex((p) => squash(p.text).includes(squash(s)));
        expect(where("Nơi nhận:")).toBeGreaterThanOrEqual(0);
        expect(where("Nơi nhận:")).toBe(where("Nông Thành Thân"));
        // The page number at the head of each page is not part of an item that runs on from the page before.
        const pageNumber = (it: { str: string; top: number }) => /^\d+$/.test(it.str.trim()) && it.top < 60;
        const flat = squash(
          pages
            .map((p) =>
              p.items
                .filter((it) => !pageNumber(it))
                .map((it) => it.str)
                .join(" "),
            )
            .join(" "),
        );
        let at = flat.indexOf("Nơinhận:");
        expect(at).toBeGreaterThanOrEqual(0);
        for (const item of [...items, "Lưu: VT, VP."]) {
          const i = flat.indexOf(squash(item), at);
          expect(i, `"${item}" after the ones before it`).toBeGreaterThanOrEqual(at);
          at = i + squash(item).length;
        }
        const bottomMargin = (20 * 72) / 25.4;
        for (const page of pages)
          for (const it of page.items)
            if (it.str.trim()) expect(it.top, it.str).toBeLessThan(page.height - bottomMargin + 2);
        const docText = all(readDocx(output(r, ".docx")).body, "w:p")
          .map((p) => textOf(p))
          .join("\n");
        for (const item of items) expect(docText).toContain(`- ${item};`);
      }),
      { numRuns: 8, examples: [[THIRTY], [SPLIT]] },
    );
  }, 120_000);
});

// ---- LibreOffice -----------------------------------------------------------------------------------

describe.skipIf(!soffice)("sampled DOCX files in LibreOffice (skipped: `soffice` is not installed)", () => {
  it("open, and number repeated footnotes as the writers do; a long Nơi nhận list flows", async () => {
    const samples = fc.sample(
      cited.filter((c) => c.refs.length > c.notes.length),
      { numRuns: 2, seed: 19 },
    );
    for (const c of samples) {
      const r = await build({ [FRAGMENT]: fragmentYaml(c.body) }, ["docx"]);
      const converted = await convertDocxWithLibreOffice(output(r, ".docx"), { soffice: soffice! });
      expect(converted.ok, converted.ok ? "" : translate(converted.message, "en")).toBe(true);
      if (converted.ok) await expectPdfAgrees(converted.pdf, expectedOf(c), c.refs.length);
    }
    const r = await build({ [CONFIG]: configWith(THIRTY) }, ["docx"]);
    const converted = await convertDocxWithLibreOffice(output(r, ".docx"), { soffice: soffice! });
    expect(converted.ok).toBe(true);
    if (!converted.ok) return;
    const pages = await pdfPages(converted.pdf);
    const where = (s: string) => pages.findIndex((p) => squash(p.text).includes(squash(s)));
    expect(where("Nơi nhận:")).toBe(where("Nông Thành Thân"));
    expect(where("Lưu: VT, VP.")).toBeGreaterThan(where("Nơi nhận:"));
  }, 300_000);
});
