import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/support/fast-check-seed.ts"],
    // Two cores on CI: forks keep cdktf's memory per worker bounded.
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
