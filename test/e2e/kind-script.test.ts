// test/e2e/kind.sh runs the walkthrough where kind and Docker exist; here we check that elsewhere it says it skipped.
import { spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";

describe("test/e2e/kind.sh", () => {
  it("prints plainly that it skipped, and exits 0, where kind and docker are missing", () => {
    // A PATH with only the tools the script needs before its check: no kind, docker or kubectl.
    const bin = mkdtempSync(join(tmpdir(), "aifactory-path-"));
    for (const tool of ["dirname"]) {
      const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
      symlinkSync(found, join(bin, tool));
    }
    const bash = spawnSync("sh", ["-c", "command -v bash"], { encoding: "utf8" }).stdout.trim();
    const result = spawnSync(bash, [join(packageRoot(), "test/e2e/kind.sh")], { encoding: "utf8", env: { PATH: bin } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^SKIPPED test\/e2e\/kind\.sh: this machine lacks kind, kubectl, docker; nothing was run\.$/m);
  });
});
