import type { Nodes } from "mdast";
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
      return report(ctx, node, "error", "heading-in-fragment",
        atx
          ? `expected body text — found a heading \`${"#".repeat(node.depth)} ${excerpt(node)}\``
          : `expected body text — found a heading \`${excerpt(node)}\` (the line under it is \`${underline}\`)`,
        "headings come from the outline in `bcreport.yaml`: add a section there, or write this line as a plain paragraph (a line under `---` or `===` also makes a heading)");
    }
    case "html": {
      const sup = /^<\/?sup\b/i.test(node.value);
      return report(ctx, node, "error", "raw-html",
        `expected Markdown text — found raw HTML \`${typed(node, ctx)}\``,
        sup
          ? "for a footnote write `[^1]` in the text and `[^1]: text of the note` after a blank line; to print `<` literally write `\\<`"
          : "HTML is not supported; to print `<` literally write `\\<`");
    }
    case "image":
    case "imageReference":
      return report(ctx, node, "error", "image-not-supported",
        `expected text — found an image \`${typed(node, ctx)}\``,
        "an image prints as a figure (with its alt text as caption) only alone in its own paragraph; or write `\\!` to print `!` literally");
    case "code":
      return !/^[ \t]*(?:```|~~~)/.test(ctx.text.slice(node.position?.start.offset ?? 0))
        ? report(ctx, node, "error", "unsupported-markdown",
            "expected a paragraph — found an indented code block (a line starting with 4 or more spaces, or a tab)",
            "remove the spaces at the start of the line")
        : report(ctx, node, "error", "unsupported-markdown",
            "expected a paragraph — found a fenced code block (```)",
            "write the text as a paragraph; use `inline code` for short literal text, or `\\` before a character to print it literally");
    case "blockquote":
      return report(ctx, node, "error", "unsupported-markdown",
        "expected a paragraph — found a block quote (`>`)",
        "remove the `>`; quote with “…” inside the paragraph, or write `\\>` to print `>` literally");
    case "thematicBreak":
      return report(ctx, node, "error", "unsupported-markdown",
        `expected a paragraph — found a thematic break \`${typed(node, ctx)}\``,
        "remove the line: sections and the space between them come from the outline; write `\\---` to print it literally");
    default:
      return report(ctx, node, "error", "unsupported-markdown",
        `expected paragraphs, lists or tables — found Markdown \`${node.type}\``);
  }
}
