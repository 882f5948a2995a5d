import type { Nodes, PhrasingContent } from "mdast";
import { msg } from "../messages/index.js";
import type { Inline } from "../model/report.js";
import { type Context, report } from "./context.js";
import { mergeRuns, type Marks, textRun } from "./runs.js";
import { splitSuperSub } from "./super-sub.js";
import { reportUnsupported } from "./unsupported.js";
import { linkTargetProblem } from "./link-target.js";

/** A soft line break (with the spaces around it) prints as one space. */
const SOFT_BREAK = /[ \t]*(?:\r\n|\r|\n)[ \t]*/g;

/** Convert phrasing content to runs: marks nest and flatten, adjacent equal runs merge. */
export function convertInlines(nodes: readonly PhrasingContent[], ctx: Context): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) walk(node, {}, ctx, out);
  return mergeRuns(out);
}

function walkAll(nodes: readonly Nodes[], marks: Marks, ctx: Context, out: Inline[]): void {
  for (const node of nodes) walk(node, marks, ctx, out);
}

function walk(node: Nodes, marks: Marks, ctx: Context, out: Inline[]): void {
  switch (node.type) {
    case "text": {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const raw = start !== undefined && end !== undefined ? ctx.text.slice(start, end) : undefined;
      for (const piece of splitSuperSub(node.value.replace(SOFT_BREAK, " "), raw)) {
        out.push(
          textRun(piece.text, {
            ...marks,
            ...(piece.superscript ? { superscript: true } : {}),
            ...(piece.subscript ? { subscript: true } : {}),
          }),
        );
      }
      return;
    }
    case "emphasis":
      return walkAll(node.children, { ...marks, italic: true }, ctx, out);
    case "strong":
      return walkAll(node.children, { ...marks, bold: true }, ctx, out);
    case "delete":
      return walkAll(node.children, { ...marks, strike: true }, ctx, out);
    case "inlineCode":
      out.push(textRun(node.value.replace(SOFT_BREAK, " "), { ...marks, code: true }));
      return;
    case "link":
      return walkAll(node.children, checkedLink(node, node.url, marks, ctx), ctx, out);
    case "linkReference": {
      const definition = ctx.links.get(node.identifier);
      if (definition !== undefined) definition.used = true;
      const link = definition?.node.url;
      return walkAll(node.children, link === undefined ? marks : checkedLink(node, link, marks, ctx), ctx, out);
    }
    case "footnoteReference":
      out.push(footnoteReference(node.identifier, node.label ?? node.identifier, node, ctx));
      return;
    case "break":
      out.push({ type: "break" });
      return;
    default:
      // html, image, imageReference, and anything a future extension adds.
      reportUnsupported(node, ctx);
      return;
  }
}

/** The marks with the link, or without it (and an error at the link) when its target cannot be in a report. */
function checkedLink(node: Nodes, url: string, marks: Marks, ctx: Context): Marks {
  const problem = linkTargetProblem(url);
  if (!problem) return { ...marks, link: url };
  report(ctx, node, "error", "link-target", problem.message, problem.hint);
  return marks;
}

function footnoteReference(identifier: string, label: string, node: Nodes, ctx: Context): Inline {
  if (ctx.inFootnote !== undefined) return footnoteInFootnote(identifier, label, node, ctx, ctx.inFootnote);
  const n = ctx.scope.reference(identifier, ctx.diagnostics);
  if (n !== undefined) return { type: "footnote", n };
  const defined = ctx.scope
    .labels()
    .map((l) => `\`[^${l}]\``)
    .join(", ");
  report(
    ctx,
    node,
    "error",
    "footnote-undefined",
    msg("markdown.footnote-undefined", { label }),
    defined
      ? msg("markdown.footnote-undefined.defined", { defined, label })
      : msg("markdown.footnote-undefined.hint", { label }),
  );
  return textRun(`[^${label}]`, {});
}

/**
 * A footnote cannot have footnotes of its own (nor cite itself): Word keeps notes one level deep,
 * and a note referenced only from another note has no mark in the body to number it by.
 */
function footnoteInFootnote(
  identifier: string,
  label: string,
  node: Nodes,
  ctx: Context,
  inFootnote: { identifier: string; label: string },
): Inline {
  ctx.scope.mention(identifier);
  const self = inFootnote.identifier === identifier;
  const outer = inFootnote.label;
  report(
    ctx,
    node,
    "error",
    "footnote-in-footnote",
    msg(self ? "markdown.footnote-in-itself" : "markdown.footnote-in-footnote", { outer, label }),
    msg(self ? "markdown.footnote-in-itself.hint" : "markdown.footnote-in-footnote.hint", { outer, label }),
  );
  return textRun(`[^${label}]`, {});
}
