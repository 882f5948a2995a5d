/**
 * Word revisions (tracked changes) for a tracked-changes model (`bcreport diff --format docx`):
 * runs inside `w:ins` / `w:del`, and the paragraph-mark and table-row marks of paragraphs and rows
 * inserted or deleted whole. A model from `build` has no `revision` anywhere, and nothing here
 * changes its output. Every revision is written with id 0; `numberRevisions` gives them unique ids
 * in document order once the parts are written, so the same model gives the same bytes.
 */
import { DeletedTextRun, FootnoteReferenceRun, InsertedTextRun, XmlAttributeComponent, XmlComponent } from "docx";
import type { IRunOptions, ParagraphChild } from "docx";
import { strFromU8, strToU8 } from "fflate";
import type { Unzipped } from "fflate";
import type { Revision } from "../../model/report.js";

/** The attributes Word wants on a revision (the id is filled in by `numberRevisions`). */
export function changeAttributes(revision: Revision): { id: number; author: string; date: string } {
  return { id: 0, author: revision.author, date: revision.date };
}

/** A text or break run as inserted or deleted text (deleted text is written as `w:delText`). */
export function revisedRun(options: IRunOptions, revision: Revision): ParagraphChild {
  const attributes = changeAttributes(revision);
  return revision.type === "ins"
    ? new InsertedTextRun({ ...options, ...attributes })
    : new DeletedTextRun({ ...options, ...attributes });
}

class ChangeAttributes extends XmlAttributeComponent<{ id: number; author: string; date: string }> {
  protected override readonly xmlKeys = { id: "w:id", author: "w:author", date: "w:date" };
}

/** `w:ins` / `w:del` around any run (docx has no option for a footnote reference that is inserted). */
class RevisionWrapper extends XmlComponent {
  constructor(revision: Revision, run: XmlComponent) {
    super(`w:${revision.type}`);
    this.root.push(new ChangeAttributes(changeAttributes(revision)));
    this.root.push(run);
  }
}

/** Any run (an image) inside `w:ins` / `w:del`; the run itself when there is no revision. */
export function revisedChild(run: ParagraphChild, revision: Revision | undefined): ParagraphChild {
  return revision ? (new RevisionWrapper(revision, run as unknown as XmlComponent) as unknown as ParagraphChild) : run;
}

export function revisedFootnoteReference(n: number, revision: Revision): ParagraphChild {
  return new RevisionWrapper(revision, new FootnoteReferenceRun(n)) as unknown as ParagraphChild;
}

/** Paragraph options marking the paragraph mark as inserted or deleted (a paragraph new or gone whole). */
export function paragraphMark(revision: Revision | undefined): {
  run?: { insertion?: ReturnType<typeof changeAttributes>; deletion?: ReturnType<typeof changeAttributes> };
} {
  if (!revision) return {};
  return {
    run: revision.type === "ins" ? { insertion: changeAttributes(revision) } : { deletion: changeAttributes(revision) },
  };
}

/** Table-row options marking a row inserted or deleted whole. */
export function rowMark(revision: Revision | undefined): {
  insertion?: ReturnType<typeof changeAttributes>;
  deletion?: ReturnType<typeof changeAttributes>;
} {
  if (!revision) return {};
  return revision.type === "ins" ? { insertion: changeAttributes(revision) } : { deletion: changeAttributes(revision) };
}

const REVISION_PARTS = ["word/document.xml", "word/footnotes.xml"];

/** Gives every `w:ins` / `w:del` a unique `w:id`, counting through the document, then the footnotes. */
export function numberRevisions(parts: Unzipped): Unzipped {
  let next = 1;
  const out: Unzipped = { ...parts };
  for (const name of REVISION_PARTS) {
    const data = out[name];
    if (!data) continue;
    const xml = strFromU8(data);
    if (!/<w:(ins|del)\b/.test(xml)) continue;
    out[name] = strToU8(xml.replace(/<w:(ins|del) w:id="\d+"/g, (_, tag: string) => `<w:${tag} w:id="${next++}"`));
  }
  return out;
}
