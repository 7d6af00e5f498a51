// The AiFactory construct and AiFactoryTesting: the stacks `aifactory synth` writes, findings as validations,
// per-cluster and per-pool figures, users' own resources beside aifactory's.
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, DataResource, TerraformStack } from "cdktf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { analyzeBlueprint } from "../../../src/check/analyze.js";
import { AiFactory, AiFactoryTesting, KubernetesProvider, POOL_LABEL, findingLine } from "../../../src/index.js";
import { synthesizeTerraform } from "../../../src/synth/terraform/index.js";
import { fixtureBlueprint } from "../../objects/fixture.js";

let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "aifactory-construct-"));
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function overloaded() {
  const blueprint = fixtureBlueprint();
  blueprint.spec.sites[0].halls[0].itPowerMW = 0.05; // far below what the pools draw
  return blueprint;
}

describe("AiFactory", () => {
  it("gives the stacks aifactory synth gives, from a DSL object and from a file alike", async () => {
    const blueprint = fixtureBlueprint();
    const analysis = analyzeBlueprint(blueprint, "f.yaml");
    const expected = synthesizeTerraform(analysis.objects!, analysis.findings);
    const fromObject = AiFactoryTesting.synth({ blueprint, file: "f.yaml" });
    expect([...fromObject.stacks.keys()]).toEqual(["alpha", "beta"]);
    for (const [name, json] of expected) expect(JSON.stringify(fromObject.stacks.get(name)), name).toBe(JSON.stringify(json));
    expect(fromObject.errors).toEqual([]);

    await writeFile(join(scratch, "f.yaml"), stringify(blueprint));
    const fromFile = AiFactoryTesting.synth({ blueprint: "f.yaml", cwd: scratch });
    expect(fromFile.stacks).toEqual(fromObject.stacks);
  });

  it("leaves nothing in the working directory (cdktf's App would create cdktf.out/stacks there)", async () => {
    const cwd = join(scratch, "empty-cwd");
    await mkdir(cwd);
    const before = process.cwd();
    process.chdir(cwd);
    try {
      AiFactoryTesting.synth({ blueprint: fixtureBlueprint(), file: "f.yaml" });
    } finally {
      process.chdir(before);
    }
    expect(await readdir(cwd)).toEqual([]);
  });

  it("exposes per cluster the stack and its provider, per pool the labels, taints and sizes", () => {
    const app = new App({ stackTraces: false, outdir: join(scratch, "exposes") });
    const factory = new AiFactory(app, "aifactory", { blueprint: fixtureBlueprint() });
    const alpha = factory.cluster("alpha");
    expect(alpha.stack.node.id).toBe("alpha");
    expect(alpha.stack.node.scope).toBe(app); // stacks named after clusters, whatever the construct's id
    expect(alpha.provider).toBeInstanceOf(KubernetesProvider);
    expect(alpha.provider.configContext).toBe("alpha-admin");
    const gb200 = alpha.pools.find((p) => p.name === "gb200")!;
    expect(gb200.labels[POOL_LABEL]).toBe("gb200");
    expect(gb200.taints).toEqual(gb200.resolved.taints);
    expect(gb200.gpus).toBe(gb200.resolved.gpus);
    expect(alpha.advertisedGpus).toBe(alpha.pools.reduce((n, p) => n + p.advertisedGpus, 0));
    expect(() => factory.cluster("gamma")).toThrow('no cluster "gamma" in blueprint: its clusters are alpha, beta');
  });

  it("keeps users' own resources and stacks beside aifactory's", () => {
    const out = AiFactoryTesting.synth({ blueprint: fixtureBlueprint() }, (factory, app) => {
      const beta = factory.cluster("beta");
      for (const p of beta.pools) new DataResource(beta.stack, `node-group-${p.name}`, { input: { nodes: p.nodes, labels: p.labels } });
      new TerraformStack(app, "network");
    });
    const beta = out.stacks.get("beta") as { resource: Record<string, Record<string, { input: { nodes: number } }>> };
    expect(beta.resource["terraform_data"]?.["node-group-h200"]?.input.nodes).toBe(2);
    expect(Object.keys(beta.resource)).toContain("kubernetes_daemon_set_v1");
    expect([...out.stacks.keys()].sort()).toEqual(["alpha", "beta", "network"]);
  });

  it("fails validation with validate's located lines when a finding is an error", async () => {
    await writeFile(join(scratch, "invalid-overloaded-hall.yaml"), stringify(overloaded()));
    const out = AiFactoryTesting.synth({ blueprint: "invalid-overloaded-hall.yaml", cwd: scratch });
    const errors = out.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(out.errors).toContain(findingLine(f, "invalid-overloaded-hall.yaml"));
    expect(errors[0]?.location?.line).toBeGreaterThan(1); // located in the file
    expect(() => new App({ stackTraces: false, outdir: join(scratch, "out") }).synth()).not.toThrow(); // an empty app is fine
    const app = new App({ stackTraces: false, outdir: join(scratch, "out") });
    new AiFactory(app, "aifactory", { blueprint: overloaded(), file: "mine.ts" });
    expect(() => app.synth()).toThrow(/error AIF-/);
  });

  it("fails validation with the load finding when the file is missing, and builds no stack", () => {
    const out = AiFactoryTesting.synth({ blueprint: "missing.yaml", cwd: scratch });
    expect(out.stacks.size).toBe(0);
    expect(out.errors).toEqual(["missing.yaml:1:1: error AIF-IO001 file not found: missing.yaml"]);
  });
});
