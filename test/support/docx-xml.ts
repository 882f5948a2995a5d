/**
 * Reading DOCX parts in tests: unzip with fflate and parse each XML part with a
 * small strict parser (it throws on anything that is not well-formed, so a
 * successful parse doubles as the "Word can open it" check).
 */
import { strFromU8, unzipSync } from "fflate";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(parts)) out[name] = strFromU8(data);
  return out;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string, where: number): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new Error(`bare "&" near offset ${where}`);
    if (body in ENTITIES) return ENTITIES[body] as string;
    const hex = /^#x([0-9a-fA-F]+)$/.exec(body);
    if (hex) return String.fromCodePoint(parseInt(hex[1] as string, 16));
    const dec = /^#(\d+)$/.exec(body);
    if (dec) return String.fromCodePoint(parseInt(dec[1] as string, 10));
    throw new Error(`unknown entity "&${body};" near offset ${where}`);
  });
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTR = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/;

/** Parses one XML document; throws with an offset on anything not well-formed. */
export function parseXml(xml: string): XmlElement {
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const top = () => stack[stack.length - 1];
  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const text = xml.slice(pos, lt === -1 ? xml.length : lt);
    if (text.length > 0) {
      const parent = top();
      if (!parent) {
        if (text.trim() !== "") throw new Error(`text outside the root element at ${pos}`);
      } else parent.children.push(decode(text, pos));
    }
    if (lt === -1) break;
    pos = lt;
    if (xml.startsWith("<?", pos)) {
      pos = close(xml, pos, "?>");
    } else if (xml.startsWith("<!--", pos)) {
      pos = close(xml, pos, "-->");
    } else if (xml.startsWith("<![CDATA[", pos)) {
      const end = close(xml, pos, "]]>");
      top()?.children.push(xml.slice(pos + 9, end - 3));
      pos = end;
    } else if (xml.startsWith("</", pos)) {
      const end = close(xml, pos, ">");
      const name = xml.slice(pos + 2, end - 1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? "nothing"}> at ${pos}`);
      pos = end;
    } else {
      const end = close(xml, pos, ">");
      let inner = xml.slice(pos + 1, end - 1);
      const selfClosing = inner.endsWith("/");
      if (selfClosing) inner = inner.slice(0, -1);
      const name = NAME.exec(inner)?.[0];
      if (!name) throw new Error(`bad tag at ${pos}`);
      let rest = inner.slice(name.length);
      const attrs: Record<string, string> = {};
      for (let m = ATTR.exec(rest); m; m = ATTR.exec(rest)) {
        const key = m[1] as string;
        if (key in attrs) throw new Error(`duplicate attribute ${key} at ${pos}`);
        attrs[key] = decode(m[2] ?? m[3] ?? "", pos);
        rest = rest.slice(m[0].length);
      }
      if (rest.trim() !== "") throw new Error(`bad attributes "${rest}" in <${name}> at ${pos}`);
      const element: XmlElement = { name, attrs, children: [] };
      const parent = top();
      if (parent) parent.children.push(element);
      else if (root) throw new Error(`second root element at ${pos}`);
      else root = element;
      if (!selfClosing) stack.push(element);
      pos = end;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${top()?.name}>`);
  if (!root) throw new Error("no root element");
  return root;
}

function close(xml: string, from: number, token: string): number {
  const at = xml.indexOf(token, from);
  if (at === -1) throw new Error(`unterminated markup at ${from}`);
  return at + token.length;
}

const isElement = (node: XmlNode): node is XmlElement => typeof node !== "string";

export function kids(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(isElement).filter((c) => name === undefined || c.name === name);
}

export function kid(el: XmlElement, name: string): XmlElement | undefined {
  return kids(el, name)[0];
}

export function all(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const child of kids(node)) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(el);
  return out;
}

/** The `w:val` (or another) attribute of the first `name` child, e.g. val(pPr, "w:pStyle"). */
export function val(el: XmlElement | undefined, name: string, attr = "w:val"): string | undefined {
  return el ? kid(el, name)?.attrs[attr] : undefined;
}

/** Printed text of a paragraph (or any element): `w:t` contents, `w:br` as "\n", `w:tab` as "\t". */
export function textOf(el: XmlElement): string {
  let out = "";
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === "string") continue;
      if (child.name === "w:t") out += child.children.filter((c): c is string => typeof c === "string").join("");
      else if (child.name === "w:br") out += "\n";
      else if (child.name === "w:tab") out += "\t";
      else if (child.name === "w:noBreakHyphen") out += "-";
      else walk(child);
    }
  };
  walk(el);
  return out;
}

/** True when an on/off property (`w:b`, `w:i`, …) is present and not switched off. */
export function on(props: XmlElement | undefined, name: string): boolean {
  const el = props ? kid(props, name) : undefined;
  if (!el) return false;
  const v = el.attrs["w:val"];
  return v === undefined || !["false", "0", "off"].includes(v);
}

export interface DocxParts {
  raw: Record<string, string>;
  document: XmlElement;
  body: XmlElement;
  styles: XmlElement;
  footnotes: XmlElement;
  settings: XmlElement;
  rels: XmlElement;
  part(name: string): XmlElement;
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const raw = unzipDocx(bytes);
  const part = (name: string) => {
    const xml = raw[name];
    if (xml === undefined) throw new Error(`no part ${name}`);
    return parseXml(xml);
  };
  const document = part("word/document.xml");
  const body = kid(document, "w:body");
  if (!body) throw new Error("no w:body");
  return {
    raw,
    document,
    body,
    styles: part("word/styles.xml"),
    footnotes: part("word/footnotes.xml"),
    settings: part("word/settings.xml"),
    rels: part("word/_rels/document.xml.rels"),
    part,
  };
}

/** The `w:style` element with this styleId. */
export function styleById(styles: XmlElement, id: string): XmlElement | undefined {
  return kids(styles, "w:style").find((s) => s.attrs["w:styleId"] === id);
}
