/**
 * One report model → its PDF, by the same Typst source and compiler as the PDF writer (with
 * source marks, which take no space: the bytes are those `build` writes), plus the page regions
 * each fragment block covers. The page shows the PDF with pdf.js. (Typst's SVG export was tried
 * first: for the 60-page report it takes 3–4 times as long as the PDF and is ten times larger.)
 *
 * The compiler instance is the process-wide one (typst-compiler.ts) and is kept between renders,
 * so an edit recompiles incrementally.
 */
import type { ReportModel, SourceRef } from "../model/report.js";
import { typstCompiler } from "../writers/pdf/typst-compiler.js";
import { typstSource } from "../writers/pdf/typst-source.js";
import { MARK_INDEX, readMarkIndex, type MarkPosition } from "../writers/pdf/typst-marks.js";

/** A stretch of one page (points from the page's top edge) that shows one block of a fragment. */
export interface Region {
  page: number;
  top: number;
  bottom: number;
  what: "paragraph" | "list" | "table" | "figure" | "footnote";
  source: SourceRef;
}

export interface RenderedPages {
  kind: string;
  pdf: Uint8Array;
  pages: number;
  /** Page size in points. */
  width: number;
  height: number;
  regions: Region[];
}

const MM = 72 / 25.4;

type Sourced = { what: Region["what"]; source: SourceRef };

function sourcesById(model: ReportModel): Map<string, Sourced> {
  const byId = new Map<string, Sourced>();
  model.preamble.forEach((p, i) => p.source && byId.set(`p${i}`, { what: "paragraph", source: p.source }));
  model.body.forEach((b, i) => {
    if (b.type !== "heading" && b.source) byId.set(`b${i}`, { what: b.type, source: b.source });
  });
  for (const f of model.footnotes) if (f.source) byId.set(`f${f.n}`, { what: "footnote", source: f.source });
  return byId;
}

/** Start and end marks → regions, split at page breaks. */
export function regionsOf(
  marks: MarkPosition[],
  byId: Map<string, Sourced>,
  pageHeight: number,
  lineHeight: number,
): Region[] {
  const starts = new Map<string, MarkPosition>();
  const regions: Region[] = [];
  for (const m of marks) {
    if (!m.end) {
      starts.set(m.id, m);
      continue;
    }
    const start = starts.get(m.id);
    const sourced = byId.get(m.id);
    if (!start || !sourced) continue;
    // Footnote marks sit on the baseline of their first and last lines; block marks at the block's top and end.
    const top = sourced.what === "footnote" ? start.y - lineHeight : start.y;
    const bottom = sourced.what === "footnote" ? m.y + lineHeight * 0.3 : m.y;
    for (let page = start.page; page <= m.page; page++) {
      regions.push({
        page,
        top: page === start.page ? top : 0,
        bottom: page === m.page ? bottom : pageHeight,
        what: sourced.what,
        source: sourced.source,
      });
    }
  }
  return regions;
}

export class TypstRenderError extends Error {}

export function renderPages(model: ReportModel): RenderedPages {
  const compiler = typstCompiler();
  const result = compiler.compile({ mainFileContent: typstSource(model, { marks: true }) });
  const doc = result.result;
  const error = result.takeError();
  if (!doc || error) {
    const details = error ? compiler.fetchDiagnostics(error) : [];
    throw new TypstRenderError(`Typst could not compile the generated report source: ${JSON.stringify(details)}`);
  }
  const marks = readMarkIndex(compiler.query(doc, { selector: `<${MARK_INDEX}>` }));
  const pdf = compiler.pdf(doc, { creationTimestamp: model.meta.epoch });
  compiler.evictCache(30);
  const width = model.layout.page.width * MM;
  const height = model.layout.page.height * MM;
  const lineHeight = model.layout.size.body * 1.2;
  return {
    kind: model.meta.kind,
    pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength),
    pages: doc.numOfPages,
    width,
    height,
    regions: regionsOf(marks, sourcesById(model), height, lineHeight),
  };
}
