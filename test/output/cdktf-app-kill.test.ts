// The cdktf app killed at random moments: every file it leaves is whole (old or new, never a part), Terraform's
// files stay, and the next run completes what the killed one began. (The old app wrote stacks in place: kills left
// stacks of two blueprints mixed, with nothing to finish them.)
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";

const app = join(packageRoot(), "dist/src/cli/cdktf-app.js");
const scratch: string[] = [];
afterAll(async () => {
  for (const d of scratch) await rm(d, { recursive: true, force: true });
});

function runApp(blueprint: string, out: string, killAfterMs?: number): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [app], { env: { ...process.env, AIFACTORY_BLUEPRINT: blueprint, CDKTF_OUTDIR: out }, stdio: "ignore" });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

async function files(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = relative(dir, join(e.parentPath, e.name));
    if (e.isFile() && !path.startsWith(".aifactory-staging")) out.set(path, await readFile(join(e.parentPath, e.name), "utf8"));
  }
  return out;
}

describe("the cdktf app, killed", () => {
  it.skipIf(!existsSync(app))("leaves whole files, keeps Terraform state, and the next run completes the new output", { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), "aifactory-app-kill-"));
    scratch.push(dir);
    const [a, b] = ["dev-kind.yaml", "first-gigawatt.yaml"].map((f) => join(packageRoot(), "blueprints", f)) as [string, string];
    expect(await runApp(b, join(dir, "reference"))).toBe(0);
    const reference = await files(join(dir, "reference"));
    const out = join(dir, "out");
    for (const ms of [250, 500, 800, 1100, 1500]) {
      await rm(out, { recursive: true, force: true });
      expect(await runApp(a, out)).toBe(0);
      const old = await files(out);
      await writeFile(join(out, "terraform.state-of-someone"), "kept");
      await runApp(b, out, ms);
      for (const [path, content] of await files(out)) {
        if (path.endsWith(".json")) expect(() => JSON.parse(content), path).not.toThrow();
        expect(content === old.get(path) || content === reference.get(path) || path === "terraform.state-of-someone", path).toBe(true);
      }
      expect(await runApp(b, out)).toBe(0);
      const after = await files(out);
      expect(after.get("terraform.state-of-someone")).toBe("kept");
      after.delete("terraform.state-of-someone");
      expect(after).toEqual(reference);
    }
  });
});
