/**
 * The frame around the body → Typst source: the header grid (ô 1–4), the document type and
 * trích yếu (ô 5a), "Kính gửi" (ô 9a) and the recipients/signature block (ô 7, 9b).
 * Geometry per docs/decree-30.md#header-table, #signature-area, #kinh-gui.
 */
import { recipientRows, type RecipientLine } from "../../model/recipient-rows.js";
import type { Frame, Layout } from "../../model/report.js";
import { len, typstText } from "./typst-escape.js";
import { linesContent } from "./typst-body.js";

const pt = (n: number) => len(n, "pt");

function styled(lines: string[], size: number, opts: { bold?: boolean; italic?: boolean } = {}): string {
  const args = [`size: ${pt(size)}`];
  if (opts.bold) args.push(`weight: "bold"`);
  if (opts.italic) args.push(`style: "italic"`);
  return `text(${args.join(", ")}, ${linesContent(lines)})`;
}

/** A rule `share` as long as `width` (a Typst length expression), capped at the container width. */
function rule(width: string, share: number, layout: Layout): string {
  const stroke = `${pt(layout.frame.ruleThickness)} + black`;
  return `layout(size => align(center, line(length: calc.min(${width}, size.width) * ${share}, stroke: ${stroke})))`;
}

function widest(lines: string[], size: number, bold: boolean): string {
  const items = lines.map(
    (l) => `measure(text(size: ${pt(size)}${bold ? `, weight: "bold"` : ""}, ${typstText(l)})).width`,
  );
  return items.length === 0 ? "0pt" : `calc.max(0pt, ${items.join(", ")})`;
}

/** Vertical stack of frame pieces, tightly spaced, centred. */
function centredStack(items: string[], spacing = 2): string {
  return `align(center, stack(dir: ttb, spacing: ${pt(spacing)}, ${items.map((i) => `align(center, ${i})`).join(", ")}))`;
}

export function headerSource(frame: Frame, layout: Layout): string {
  const h = frame.header;
  const s = layout.size;
  const left: string[] = [];
  if (h.parentAgency.length > 0) left.push(styled(h.parentAgency, s.parentAgency));
  if (h.agency.length > 0) {
    left.push(styled(h.agency, s.agency, { bold: true }));
    left.push(rule(widest(h.agency, s.agency, true), layout.frame.ruleShare, layout));
  }
  const motto = `text(size: ${pt(s.motto)}, weight: "bold", ${typstText(h.motto)})`;
  const right = [
    styled([h.nationalTitle], s.nationalTitle, { bold: true }),
    motto,
    // The rule under the Tiêu ngữ is exactly as wide as the motto text.
    rule(`measure(${motto}).width`, 1, layout),
  ];
  const [lw, rw] = layout.columns.header;
  const cells = [
    centredStack(left),
    centredStack(right),
    `align(center, ${styled([h.numberLine], s.numberLine)})`,
    `align(center, ${styled([h.dateLine], s.dateLine, { italic: true })})`,
  ];
  const gutter = pt(layout.frame.space.headerRows);
  return `#grid(columns: (${len(lw, "mm")}, ${len(rw, "mm")}), row-gutter: ${gutter}, stroke: none, align: center + top,\n  ${cells.join(",\n  ")}\n)`;
}

export function titleSource(frame: Frame, layout: Layout): string {
  const s = layout.size;
  const items: string[] = [];
  if (frame.docType !== "") items.push(styled([frame.docType], s.docType, { bold: true }));
  if (frame.title.length > 0) {
    const title = styled(frame.title, s.title, { bold: true });
    items.push(title, rule(widest(frame.title, s.title, true), layout.frame.ruleShare, layout));
  }
  if (items.length === 0) return "";
  return `#v(${pt(layout.frame.space.docType)}, weak: true)\n#block(width: 100%, ${centredStack(items, 3)})`;
}

/** "Kính gửi": one line, or the heading then the "- X;" lines with their dashes under the end of the label. */
export function kinhGuiSource(frame: Frame, layout: Layout): string {
  const k = frame.kinhGui;
  if (k === undefined) return "";
  const size = pt(layout.size.body);
  const above = `#v(${pt(layout.frame.space.kinhGui)}, weak: true)`;
  if (k.lines.length === 0) return `${above}\n#align(center, text(size: ${size}, ${typstText(k.heading)}))`;
  return [
    above,
    `#align(center, block(text(size: ${size}, context {`,
    `  let w = measure(${typstText(k.label)}).width`,
    `  set align(left)`,
    `  grid(columns: (w, auto), row-gutter: 0.05em, grid.cell(colspan: 2)[#${typstText(k.heading)}], ${k.lines.map((l) => `[], [#${typstText(l)}]`).join(", ")})`,
    `})))`,
  ].join("\n");
}

export function signatureSource(frame: Frame, layout: Layout): string {
  const s = layout.size;
  const r = frame.recipients;
  const { beside, after } = recipientRows(r);
  const line = (l: RecipientLine) =>
    `text(size: ${pt(s.recipients)}${l.group ? `, style: "italic"` : ""}, ${typstText(l.text)})`;
  const heading = `text(size: ${pt(s.recipientsHeading)}, weight: "bold", style: "italic", ${typstText(r.heading)})`;
  const left = `stack(dir: ttb, spacing: 1pt, ${heading}${beside.map((l) => `, ${line(l)}`).join("")})`;
  const sig = frame.signature;
  const right = [
    `text(size: ${pt(s.signature)}, weight: "bold", ${linesContent(sig.lines)})`,
    `v(${sig.space} * ${pt(s.signature)} * 1.15)`,
    `text(size: ${pt(s.signature)}, weight: "bold", ${typstText(sig.name)})`,
  ];
  const [lw, rw] = layout.columns.signature;
  // The first row (heading, first lines, signature) never splits; the rows after it, one line
  // each, flow onto the next page (model/recipient-rows.ts).
  const rest = after.map((l) => `,\n    ${line(l)}, []`).join("");
  return [
    `#v(${pt(layout.frame.space.signature)}, weak: true)`,
    `#block(breakable: ${after.length > 0}, width: 100%, { set par(first-line-indent: 0pt, justify: false)`,
    `  grid(columns: (${len(lw, "mm")}, ${len(rw, "mm")}), align: (left + top, center + top), row-gutter: 1pt,`,
    `    grid.cell(breakable: false, ${left}),`,
    `    grid.cell(breakable: false, stack(dir: ttb, spacing: 0pt, ${right.map((i) => `align(center, ${i})`).join(", ")}))` +
      `${rest})`,
    `})`,
  ].join("\n");
}
