import { diagnostic, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { msg } from "../messages/index.js";
import type { Footnote, Inline, SourceRef } from "../model/report.js";

/** A `[^label]: …` definition found in one field of the fragment. */
export interface FootnoteDefinitionEntry {
  /** Normalised (lower-cased) label, as micromark matches calls. */
  identifier: string;
  /** The label as typed, for messages. */
  label: string;
  file: string;
  position: Position;
  source: SourceRef;
  /** Convert the definition's content; its diagnostics go to `diagnostics`. */
  render(diagnostics: Diagnostic[]): Inline[];
}

interface Entry extends FootnoteDefinitionEntry {
  n?: number;
  /** Cited where it cannot be (inside a footnote): that error is reported, so not also "unused". */
  mentioned?: boolean;
}

/**
 * Footnotes of one fragment: labels are local to the fragment; numbers come from `allocate`
 * (the prose stage gives each fragment its own counter, and merge renumbers through the report).
 *
 * A number is allocated at the first reference to a label, in reading order, and the
 * footnote's own content is converted right then, so references inside a footnote number
 * after it. Later references to the same label reuse the number. A reference must follow
 * (in conversion order) the field that defines the label: body first, then tasks.
 */
export class FootnoteScope {
  private readonly entries = new Map<string, Entry>();
  private readonly duplicates: Diagnostic[] = [];
  private readonly footnotes: Footnote[] = [];

  constructor(private readonly allocate: () => number) {}

  /** Register a definition; a second definition of a label is reported by `finish` and ignored. */
  define(entry: FootnoteDefinitionEntry): void {
    const first = this.entries.get(entry.identifier);
    if (first === undefined) {
      this.entries.set(entry.identifier, { ...entry });
      return;
    }
    this.duplicates.push(
      diagnostic({
        file: entry.file,
        at: entry.position,
        rule: "footnote-duplicate",
        message: msg("markdown.footnote-duplicate", {
          label: entry.label,
          line: first.position.line,
          column: first.position.column,
        }),
        hint: msg("markdown.footnote-duplicate.hint", { label: entry.label }),
      }),
    );
  }

  /** The footnote number for a reference, or undefined when the label has no definition (yet). */
  reference(identifier: string, diagnostics: Diagnostic[]): number | undefined {
    const entry = this.entries.get(identifier);
    if (entry === undefined) return undefined;
    if (entry.n !== undefined) return entry.n;
    const n = this.allocate();
    entry.n = n;
    const content = entry.render(diagnostics);
    this.footnotes.push({ n, content, source: entry.source });
    return n;
  }

  /** A reference that was reported as an error: the definition is not also reported as unused. */
  mention(identifier: string): void {
    const entry = this.entries.get(identifier);
    if (entry !== undefined) entry.mentioned = true;
  }

  /** The labels defined so far, as typed, in definition order. */
  labels(): string[] {
    return [...this.entries.values()].map((e) => e.label);
  }

  /** Footnotes in number order, plus diagnostics for definitions never referenced and duplicates. */
  finish(): { footnotes: Footnote[]; diagnostics: Diagnostic[] } {
    const unused: Diagnostic[] = [];
    for (const e of this.entries.values()) {
      if (e.n !== undefined || e.mentioned) continue;
      unused.push(
        diagnostic({
          file: e.file,
          at: e.position,
          rule: "footnote-unused",
          message: msg("markdown.footnote-unused", { label: e.label }),
          hint: msg("markdown.footnote-unused.hint", { label: e.label }),
        }),
      );
    }
    const footnotes = [...this.footnotes].sort((a, b) => a.n - b.n);
    return { footnotes, diagnostics: [...this.duplicates, ...unused] };
  }
}
