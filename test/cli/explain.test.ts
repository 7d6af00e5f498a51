import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";

async function runCli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { cwd: process.cwd(), stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

describe("aifactory explain", () => {
  it("prints what a code checks and how to fix it, whatever its case", async () => {
    const r = await runCli(["explain", "aif-p002"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^AIF-P002: error; power/);
    expect(r.stdout).toContain("grid interconnect");
  });

  it("fails with exit 2 on an unknown code, suggesting the closest one", async () => {
    const r = await runCli(["explain", "AIF-P02"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did you mean AIF-P002?");
  });
});
