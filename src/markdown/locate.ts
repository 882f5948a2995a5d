import type { Position } from "../diagnostics/diagnostic.js";

/**
 * Turns offsets in the parsed (control-stripped) text into positions in the YAML file.
 *
 * Columns count UTF-16 code units from 1 (a tab is one column), like the `yaml` package's
 * LineCounter, so `map` can add the field's own indentation.
 */
export class Locator {
  /** Offsets where lines start (after "\n", "\r\n" or a lone "\r"); found when first needed, as most fields have nothing to report. */
  private starts: number[] | undefined;

  constructor(
    private readonly original: string,
    /** Offsets in `original` of code units removed before parsing, ascending. */
    private readonly removed: readonly number[],
    private readonly map: (line: number, column: number) => Position,
  ) {}

  private get lineStarts(): number[] {
    if (!this.starts) {
      this.starts = [0];
      for (const m of this.original.matchAll(/\r?\n|\r/g)) this.starts.push(m.index + m[0].length);
    }
    return this.starts;
  }

  /** Offset in the parsed text → offset in the original text. */
  originalOffset(parsedOffset: number): number {
    let offset = parsedOffset;
    for (const r of this.removed) {
      if (r <= offset) offset++;
      else break;
    }
    return offset;
  }

  /** 1-based line and column inside the original Markdown text. */
  local(originalOffset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= originalOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: originalOffset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  /** Position in the YAML file of an offset in the original text. */
  atOriginal(originalOffset: number): Position {
    const { line, column } = this.local(originalOffset);
    return this.map(line, column);
  }

  /** Position in the YAML file of an offset in the parsed text. */
  at(parsedOffset: number): Position {
    return this.atOriginal(this.originalOffset(parsedOffset));
  }
}
