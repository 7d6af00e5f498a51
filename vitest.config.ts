import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/support/fast-check-seed.ts"],
    globalSetup: ["test/support/checkout-untouched.ts"],
    // Two cores on CI: forks keep cdktf's memory per worker bounded.
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node refuses; through
    // vite's transform (inlined) the import works. Used by test/workflows/.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
