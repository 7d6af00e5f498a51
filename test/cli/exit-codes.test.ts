// The README's table of exit codes, and every verb run through it: each code a verb can give, from a real case.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";
import { cdktfAppMain } from "../../src/cli/cdktf-app.js";
import { registerCatalog } from "../../src/cli/commands/catalog.js";
import { registerKind } from "../../src/cli/commands/kind.js";
import { registerPlan } from "../../src/cli/commands/plan.js";
import { registerSynth } from "../../src/cli/commands/synth.js";
import { registerValidate } from "../../src/cli/commands/validate.js";
import { run, type RegisterCommand } from "../../src/cli/main.js";
import { kindClusterConfig } from "../../src/synth/kind/config.js";
import { FakeCluster } from "../kind/fake-cluster.js";
import { loadBundled } from "../synth/kubernetes/bundled.js";

const root = packageRoot();
const dir = mkdtempSync(join(tmpdir(), "aifactory-exit-codes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const devKind = join(root, "blueprints/dev-kind.yaml");
const broken = join(dir, "broken.yaml");
writeFileSync(broken, "apiVersion: aifactory.dev/v1alpha1\nkind: AIFactory\nmetadata: { name: broken }\nspec: { program: {} }\n");
const missing = join(dir, "missing.yaml");
const tooLarge = join(dir, "too-large.yaml");
writeFileSync(tooLarge, "a".repeat(4 * 1024 * 1024 + 1));
const badModule = join(dir, "bad-module.mjs");
writeFileSync(badModule, "throw new Error('does not load');\n");

/** The codes of the README's table, with their meaning's first words. */
function readmeTable(): Map<number, string> {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("<!-- exit-codes -->")).split("\n\n")[0]!;
  return new Map([...table.matchAll(/^\| `(\d)` \| ([^|]+)\|/gm)].map((m) => [Number(m[1]), m[2]!.trim()]));
}

async function withFakeCluster(args: readonly string[], gpusPerNodeAdvertised = true): Promise<number> {
  const model = await loadBundled("blueprints/dev-kind.yaml");
  const fake = new FakeCluster("kind-dev", kindClusterConfig(model.sites[0]!.clusters[0]!));
  if (!gpusPerNodeAdvertised) fake.nodes.splice(1); // only the control plane: no pool node to patch or schedule on
  const kind: RegisterCommand = (program: Command, ctx) => registerKind(program, ctx, () => Promise.resolve(fake));
  const commands = [registerValidate, registerCatalog, kind, registerPlan, registerSynth];
  return run(args, { stdout: () => undefined, stderr: () => undefined, cwd: dir }, commands);
}

const cli = (args: readonly string[]) => run(args, { stdout: () => undefined, stderr: () => undefined, cwd: dir });
const app = (env: Record<string, string>) => cdktfAppMain({ CDKTF_OUTDIR: join(dir, "app.out"), ...env }, { stdout: () => undefined, stderr: () => undefined, cwd: dir });
const boom: RegisterCommand = (program) => {
  program.command("boom").action(() => {
    throw new TypeError("a bug");
  });
};

type Case = readonly [verb: string, what: string, code: number, go: () => Promise<number>];
const CASES: readonly Case[] = [
  ["validate", "a clean blueprint", 0, () => cli(["validate", devKind])],
  ["validate", "a blueprint with errors", 1, () => cli(["validate", broken])],
  ["validate", "a missing file", 2, () => cli(["validate", missing])],
  ["validate", "an unknown flag", 2, () => cli(["validate", "--nope"])],
  ["catalog", "the catalog", 0, () => cli(["catalog"])],
  ["catalog", "a blueprint with errors", 1, () => cli(["catalog", broken])],
  ["catalog", "a device", 2, () => cli(["catalog", "/dev/zero"])],
  ["synth", "a clean blueprint", 0, () => cli(["synth", devKind, "--out", "synth.out"])],
  ["synth", "a blueprint with errors", 1, () => cli(["synth", broken, "--out", "synth.out"])],
  ["synth", "a missing file", 2, () => cli(["synth", missing, "--out", "synth.out"])],
  ["synth", "a file over the size limit", 2, () => cli(["synth", tooLarge, "--out", "synth.out"])],
  ["synth", "a DSL module that does not load", 2, () => cli(["synth", badModule, "--out", "synth.out"])],
  ["validate", "a DSL module that does not load", 2, () => cli(["validate", badModule])],
  ["synth", "--out a directory it does not own", 2, () => cli(["synth", devKind, "--out", root])],
  ["plan", "a clean blueprint", 0, () => cli(["plan", devKind])],
  ["plan", "a blueprint with errors", 1, () => cli(["plan", broken])],
  ["plan", "a --base that cannot be read", 2, () => cli(["plan", devKind, "--base", missing])],
  ["plan", "a --base-ref that is not a commit", 2, () => run(["plan", "blueprints/dev-kind.yaml", "--base-ref", "no-such-ref^^"], { stdout: () => undefined, stderr: () => undefined, cwd: root })],
  ["kind config", "a clean blueprint", 0, () => cli(["kind", "config", devKind])],
  ["kind config", "a blueprint with errors", 1, () => cli(["kind", "config", broken])],
  ["kind config", "an unknown --cluster", 2, () => cli(["kind", "config", devKind, "--cluster", "nope"])],
  ["kind fake-gpus", "a simulated cluster", 0, () => withFakeCluster(["kind", "fake-gpus", "--context", "kind-dev", devKind])],
  ["kind fake-gpus", "a cluster without the pools' nodes", 1, () => withFakeCluster(["kind", "fake-gpus", "--context", "kind-dev", devKind], false)],
  ["kind fake-gpus", "a kubeconfig that is a device", 2, () => cli(["kind", "fake-gpus", "--context", "kind-dev", "--kubeconfig", "/dev/zero", devKind])],
  ["kind smoke", "a simulated cluster, after fake-gpus", 0, async () => {
    const model = await loadBundled("blueprints/dev-kind.yaml");
    const fake = new FakeCluster("kind-dev", kindClusterConfig(model.sites[0]!.clusters[0]!));
    const kind: RegisterCommand = (program, ctx) => registerKind(program, ctx, () => Promise.resolve(fake));
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
    await run(["kind", "fake-gpus", "--context", "kind-dev", devKind], io, [kind]);
    return run(["kind", "smoke", "--context", "kind-dev", "--timeout", "5", devKind], io, [kind]);
  }],
  ["kind smoke", "a cluster without GPUs (pods stay unscheduled)", 1, () => withFakeCluster(["kind", "smoke", "--context", "kind-dev", "--timeout", "1", devKind])],
  ["kind smoke", "no --context", 2, () => cli(["kind", "smoke", devKind])],
  ["cdktf app", "a clean blueprint", 0, () => app({ AIFACTORY_BLUEPRINT: devKind })],
  ["cdktf app", "a blueprint with errors", 1, () => app({ AIFACTORY_BLUEPRINT: broken })],
  ["cdktf app", "a malformed CDKTF_CONTEXT_JSON", 2, () => app({ CDKTF_CONTEXT_JSON: "{" })],
  ["cdktf app", "a context whose blueprint is not a path", 2, () => app({ CDKTF_CONTEXT_JSON: '{"blueprint": 42}' })],
  ["(any verb)", "an internal error", 3, () => run(["boom"], { stdout: () => undefined, stderr: () => undefined, cwd: dir }, [boom])],
];

describe("cdktf app messages", () => {
  const stderrOf = async (env: Record<string, string>) => {
    let err = "";
    await cdktfAppMain({ CDKTF_OUTDIR: join(dir, "app.out"), ...env }, { stdout: () => undefined, stderr: (t) => void (err += t), cwd: dir });
    return err;
  };
  it("a malformed CDKTF_CONTEXT_JSON names the variable; a non-string blueprint names the key and the value", async () => {
    expect(await stderrOf({ CDKTF_CONTEXT_JSON: "{" })).toMatch(/CDKTF_CONTEXT_JSON is not valid JSON/);
    expect(await stderrOf({ CDKTF_CONTEXT_JSON: '{"blueprint": 42}' })).toMatch(/"blueprint" must be a non-empty string .*got 42/);
  });
});

describe("exit codes", () => {
  const table = readmeTable();

  it("the README's table has codes 0 to 3", () => {
    expect([...table.keys()]).toEqual([0, 1, 2, 3]);
  });

  it.each(CASES)("%s, %s: exit %i", async (_verb, _what, code, go) => {
    expect(table.has(code)).toBe(true);
    expect(await go()).toBe(code);
  });

  it("every verb is run through the table, and every code of the table is reached", () => {
    const verbs = new Set(CASES.map((c) => c[0]));
    for (const verb of ["validate", "catalog", "synth", "plan", "kind config", "kind fake-gpus", "kind smoke", "cdktf app"]) expect(verbs.has(verb)).toBe(true);
    expect(new Set(CASES.map((c) => c[2]))).toEqual(new Set(table.keys()));
  });
});
