/**
 * The merged report as canonical Markdown: stable formatting, final heading and footnote
 * numbers. Reviewers diff this file; pandoc can read it (used by the benchmarks). Landscape pages
 * are marked with HTML comments (unseen when rendered, plain in a diff).
 */
import { printedBlocks, type PrintedBlock } from "../../model/printed-blocks.js";
import type { Block, Inline, ReportModel, Table } from "../../model/report.js";
import { pageRuns } from "../../model/page-runs.js";
import { needsMergedTable } from "../../model/table-grid.js";
import { mergedTableMarkdown } from "./merged-table-markdown.js";

const escapeText = (s: string) =>
  s
    .replace(/([\\`*_[\]<>#|~^])/g, "\\$1")
    .replace(/^(\s*)([-+])(\s)/, "$1\\$2$3")
    .replace(/^(\s*)(\d+)([.)])(\s)/, "$1$2\\$3$4");

export function inlinesToMarkdown(content: Inline[]): string {
  let out = "";
  for (const r of content) {
    if (r.type === "footnote") out += `[^${r.n}]`;
    else if (r.type === "break") out += "\\\n";
    else {
      let t = r.code ? "`" + r.text.replace(/`/g, "\\`") + "`" : escapeText(r.text);
      if (r.superscript) t = `^${t}^`;
      if (r.subscript) t = `~${t}~`;
      if (r.strike) t = `~~${t}~~`;
      if (r.italic && t.trim()) t = `*${t}*`;
      if (r.bold && t.trim()) t = `**${t}**`;
      if (r.link) t = r.link === r.text ? `<${r.link}>` : `[${t}](${r.link})`;
      out += t;
    }
  }
  return out;
}

function table(t: Table): string {
  const row = (cells: Table["rows"][number]) =>
    `| ${cells.map((c) => inlinesToMarkdown(c.content).replace(/\|/g, "\\|")).join(" | ")} |`;
  const delim = `| ${t.align.map((a) => (a === "center" ? ":---:" : a === "right" ? "---:" : a === "left" ? ":---" : "---")).join(" | ")} |`;
  const [head, ...rest] = t.rows;
  return [row(head ?? []), delim, ...rest.map(row)].join("\n");
}

/**
 * The blocks as Markdown entries; a list's items, markers as typed, make one entry with one item
 * per line (a tight list, as the document prints it, not one spread by blank lines).
 */
function blocks(list: readonly Block[]): string[] {
  const out: string[] = [];
  let previous: PrintedBlock | undefined;
  for (const b of printedBlocks(list)) {
    const item = (x: PrintedBlock | undefined) => x?.type === "paragraph" && x.marker !== "";
    if (item(b) && item(previous)) out[out.length - 1] += `\n${block(b)}`;
    else out.push(block(b));
    previous = b;
  }
  return out;
}

/** The body; each landscape run between `<!-- landscape -->` and `<!-- /landscape -->` lines. */
const bodyBlocks = (list: readonly Block[]) =>
  pageRuns(list).flatMap((run) =>
    run.landscape ? [LANDSCAPE_START, ...blocks(run.blocks), LANDSCAPE_END] : blocks(run.blocks),
  );

export const LANDSCAPE_START = "<!-- landscape -->";
export const LANDSCAPE_END = "<!-- /landscape -->";

function block(b: PrintedBlock): string {
  switch (b.type) {
    case "heading":
      return `${"#".repeat(Math.min(b.level + 1, 6))} ${b.number ? b.number + " " : ""}${inlinesToMarkdown(b.text)}`;
    case "paragraph": {
      const text = inlinesToMarkdown(b.content);
      const indent = "    ".repeat(b.depth);
      return `${indent}${b.marker}${text}`;
    }
    case "figure":
      return `![${inlinesToMarkdown(b.caption)}](${b.image.path})`;
    case "table":
      return needsMergedTable(b) ? mergedTableMarkdown(b, inlinesToMarkdown, escapeText) : table(b);
  }
}

export function writeMarkdown(model: ReportModel): string {
  const f = model.frame;
  const parts: string[] = [];
  parts.push(
    `<!-- ${f.header.parentAgency.join(" / ")} | ${f.header.agency.join(" / ")} | ${f.header.numberLine} | ${f.header.dateLine} -->`,
  );
  parts.push(`# ${f.docType}`);
  parts.push(f.title.map((l) => `**${escapeText(l)}**`).join("\\\n"));
  if (f.kinhGui) parts.push([f.kinhGui.heading, ...f.kinhGui.lines].map(escapeText).join("\\\n"));
  parts.push(...blocks(model.preamble), ...bodyBlocks(model.body), ...blocks(f.closing));
  parts.push(
    `***${escapeText(f.recipients.heading)}***\n\n${f.recipients.lines.map((l) => (l.group ? `*${escapeText(l.text)}*` : escapeText(l.text))).join("\\\n")}`,
  );
  parts.push(
    `${f.signature.lines.map((l) => `**${escapeText(l)}**`).join("\\\n")}\\\n\\\n**${escapeText(f.signature.name)}**`,
  );
  for (const a of model.appendices ?? []) {
    parts.push(
      `## ${escapeText(a.label)}${a.landscape ? ` ${LANDSCAPE_START}` : ""}\n\n**${escapeText(a.title)}**\\\n*${escapeText(a.reference)}*`,
    );
    parts.push(...blocks(a.blocks));
  }
  for (const n of model.footnotes) parts.push(`[^${n.n}]: ${inlinesToMarkdown(n.content)}`);
  return parts.join("\n\n") + "\n";
}
