/** The figures of a report model, wherever they stand: body, appendices, inside list items. */
import type { Block, Figure, ReportModel } from "./report.js";

function* figuresIn(blocks: readonly Block[]): Generator<Figure> {
  for (const b of blocks) {
    if (b.type === "figure") yield b;
    else if (b.type === "list") for (const item of b.items) yield* figuresIn(item.blocks);
  }
}

export function* reportFigures(model: ReportModel): Generator<Figure> {
  yield* figuresIn(model.body);
  for (const a of model.appendices ?? []) yield* figuresIn(a.blocks);
}

export function hasSvgFigure(model: ReportModel): boolean {
  for (const f of reportFigures(model)) if (f.image.format === "svg") return true;
  return false;
}
