import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { analyzeFile, analyzeText, defaultBlueprintPath } from "../../src/check/analyze.js";
import { programSize, scaleBlueprint, withDistinctClusters } from "../../bench/generate.js";
import { buildClusterObjects } from "../../src/objects/index.js";

const reference = await analyzeFile(defaultBlueprintPath());

describe("benchmark programs", () => {
  it("--distinct: a valid program whose clusters share no namespaced object and no device plugin", () => {
    const bp = withDistinctClusters(scaleBlueprint(reference.blueprint!, 2));
    const analysis = analyzeText(stringify(bp, { lineWidth: 0, aliasDuplicateObjects: false }), "program-x2-distinct.yaml");
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    const model = analysis.model!;
    const seen = new Map<string, string>();
    for (const cluster of model.sites.flatMap((s) => s.clusters)) {
      for (const { object } of buildClusterObjects(model, cluster)) {
        if (object.kind === "PriorityClass" || object.kind === "ClusterRole" || object.kind === "ClusterRoleBinding") continue;
        if (object.kind === "Namespace" && object.metadata?.name !== undefined && !object.metadata.name.includes("-c")) continue;
        if (object.kind === "ServiceAccount") continue;
        // The plugin's deny-all NetworkPolicy selects the plugin's pods by their shared label: it names no pool or tenant.
        if (object.kind === "NetworkPolicy" && object.metadata?.name === "nvidia-device-plugin-deny-all") continue;
        // GKE clusters' plugin-namespace quota: the same in every cluster of one size (names no pool or tenant).
        if (object.kind === "ResourceQuota" && object.metadata?.name === "system-node-critical-pods") continue;
        const text = JSON.stringify(object);
        expect(seen.get(text), `${object.kind} ${object.metadata?.name} repeats`).toBeUndefined();
        seen.set(text, cluster.name);
      }
    }
  });

  it("1× is the reference", () => {
    expect(reference.blueprint).toBeDefined();
    const bp = scaleBlueprint(reference.blueprint!, 1);
    expect(bp).toEqual(reference.blueprint);
  });

  it("k× is a valid program with k times the sites, clusters, pools, tenants, power and GPUs", () => {
    const k = 3;
    const bp = scaleBlueprint(reference.blueprint!, k);
    const analysis = analyzeText(stringify(bp, { lineWidth: 0, aliasDuplicateObjects: false }), "program-x3.yaml");
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    const one = programSize(reference.blueprint!);
    const n = programSize(bp);
    expect(n).toEqual({ sites: one.sites * k, clusters: one.clusters * k, pools: one.pools * k, tenants: one.tenants * k });
    const base = reference.model!.program.totals;
    const scaled = analysis.model!.program.totals;
    expect(scaled.gpus).toBe(base.gpus * k);
    expect(scaled.facilityMW).toBeCloseTo(base.facilityMW * k, 6);
    // Same findings per copy: the reference's warnings, k times (no new kind of finding).
    const codes = (fs: readonly { code: string }[]) => [...new Set(fs.map((f) => f.code))].sort();
    expect(codes(analysis.findings)).toEqual(codes(reference.findings));
  });

  it("names stay unique and within DNS label length at the largest scale", () => {
    const bp = scaleBlueprint(reference.blueprint!, 100);
    const clusters = bp.spec.sites.flatMap((s) => s.clusters.map((c) => c.name));
    expect(new Set(clusters).size).toBe(clusters.length);
    expect(new Set(bp.spec.sites.map((s) => s.name)).size).toBe(bp.spec.sites.length);
    expect(Math.max(...clusters.map((c) => c.length))).toBeLessThanOrEqual(63);
  });

  it("rejects scales the schema's caps cannot hold", () => {
    expect(() => scaleBlueprint(reference.blueprint!, 0)).toThrow();
    expect(() => scaleBlueprint(reference.blueprint!, 101)).toThrow();
  });
});
