import type { Nodes, Root } from "mdast";
import { msg } from "../messages/index.js";
import { type Context, report, sourceAt } from "./context.js";
import { renderFootnote } from "./footnote-content.js";

/**
 * Before converting a field, register its footnote definitions in the fragment's scope and
 * its link reference definitions in the context, wherever they sit in the tree.
 */
export function collectDefinitions(root: Root, ctx: Context): void {
  const visit = (node: Nodes): void => {
    if (node.type === "footnoteDefinition") {
      ctx.scope.define({
        identifier: node.identifier,
        label: node.label ?? node.identifier,
        file: ctx.src.file,
        position: ctx.locator.at(node.position?.start.offset ?? 0),
        source: sourceAt(ctx, node),
        render: (diagnostics) => renderFootnote(node, ctx, diagnostics),
      });
    } else if (node.type === "definition") {
      if (ctx.links.has(node.identifier)) {
        report(
          ctx,
          node,
          "warning",
          "unused-link-definition",
          msg("markdown.link-definition-twice", { label: node.label ?? node.identifier }),
          msg("markdown.delete-line"),
        );
      } else {
        ctx.links.set(node.identifier, { node, used: false });
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(root);
}

/** After converting a field: link definitions no `[text][label]` used. */
export function reportUnusedLinks(ctx: Context): void {
  for (const { node, used } of ctx.links.values()) {
    if (used) continue;
    const label = node.label ?? node.identifier;
    report(
      ctx,
      node,
      "warning",
      "unused-link-definition",
      msg("markdown.link-definition-unused", { label, url: node.url }),
      msg("markdown.link-definition-unused.hint", { label }),
    );
  }
}
