// The real cdktf CLI around the compiled app (dist/, built by `npm run build`, which `npm test` runs first).
// Two CLI invocations only: each costs seconds.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { analyzeFile } from "../../../src/check/analyze.js";
import { run as runCli } from "../../../src/cli/main.js";
import { findingLine } from "../../../src/synth/terraform/findings.js";
import { fixtureBlueprint } from "../../objects/fixture.js";

const root = join(import.meta.dirname, "../../..");
const cdktf = join(root, "node_modules/.bin/cdktf");
const app = join(root, "dist/src/cli/cdktf-app.js");
const run = promisify(execFile);

let scratch = "";
beforeAll(async () => {
  if (!existsSync(app)) throw new Error(`${app} is missing: run \`npm run build\` first`);
  scratch = await mkdtemp(join(tmpdir(), "aifactory-cdktf-cli-"));
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Runs a command; resolves with its exit code and output instead of rejecting on a non-zero exit. */
async function exec(file: string, args: string[], env: Record<string, string>) {
  const options = { cwd: root, env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", ...env }, timeout: 90_000 };
  return run(file, args, options).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, output: `${e.stdout}${e.stderr}` }),
  );
}

/** The Terraform files (cdktf's layout) under dir; other emitters' files are left out. */
async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = relative(dir, join(e.parentPath, e.name));
    if (e.isFile() && (path === "manifest.json" || path.startsWith("stacks/"))) {
      out.set(path, await readFile(join(e.parentPath, e.name), "utf8"));
    }
  }
  return out;
}

describe("cdktf synth", () => {
  it("fails on capacity errors and prints the findings as aifactory validate does", async () => {
    const blueprint = fixtureBlueprint();
    const hall = blueprint.spec.sites[0].halls[0];
    hall.itPowerMW = 0.05; // far below what the pools draw
    const file = join(scratch, "invalid-overloaded-hall.yaml");
    await writeFile(file, stringify(blueprint));
    const errors = (await analyzeFile(file)).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);

    const result = await exec(cdktf, ["synth", "-o", join(scratch, "failed")], { AIFACTORY_BLUEPRINT: file });
    expect(result.code).not.toBe(0);
    for (const f of errors) expect(result.output).toContain(findingLine(f, file));
  });

  it("writes the same files as aifactory synth, and the context key picks the blueprint like the variable", async () => {
    const file = join(scratch, "valid.yaml");
    await writeFile(file, stringify(fixtureBlueprint()));
    const cli = await exec(cdktf, ["synth", "-o", join(scratch, "cli")], { AIFACTORY_BLUEPRINT: file });
    expect(cli.code, cli.output).toBe(0);

    const io = { stdout: () => undefined, stderr: () => undefined, cwd: scratch };
    expect(await runCli(["synth", file, "--out", "ours"], io)).toBe(0);
    // The app alone, as cdktf runs it, choosing the blueprint through the cdktf context.
    const direct = await exec("node", [app], {
      CDKTF_OUTDIR: join(scratch, "context"),
      CDKTF_CONTEXT_JSON: JSON.stringify({ blueprint: file }),
    });
    expect(direct.code, direct.output).toBe(0);

    const expected = await tree(join(scratch, "cli"));
    expect([...expected.keys()].sort()).toEqual(["manifest.json", "stacks/alpha/cdk.tf.json", "stacks/beta/cdk.tf.json"]);
    expect(await tree(join(scratch, "ours"))).toEqual(expected);
    expect(await tree(join(scratch, "context"))).toEqual(expected);
  });
});
