/**
 * SVG figures (examples/cao-bang, period 2024, `bieu-do-nhiem-vu.svg`): the DOCX holds the SVG
 * (`asvg:svgBlip`) and a PNG made from it; the PDF draws it as vector (its text is text, no image);
 * LibreOffice converts the DOCX; the same input gives the same bytes. Bad SVGs are golden cases
 * (test/fixtures/error-figure-svg).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { gzipSync, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../src/pipeline.js";
import type { Figure } from "../src/model/report.js";
import { reportFigures } from "../src/model/figures.js";
import { externalReference, inspectSvg } from "../src/svg/inspect-svg.js";
import { pixelsFor, rasteriseSvg } from "../src/svg/rasterise-svg.js";
import { loadSvgRenderer } from "../src/svg/renderer.js";
import { convertDocxWithLibreOffice } from "../src/writers/pdf/libreoffice.js";
import { nodeWorld } from "../src/world.js";
import { all, kid, readDocx, type DocxParts } from "./support/docx-xml.js";
import { pdfPages } from "./support/pdf-text.js";

const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang", import.meta.url));
const SVG = readFileSync(`${EXAMPLE}/reports/2024/bieu-do-nhiem-vu.svg`);
const CAPTION = "Biểu đồ 2: Nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2024 theo lĩnh vực";
const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));

const build = async () => {
  const r = await compile({ periods: ["2024"], formats: ["docx", "pdf"] }, nodeWorld(EXAMPLE));
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const out = (ext: string) => r.outputs.find((o) => o.path.endsWith(ext))!.data;
  return { docx: out(".docx"), pdf: out(".pdf"), figure: [...reportFigures(r.models[0]!)].find(isSvg)! };
};
const isSvg = (f: Figure) => f.image.format === "svg";
const pngSize = (png: Uint8Array) => {
  const v = new DataView(png.buffer, png.byteOffset);
  return { width: v.getUint32(16), height: v.getUint32(20) };
};

let built: Awaited<ReturnType<typeof build>>;
let docx: DocxParts;
beforeAll(async () => {
  built = await build();
  docx = readDocx(built.docx);
}, 120_000);

describe("the model", () => {
  it("keeps the SVG's bytes, its size in CSS pixels and a width in mm at 96 px per inch", () => {
    const { image } = built.figure;
    expect(image).toMatchObject({ path: "reports/2024/bieu-do-nhiem-vu.svg", format: "svg", width: 600, height: 340 });
    expect(image.widthMm).toBe(158.8); // (600 / 96) * 25.4 = 158.75

    expect(Buffer.from(image.data, "base64").equals(SVG)).toBe(true);
  });
});

describe("DOCX", () => {
  const rel = (id: string) => all(docx.rels, "Relationship").find((r) => r.attrs["Id"] === id)!.attrs["Target"]!;
  const svgBlip = () => all(docx.body, "asvg:svgBlip");

  it("holds the SVG as SVG (asvg:svgBlip) and a PNG fallback made from it at 200 dpi, aspect kept", () => {
    expect(svgBlip()).toHaveLength(1);
    const blip = all(docx.body, "a:blip").find((b) => all(b, "asvg:svgBlip").length > 0)!;
    const svgPath = `word/${rel(svgBlip()[0]!.attrs["r:embed"]!)}`;
    const pngPath = `word/${rel(blip.attrs["r:embed"]!)}`;
    expect(svgPath).toMatch(/\.svg$/);
    expect(pngPath).toMatch(/\.png$/);
    const parts = unzipSync(built.docx);
    expect(Buffer.from(parts[svgPath]!).equals(SVG)).toBe(true);
    const png = pngSize(parts[pngPath]!);
    expect(png.width).toBe(pixelsFor(built.figure.image.widthMm));
    expect(png.width).toBe(1250);
    expect(Math.abs(png.height - (png.width * 340) / 600)).toBeLessThanOrEqual(1);
    expect(docx.raw["[Content_Types].xml"]).toMatch(/<Default ContentType="image\/svg\+xml" Extension="svg"\/>/);
  });

  it("prints it at the SVG's width (under the text width), centred, its caption under it", () => {
    const drawing = all(docx.body, "w:drawing").find((d) => all(d, "asvg:svgBlip").length > 0)!;
    const extent = all(drawing, "wp:extent")[0]!;
    const mm = Number(extent.attrs["cx"]) / 36000;
    expect(mm).toBeGreaterThan(155);
    expect(mm).toBeLessThanOrEqual(165);
    expect(Number(extent.attrs["cy"]) / Number(extent.attrs["cx"])).toBeCloseTo(340 / 600, 2);
    const paragraph = all(docx.body, "w:p").find((p) => all(p, "asvg:svgBlip").length > 0)!;
    expect(kid(kid(paragraph, "w:pPr")!, "w:jc")!.attrs["w:val"]).toBe("center");
  });

  it.skipIf(!soffice)(
    "converts in LibreOffice, the chart on the page of its caption",
    { timeout: 180_000 },
    async () => {
      const r = await convertDocxWithLibreOffice(built.docx, { soffice: soffice! });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const pages = await pdfPages(r.pdf);
      const at = pages.findIndex((p) => p.text.includes("Biểu đồ 2"));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(await imagesOn(r.pdf, at + 1)).toBeGreaterThanOrEqual(1);
    },
  );
});

/** Images painted on a page (1-based), from its operator list. */
async function imagesOn(pdf: Uint8Array, page: number): Promise<number> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const ops = await (await doc.getPage(page)).getOperatorList();
  return ops.fnArray.filter((f) => f === OPS.paintImageXObject || f === OPS.paintInlineImageXObject).length;
}

describe("PDF", () => {
  it("draws the SVG as vector: its labels are text on its page, and no image is painted there", async () => {
    const pages = await pdfPages(built.pdf);
    const at = pages.findIndex((p) => p.text.includes(CAPTION.slice(0, 40)));
    expect(at).toBeGreaterThanOrEqual(0);
    // Typst sets SVG text glyph by glyph: compare without spaces.
    const text = pages[at]!.text.replace(/\s+/g, "");
    for (const label of [
      "Nông nghiệp",
      "Số nhiệm vụ",
      "Nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2024 theo lĩnh vực",
    ])
      expect(text).toContain(label.replace(/\s+/g, ""));
    expect(await imagesOn(built.pdf, at + 1)).toBe(0);
  });
});

describe("determinism", () => {
  it("builds byte-identical DOCX and PDF from the same input", async () => {
    const again = await build();
    expect(Buffer.from(again.docx).equals(Buffer.from(built.docx))).toBe(true);
    expect(Buffer.from(again.pdf).equals(Buffer.from(built.pdf))).toBe(true);
  }, 120_000);

  it("rasterises the same SVG to the same PNG, with the bundled Tinos only", async () => {
    await loadSvgRenderer();
    const a = rasteriseSvg(SVG, 400);
    expect(Buffer.from(rasteriseSvg(SVG, 400)).equals(Buffer.from(a))).toBe(true);
    expect(pngSize(a)).toEqual({ width: 400, height: 227 });
  });
});

describe("inspectSvg", () => {
  const svg = (inner: string, attrs = 'width="40" height="20"') =>
    new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${inner}</svg>`);
  beforeAll(() => loadSvgRenderer());

  it("gives the size from width and height, or from the viewBox", () => {
    expect(inspectSvg(svg(""))).toEqual({ ok: true, width: 40, height: 20 });
    expect(inspectSvg(svg("", 'viewBox="0 0 800 400"'))).toEqual({ ok: true, width: 800, height: 400 });
  });

  it("refuses what resvg cannot read, with its reason", () => {
    const r = inspectSvg(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">\n<rect width="1"</svg>'));
    expect(r).toMatchObject({ ok: false, problem: "unreadable" });
    expect(r).toMatchObject({ line: 2 });
    expect(inspectSvg(new TextEncoder().encode("<html/>"))).toMatchObject({ ok: false, problem: "unreadable" });
  });

  it("refuses a reference to another file or a web address, not #ids, data: URLs or links", () => {
    const xlink = 'xmlns:xlink="http://www.w3.org/1999/xlink" width="4" height="2"';
    expect(inspectSvg(svg('<image href="logo.png" width="1" height="1"/>'))).toEqual({
      ok: false,
      problem: "external",
      href: "logo.png",
      line: 1,
      column: 71,
    });
    expect(inspectSvg(svg(`<image xlink:href='http://example.com/a.png'/>`, xlink))).toMatchObject({
      problem: "external",
      href: "http://example.com/a.png",
    });
    expect(externalReference('<svg>\n  <use href="other.svg#a"/></svg>')).toEqual({
      href: "other.svg#a",
      line: 2,
      column: 8,
    });
    const zipped = gzipSync(svg('<image href="logo.png" width="1" height="1"/>'));
    expect(inspectSvg(zipped)).toMatchObject({ ok: false, problem: "external", href: "logo.png" });
    const inside = '<defs><g id="a"/></defs><use href="#a"/><image href="data:image/png;base64,AA=="/>';
    expect(externalReference(`<svg>${inside}<a href="https://example.com"><text>x</text></a></svg>`)).toBeUndefined();
  });
});
