/** The pure pieces of landscape pages: the turned margins, the runs of the body, the headings kept with a run. */
import { describe, expect, it } from "vitest";
import { DEFAULT_LAYOUT } from "../src/model/default-layout.js";
import { landscapePage, textAreaMm } from "../src/model/landscape-page.js";
import { pageRuns } from "../src/model/page-runs.js";
import type { Block, Heading, Paragraph } from "../src/model/report.js";
import { keepHeadingsWithLandscape } from "../src/merge/landscape-blocks.js";

const heading = (section: string, landscape = false): Heading => ({
  type: "heading",
  level: 1,
  number: "",
  text: [{ type: "text", text: section }],
  style: { bold: true, italic: false, align: "left" },
  section,
  ...(landscape ? { landscape: true } : {}),
});
const para = (text: string, landscape = false): Paragraph => ({
  type: "paragraph",
  role: "body",
  content: [{ type: "text", text }],
  ...(landscape ? { landscape: true } : {}),
});
const shape = (blocks: Block[]) => blocks.map((b) => `${b.type[0]}${b.landscape ? "L" : ""}`).join(" ");

describe("landscapePage", () => {
  it("turns the sheet a quarter to the left: the binding margin (portrait left) becomes the top", () => {
    const turned = landscapePage(DEFAULT_LAYOUT.page);
    expect(turned).toEqual({
      width: 297,
      height: 210,
      margin: { top: 30, right: 20, bottom: 15, left: 20 },
      headerDistance: 10,
    });
    expect(textAreaMm(turned)).toBe(257);
    expect(textAreaMm(DEFAULT_LAYOUT.page)).toBe(165);
  });
});

describe("pageRuns", () => {
  it("splits the body where the orientation changes, in order, nothing lost", () => {
    const body = [para("a"), heading("x", true), para("b", true), para("c"), para("d", true)];
    const runs = pageRuns(body);
    expect(runs.map((r) => [r.landscape, r.blocks.length])).toEqual([
      [false, 1],
      [true, 2],
      [false, 1],
      [true, 1],
    ]);
    expect(runs.flatMap((r) => r.blocks)).toEqual(body);
    expect(pageRuns([])).toEqual([]);
  });
});

describe("keepHeadingsWithLandscape", () => {
  it("moves the headings just before a landscape run onto it, and nothing else", () => {
    const blocks = [para("a"), heading("part"), heading("sub"), heading("leaf", true), para("b", true), para("c")];
    keepHeadingsWithLandscape(blocks);
    expect(shape(blocks)).toBe("p hL hL hL pL p");
  });

  it("leaves a run that follows text alone", () => {
    const blocks = [heading("part"), para("a"), para("b", true)];
    keepHeadingsWithLandscape(blocks);
    expect(shape(blocks)).toBe("h p pL");
  });
});
