/**
 * The tracked-changes DOCX of `bcreport diff --format docx`, as a property: for the example
 * reports and random edits — of their models (text, tables, footnotes, frame) and of their files
 * (fragments and the report file, built through the pipeline) — accepting every
 * revision gives exactly the text of the new build and rejecting every revision exactly the text
 * of the old one (paragraphs of the whole document, tables cell by cell, footnotes in order).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { trackedModel } from "../src/diff/tracked-model.js";
import type { ReportModel, Revision } from "../src/model/report.js";
import { buildModels } from "../src/pipeline.js";
import { memoryWorld, nodeWorld } from "../src/world.js";
import { writeDocx } from "../src/writers/docx/write-docx.js";
import { revisedText, revisionMarks } from "./support/docx-revisions.js";
import { applyFileEdits, fileEditArb } from "./support/file-edits.js";
import { applyEdits, editArb } from "./support/model-edits.js";

const EXAMPLE = join(import.meta.dirname, "..", "examples", "cao-bang");
const attribute = (type: Revision["type"]): Revision => ({
  type,
  author: type === "ins" ? "Người Thêm" : "Người Xóa",
  date: "2023-11-21T08:00:00Z",
});

let models: ReportModel[] = [];
beforeAll(async () => {
  models = (await buildModels({ periods: ["2019-09", "2023-10", "2023-11"] }, nodeWorld(EXAMPLE))).models;
});

type Text = ReturnType<typeof revisedText>;

async function check(a: ReportModel, b: ReportModel, view: (t: Text) => Text = (t) => t): Promise<void> {
  const tracked = await writeDocx(trackedModel(a, b, attribute).model);
  const [newText, oldText] = [revisedText(await writeDocx(b), "accept"), revisedText(await writeDocx(a), "accept")];
  expect(view(revisedText(tracked, "accept"))).toEqual(view(newText));
  expect(view(revisedText(tracked, "reject"))).toEqual(view(oldText));
  // The views differ exactly when the texts do (the property cannot hold by showing the same text twice).
  if (JSON.stringify(newText) !== JSON.stringify(oldText)) expect(revisionMarks(tracked).length).toBeGreaterThan(0);
}

describe("tracked-changes DOCX", () => {
  it("has the example models", () => expect(models.length).toBe(3));

  it("of a report against itself has no revision and is the build's DOCX", async () => {
    for (const m of models) expect(await writeDocx(trackedModel(m, m, attribute).model)).toEqual(await writeDocx(m));
  });

  it("accepting all gives the new text, rejecting all the old (random edits of the examples)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(2), fc.array(editArb, { minLength: 1, maxLength: 6 }), async (which, edits) => {
        const a = models[which]!;
        await check(a, applyEdits(a, edits));
      }),
      { numRuns: 40, seed: 16 },
    );
  }, 120_000);

  it("works both ways and between two examples (everything changed)", async () => {
    await check(models[1]!, models[2]!);
    await check(models[2]!, models[0]!);
  }, 60_000);

  it("is deterministic and attributes every revision", async () => {
    const b = applyEdits(models[2]!, [
      { op: "words", target: 3, at: 2, remove: 1, insert: "mới" },
      { op: "frame", field: 3, at: 0, remove: 1, insert: "Lê" },
    ]);
    const one = await writeDocx(trackedModel(models[2]!, b, attribute).model);
    expect(await writeDocx(trackedModel(models[2]!, b, attribute).model)).toEqual(one);
    const marks = revisionMarks(one);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map(([t, who]) => `${t} ${who}`))).toEqual(new Set(["ins Người Thêm", "del Người Xóa"]));
  });
});

describe("tracked-changes DOCX of a report with appendices", () => {
  let annual: ReportModel;
  beforeAll(async () => {
    annual = (await buildModels({ periods: ["2024"] }, nodeWorld(EXAMPLE))).models[0]!;
  });
  /** The annual report with a footnote cited in its first appendix (the case that crashed `diff --format docx`). */
  const withAppendixNote = (m: ReportModel): ReportModel => {
    const n = m.footnotes.length + 1;
    const [first, ...rest] = m.appendices!;
    const cited = {
      type: "paragraph" as const,
      role: "body" as const,
      content: [
        { type: "text" as const, text: "Số liệu ước thực hiện" },
        { type: "footnote" as const, n },
      ],
    };
    return {
      ...m,
      appendices: [{ ...first!, blocks: [...first!.blocks, cited] }, ...rest],
      footnotes: [...m.footnotes, { n, content: [{ type: "text", text: "Theo báo cáo của các đơn vị." }] }],
    };
  };

  it("has appendices", () => expect(annual.appendices?.length).toBeGreaterThan(0));

  // A table that ends a DOCX section is followed by an empty paragraph (Word needs one); rejecting a
  // paragraph inserted after such a table leaves the table last without it. Only that differs.
  const words = (t: Text): Text => ({ ...t, paragraphs: t.paragraphs.filter((p) => p !== "") });

  it("tracks a footnote added in an appendix, and appendices added or dropped", async () => {
    await check(annual, withAppendixNote(annual), words);
    await check(withAppendixNote(annual), annual, words);
    await check(models[2]!, annual, words);
    await check(annual, models[2]!, words);
  }, 60_000);
});

describe("tracked-changes DOCX from edited files", () => {
  const files: Record<string, string> = {};
  for (const e of readdirSync(EXAMPLE, { recursive: true, withFileTypes: true })) {
    const path = relative(EXAMPLE, join(e.parentPath, e.name)).split(sep).join("/");
    if (e.isFile() && !path.startsWith("originals/")) files[path] = readFileSync(join(EXAMPLE, path), "utf8");
  }
  const PERIODS = ["2019-09", "2023-11"];

  it("accepting all gives the new build's text, rejecting all the old one's (random edits of fragments and report file)", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(1), fc.array(fileEditArb, { minLength: 1, maxLength: 4 }), async (which, edits) => {
        const period = PERIODS[which]!;
        const edited = applyFileEdits(files, `reports/${period}/monthly`, `reports/${period}/monthly.yaml`, edits);
        const [a, b] = await Promise.all(
          [files, edited].map(async (f) => (await buildModels({ periods: [period] }, memoryWorld(f))).models[0]),
        );
        if (!a || !b) return; // an edit that makes the report fail to build (e.g. a fragment the outline requires)
        compared++;
        await check(a, b);
      }),
      { numRuns: 25, seed: 1616 },
    );
    expect(compared).toBeGreaterThan(15);
  }, 180_000);
});
