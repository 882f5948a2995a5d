import type { LintInput, TextField } from "../src/lint/lint-input.js";

/** A one-field lint input whose positions are the text's own (line, column). */
export function textInput(text: string): LintInput {
  const field: TextField = { file: "f.yaml", text, map: (line, column) => ({ line, column }) };
  return { fields: [field], raw: [{ file: "f.yaml", text }], recipients: [], accepted: [] };
}
