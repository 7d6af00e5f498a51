import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import devKindDsl from "../../blueprints/dev-kind.factory.js";
import { cluster, factory, hall, phase, pool, site, tenant } from "../../src/blueprint/dsl.js";
import { analyzeBlueprint, analyzeText } from "../../src/check/analyze.js";
import { resolveFactory } from "../../src/model/resolve.js";

describe("DSL", () => {
  it("builds the twin of blueprints/dev-kind.yaml: same blueprint, same resolved model", () => {
    const yaml = analyzeText(readFileSync(new URL("../../blueprints/dev-kind.yaml", import.meta.url), "utf8"), "blueprints/dev-kind.yaml");
    expect(yaml.blueprint).toBeDefined();
    expect(devKindDsl).toEqual(yaml.blueprint);
    expect(resolveFactory(devKindDsl)).toEqual(resolveFactory(yaml.blueprint!));
  });

  it("validates clean through the same path as a file", () => {
    const a = analyzeBlueprint(devKindDsl, "blueprints/dev-kind.factory.ts");
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(a.model?.program.totals.gpus).toBe(88);
  });

  const small = (poolSize: { racks: number } | { nodes: number }) =>
    factory({
      name: "small",
      phases: [phase({ name: "p1", online: "2026-H2", cumulativeCapMW: 10 })],
      sites: [
        site({
          name: "s1",
          partner: "x",
          phase: "p1",
          gridInterconnectMW: 10,
          halls: [hall({ name: "h1", itPowerMW: 5, cooling: "liquid", maxRackKW: 150 })],
          clusters: [cluster({ name: "c1", kubernetesVersion: "1.33", pools: [pool({ name: "g1", system: "gb200-nvl72", hall: "h1", ...poolSize })] })],
        }),
      ],
    });

  it("leaves unset props out rather than undefined", () => {
    const bp = small({ racks: 1 });
    expect(Object.keys(bp.spec.program)).toEqual(["phases"]);
    expect(Object.keys(bp.metadata)).toEqual(["name"]);
  });

  it("fails when a DSL blueprint breaks the schema, with the file's codes", () => {
    const a = analyzeBlueprint(small({ racks: 0 }), "small.factory.ts");
    expect(a.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.message])).toEqual([["AIF-S008", "`racks` of pool g1 is 0; it must be ≥ 1"]]);
  });

  it("fails when a DSL blueprint breaks a rule, with the rule's code", () => {
    const a = analyzeBlueprint(small({ racks: 100 }), "small.factory.ts");
    expect(a.findings.map((f) => f.code)).toContain("AIF-P001");
  });

  it("catches at compile time what the schema catches at load time", () => {
    // @ts-expect-error: not a catalog system
    pool({ name: "x", system: "h900", hall: "h1", nodes: 1 });
    // @ts-expect-error: racks and nodes together
    pool({ name: "x", system: "h100", hall: "h1", nodes: 1, racks: 1 });
    // @ts-expect-error: gpuQuota and gpuShare together
    tenant({ name: "t", gpuQuota: 1, gpuShare: 0.5 });
    // @ts-expect-error: not a half or quarter
    phase({ name: "p", online: "2026-H3", cumulativeCapMW: 1 });
    // @ts-expect-error: Kubernetes versions are strings like "1.33"
    cluster({ name: "c", kubernetesVersion: 1.33, pools: [pool({ name: "x", system: "h100", hall: "h1", nodes: 1 })] });
    expect(true).toBe(true);
  });
});
