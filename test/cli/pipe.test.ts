// The built CLI behind a reader that stops early (`aifactory plan | head -1`): a quiet stop, never a stack trace.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function runClosingStdoutEarly(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["bin/aifactory.js", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy(); // hang up before the CLI writes, as `head` does once it has its lines
    child.on("close", (code) => done({ code, stderr }));
  });
}

describe("the CLI writing into a closed pipe", () => {
  it("stops quietly with its exit code, no EPIPE stack trace", async () => {
    const { code, stderr } = await runClosingStdoutEarly(["plan", "--format", "markdown"]);
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(code).toBe(0);
  });
});
