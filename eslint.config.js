// @ts-check
// `npm run lint`: eslint's and typescript-eslint's recommended rules (without type information,
// so it runs in seconds), for the sources, the tests, the bin and the build and bench scripts.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test/fixtures/", "examples/", "**/out/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `_`-prefixed names are unused on purpose (a parameter kept for its position).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { disallowTypeAnnotations: false }],
      "prefer-const": "error",
      "preserve-caught-error": "error",
      eqeqeq: ["error", "smart"],
      "no-var": "error",
      // The house idiom `if (d < score) (best = t), (score = d);` is a sequence of assignments.
      "@typescript-eslint/no-unused-expressions": "off",
      // Control characters in patterns are on purpose: the input stage reports them.
      "no-control-regex": "off",
    },
  },
  {
    // The preview's page script runs in the browser.
    files: ["preview-page/**/*.js"],
    languageOptions: { globals: globals.browser },
  },
  {
    // CommonJS files: the bin and its helper.
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
