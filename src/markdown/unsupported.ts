import type { Nodes } from "mdast";
import { msg } from "../messages/index.js";
import { type Context, report } from "./context.js";

/** Plain text of a node, shortened for messages. */
export function excerpt(node: Nodes, max = 40): string {
  const text = plain(node).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function plain(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plain).join("");
  return "";
}

/** The source as typed for a node, shortened for messages. */
function typed(node: Nodes, ctx: Context, max = 40): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return excerpt(node, max);
  const text = ctx.text.slice(start, end).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Report Markdown that a report fragment cannot contain. Nothing is emitted for it:
 * the build fails on the error, and the message says what to write instead.
 */
export function reportUnsupported(node: Nodes, ctx: Context): void {
  switch (node.type) {
    case "heading": {
      const atx = /^[ \t]*#/.test(ctx.text.slice(node.position?.start.offset ?? 0));
      const underline = node.depth === 1 ? "===" : "---";
      return report(
        ctx,
        node,
        "error",
        "heading-in-fragment",
        atx
          ? msg("markdown.heading", { heading: `${"#".repeat(node.depth)} ${excerpt(node)}` })
          : msg("markdown.heading-underlined", { heading: excerpt(node), underline }),
        msg("markdown.heading.hint"),
      );
    }
    case "html": {
      const sup = /^<\/?sup\b/i.test(node.value);
      return report(
        ctx,
        node,
        "error",
        "raw-html",
        msg("markdown.raw-html", { html: typed(node, ctx) }),
        msg(sup ? "markdown.raw-html.sup-hint" : "markdown.raw-html.hint"),
      );
    }
    case "image":
    case "imageReference":
      return report(
        ctx,
        node,
        "error",
        "image-not-supported",
        msg("markdown.image", { image: typed(node, ctx) }),
        msg("markdown.image.hint"),
      );
    case "code":
      return !/^[ \t]*(?:```|~~~)/.test(ctx.text.slice(node.position?.start.offset ?? 0))
        ? report(
            ctx,
            node,
            "error",
            "unsupported-markdown",
            msg("markdown.indented-code"),
            msg("markdown.indented-code.hint"),
          )
        : report(
            ctx,
            node,
            "error",
            "unsupported-markdown",
            msg("markdown.fenced-code"),
            msg("markdown.fenced-code.hint"),
          );
    case "blockquote":
      return report(
        ctx,
        node,
        "error",
        "unsupported-markdown",
        msg("markdown.blockquote"),
        msg("markdown.blockquote.hint"),
      );
    case "thematicBreak":
      return report(
        ctx,
        node,
        "error",
        "unsupported-markdown",
        msg("markdown.thematic-break", { text: typed(node, ctx) }),
        msg("markdown.thematic-break.hint"),
      );
    default:
      return report(ctx, node, "error", "unsupported-markdown", msg("markdown.other", { type: node.type }));
  }
}
