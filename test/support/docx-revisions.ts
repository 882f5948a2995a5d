/**
 * The text of a DOCX with every tracked change accepted, or every one rejected — what Word shows
 * after "Accept All Changes" / "Reject All Changes". Paragraphs of the whole document in order
 * (header table, title, body, tables cell by cell, signature block), then the footnotes in the
 * order the remaining references point to them.
 *
 * Accepting drops deleted runs (`w:del`), rows whose `w:trPr` holds `w:del`, and paragraph marks
 * marked deleted (the paragraph's remaining text joins the next one); rejecting does the same for
 * insertions. A DOCX without revisions reads the same either way.
 */
import { kid, kids, parseXml, unzipDocx, type XmlElement } from "./docx-xml.js";

export type View = "accept" | "reject";

export interface RevisedText {
  paragraphs: string[];
  footnotes: string[];
}

const dropped = (view: View) => (view === "accept" ? "w:del" : "w:ins");

function runText(node: XmlElement, view: View, refs: string[]): string {
  let out = "";
  for (const child of kids(node)) {
    if (child.name === dropped(view) || child.name === "w:pPr" || child.name === "w:rPr") continue;
    if (child.name === "w:t" || child.name === "w:delText")
      out += child.children.filter((c) => typeof c === "string").join("");
    else if (child.name === "w:tab") out += "\t";
    else if (child.name === "w:br") out += "\n";
    else if (child.name === "w:noBreakHyphen") out += "-";
    else if (child.name === "w:footnoteReference") refs.push(child.attrs["w:id"] ?? "");
    else out += runText(child, view, refs);
  }
  return out;
}

/** True when this paragraph's own mark is dropped in the view (the paragraph was inserted or deleted whole). */
function markDropped(p: XmlElement, view: View): boolean {
  const rPr = kid(kid(p, "w:pPr") ?? { name: "", attrs: {}, children: [] }, "w:rPr");
  return rPr !== undefined && kid(rPr, dropped(view)) !== undefined;
}

function rowDropped(tr: XmlElement, view: View): boolean {
  const trPr = kid(tr, "w:trPr");
  return trPr !== undefined && kid(trPr, dropped(view)) !== undefined;
}

function paragraphs(container: XmlElement, view: View, refs: string[]): string[] {
  const out: string[] = [];
  let carry = "";
  for (const child of kids(container)) {
    if (child.name === "w:p") {
      const text = carry + runText(child, view, refs);
      if (markDropped(child, view)) carry = text;
      else {
        out.push(text);
        carry = "";
      }
    } else if (child.name === "w:tbl") {
      for (const tr of kids(child, "w:tr")) {
        if (rowDropped(tr, view)) continue;
        for (const tc of kids(tr, "w:tc")) out.push(...paragraphs(tc, view, refs));
      }
    }
  }
  if (carry !== "") out.push(carry);
  return out;
}

export function revisedText(docx: Uint8Array, view: View): RevisedText {
  const parts = unzipDocx(docx);
  const refs: string[] = [];
  const body = kid(parseXml(parts["word/document.xml"] ?? ""), "w:body")!;
  const text = paragraphs(body, view, refs);
  const notes = new Map<string, string>();
  if (parts["word/footnotes.xml"]) {
    for (const note of kids(parseXml(parts["word/footnotes.xml"]), "w:footnote")) {
      if (note.attrs["w:type"]) continue;
      notes.set(note.attrs["w:id"] ?? "", paragraphs(note, view, []).join("\n"));
    }
  }
  return { paragraphs: text, footnotes: refs.map((id) => notes.get(id) ?? `(missing footnote ${id})`) };
}

/** The `w:ins` / `w:del` elements of the document and footnotes: [name, author, date]. */
export function revisionMarks(docx: Uint8Array): Array<[string, string, string]> {
  const parts = unzipDocx(docx);
  const xml = (parts["word/document.xml"] ?? "") + (parts["word/footnotes.xml"] ?? "");
  return [...xml.matchAll(/<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)"/g)].map((m) => [
    m[1]!,
    m[2]!,
    m[3]!,
  ]);
}
