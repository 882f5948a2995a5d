import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ when it is missing or older than src/ (after `npm ci` it is current: no second build).
    globalSetup: ["test/support/build-before-tests.ts"],
    // fast-check: report the first counterexample (no long shrinking), stop a property after 50 s.
    setupFiles: ["test/support/fast-check-limits.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
