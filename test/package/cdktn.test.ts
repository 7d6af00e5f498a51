// The construct on CDK Terrain (cdktn 0.24, cdktf's community continuation): a consumer that installs cdktn instead
// of cdktf gets the same stacks (identical once parsed, the engine's version string aside; cdktn writes empty
// objects on one line) and the same failing validations. The app runs as `cdktn synth` runs it (node on the app
// with CDKTF_OUTDIR); cdktn-cli itself is not installed here (hundreds of MB, and it adds nothing to the app).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { analyzeBlueprint, analyzeFile } from "../../src/check/analyze.js";
import { findingLine } from "../../src/synth/terraform/finding-lines.js";
import { synthesizeTerraform } from "../../src/synth/terraform/index.js";
import { fixtureBlueprint } from "../objects/fixture.js";

const root = join(import.meta.dirname, "../..");
const run = promisify(execFile);
const own = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string; peerDependencies: Record<string, string> };
let dir = "";

const APP = `import { App } from "cdktn";
import { AiFactory } from "aifactory";
const app = new App({ stackTraces: false });
new AiFactory(app, "aifactory", { blueprint: process.env.BLUEPRINT });
app.synth();
`;

async function exec(args: readonly string[], env: Record<string, string> = {}) {
  const PATH = `${dirname(process.execPath)}${delimiter}${process.env["PATH"] ?? ""}`;
  const options = { cwd: dir, env: { ...process.env, PATH, ...env }, timeout: 180_000 };
  return run(args[0]!, args.slice(1), options).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, output: `${e.stdout}${e.stderr}` }),
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "aifactory-cdktn-"));
  const packed = await exec(["npm", "pack", root, "--pack-destination", dir, "--silent"]);
  expect(packed.code, packed.output).toBe(0);
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "on-cdktn", private: true, type: "module" }));
  // constructs 10.7: cdktn 0.24 wants >=10.6 <10.8 (cdktf 0.21 takes 10.8 too).
  const deps = [`./aifactory-${own.version}.tgz`, `cdktn@${own.peerDependencies["cdktn"]}`, "constructs@10.7.2"];
  const installed = await exec(["npm", "install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", ...deps]);
  expect(installed.code, installed.output).toBe(0);
  await writeFile(join(dir, "main.mjs"), APP);
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("AiFactory on CDK Terrain (cdktn)", () => {
  it("installs without cdktf and writes the stacks aifactory synth writes, the engine's version aside", async () => {
    expect((await readdir(join(dir, "node_modules"))).includes("cdktf")).toBe(false);
    const blueprint = fixtureBlueprint();
    await writeFile(join(dir, "valid.yaml"), stringify(blueprint));
    const result = await exec(["node", "main.mjs"], { BLUEPRINT: "valid.yaml", CDKTF_OUTDIR: join(dir, "out") });
    expect(result.code, result.output).toBe(0);
    const analysis = analyzeBlueprint(blueprint, "valid.yaml");
    const expected = synthesizeTerraform(analysis.objects!, analysis.findings);
    for (const [name, json] of expected) {
      const text = await readFile(join(dir, "out/stacks", name, "cdk.tf.json"), "utf8");
      const parsed = JSON.parse(text) as { "//": { metadata: { version: string } } };
      expect(parsed["//"].metadata.version).toBe(own.peerDependencies["cdktn"]);
      parsed["//"].metadata.version = (json as typeof parsed)["//"].metadata.version;
      expect(parsed, name).toEqual(JSON.parse(JSON.stringify(json)));
    }
  });

  it("fails on capacity errors with validate's located lines", async () => {
    const blueprint = fixtureBlueprint();
    blueprint.spec.sites[0].halls[0].itPowerMW = 0.05;
    await writeFile(join(dir, "invalid-overloaded-hall.yaml"), stringify(blueprint));
    const result = await exec(["node", "main.mjs"], { BLUEPRINT: "invalid-overloaded-hall.yaml", CDKTF_OUTDIR: join(dir, "bad") });
    expect(result.code).not.toBe(0);
    const file = "invalid-overloaded-hall.yaml";
    const errors = (await analyzeFile(file, { cwd: dir })).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(result.output).toContain(findingLine(f, file));
  });
});
