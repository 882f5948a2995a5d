/** The text of inline runs as read: footnote references and line breaks as nothing and a space. */
import type { Inline } from "../model/report.js";

export const plainText = (runs: readonly Inline[]): string =>
  runs.map((r) => (r.type === "text" ? r.text : r.type === "break" ? " " : "")).join("");
