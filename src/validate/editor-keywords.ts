/**
 * Keywords the schemas carry for editors (yaml-language-server, VS Code): hover text, completion
 * snippets and friendlier messages. They do not change what is valid; ajv is told they exist so
 * that it compiles the schemas in strict mode.
 */
export const EDITOR_KEYWORDS = [
  "markdownDescription",
  "markdownEnumDescriptions",
  "defaultSnippets",
  "patternErrorMessage",
  "errorMessage",
] as const;
