// The real-cluster test bed (npm run e2e): one control plane at a time on a two-core machine.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["test/e2e/**/*.e2e.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // The failures print the object and the API server's message: let them be read whole.
    reporters: ["default"],
  },
});
