// The real-cluster test bed (npm run e2e): one file per bundled blueprint, two at a time. A control plane mostly
// waits (on etcd, on its controllers, on kubectl), so two of them use a two-core machine better than one; each
// takes its own free ports and directories.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["test/e2e/**/*.e2e.ts"],
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // The failures print the object and the API server's message: let them be read whole.
    reporters: ["default"],
  },
});
