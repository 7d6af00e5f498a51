// gpuStack gpu-operator, judged by the world: every ClusterPolicy aifactory emits against a ClusterPolicy CRD typed
// from NVIDIA/gpu-operator v26.7.0's field definitions (test/e2e/world/crds, strictly: unknown fields rejected), and
// the operator's device plugin selection played on the outputs: each pool's node label names a key of the ConfigMap
// the ClusterPolicy names, and that key's file gives what the blueprint file itself asks for the pool.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFile, packageRoot } from "../../src/check/analyze.js";
import type { ResolvedCluster, ResolvedFactory } from "../../src/model/types.js";
import { buildClusterObjects, type ClusterObject } from "../../src/objects/index.js";
import { poolProvisioning } from "../../src/objects/pool-scheduling.js";
import { effectiveSettings, type DevicePluginConfigV1 } from "../e2e/harness/plugin-config.js";
import { declaredClusters } from "../e2e/world/blueprint-pools.js";
import { bundledBlueprintFiles, loadBundled } from "../synth/kubernetes/bundled.js";
import { kueueValidators } from "./kueue-crds.js";
import { parse } from "yaml";

const CRD_DIR = join(packageRoot(), "test/e2e/world/crds");
const FIXTURE = "test/fixtures/load/valid-gpu-operator-e2e.yaml";
const validators = kueueValidators(CRD_DIR);
const clusterPolicyErrors = (o: unknown): string[] => {
  const v = validators.get("nvidia.com/v1/ClusterPolicy");
  if (v === undefined) throw new Error(`no ClusterPolicy CRD in ${CRD_DIR}`);
  return v.validate(o);
};

async function load(file: string): Promise<ResolvedFactory> {
  const a = await analyzeFile(file, { cwd: packageRoot() });
  if (a.model === undefined) throw new Error(`${file} does not resolve`);
  return a.model;
}
const clustersOf = (m: ResolvedFactory): ResolvedCluster[] => m.sites.flatMap((s) => s.clusters);
type Spec = Record<string, any>;
const policyOf = (objects: readonly ClusterObject[]) => objects.find((o) => o.object.kind === "ClusterPolicy");

describe("ClusterPolicy against the v26.7.0 field definitions (strict)", () => {
  const files = [...bundledBlueprintFiles(), FIXTURE];
  it("the bundled blueprints hold a gpu-operator cluster", async () => {
    const n = (await Promise.all(bundledBlueprintFiles().map(loadBundled))).flatMap(clustersOf).filter((c) => c.gpuStack === "gpu-operator").length;
    expect(n).toBeGreaterThan(0);
  });
  for (const file of files)
    it(`${file}: every ClusterPolicy validates, in both profiles, and only gpu-operator clusters have one`, async () => {
      const model = await load(file);
      for (const profile of ["default", "kind"] as const)
        for (const c of clustersOf(model)) {
          const policy = policyOf(buildClusterObjects(model, c, { profile }));
          expect(policy !== undefined, c.name).toBe(c.gpuStack === "gpu-operator");
          if (policy !== undefined) expect(clusterPolicyErrors(policy.object), c.name).toEqual([]);
        }
    });

  it("refuses what the operator's CRD refuses: an unknown field, a MIG strategy outside none|single|mixed, a missing required section", async () => {
    const model = await load(FIXTURE);
    const good = policyOf(buildClusterObjects(model, clustersOf(model)[0]!))!.object as { metadata: object; spec: Spec };
    expect(clusterPolicyErrors(good)).toEqual([]);
    const { gfd: _gfd, ...withoutGfd } = good.spec;
    expect(clusterPolicyErrors({ ...good, spec: { ...good.spec, devicePlugin: { ...good.spec.devicePlugin, configMap: "x" } } }).join()).toMatch(/configMap/);
    expect(clusterPolicyErrors({ ...good, spec: { ...good.spec, mig: { strategy: "auto" } } }).join()).toMatch(/\/spec\/mig\/strategy/);
    expect(clusterPolicyErrors({ ...good, spec: withoutGfd }).join()).toMatch(/gfd/);
    expect(clusterPolicyErrors({ ...good, metadata: { ...good.metadata, namespace: "gpu-operator" } }).join()).toMatch(/cluster-scoped/);
  });
});

describe("the operator's device plugin selection, played on the objects", () => {
  it("each pool's nodes name, by nvidia.com/device-plugin.config, a key of the ClusterPolicy's ConfigMap holding what the blueprint asks", async () => {
    const model = await load(FIXTURE);
    const cluster = clustersOf(model)[0]!;
    const declared = declaredClusters(join(packageRoot(), FIXTURE))[0]!;
    const objects = buildClusterObjects(model, cluster);
    const spec = (policyOf(objects)!.object as { spec: Spec }).spec;
    const cmName = spec.devicePlugin.config.name as string;
    const cm = objects.find((o) => o.object.kind === "ConfigMap" && o.object.metadata?.name === cmName)?.object as { metadata: { namespace: string }; data: Record<string, string> } | undefined;
    expect(cm?.metadata.namespace).toBe("nvidia-gpu-operator");
    for (const p of poolProvisioning(cluster.pools)) {
      const want = declared.pools.find((d) => d.name === p.pool)!;
      const key = p.labels["nvidia.com/device-plugin.config"];
      expect(key, p.pool).toBeDefined();
      expect(Object.keys(cm!.data), p.pool).toContain(key);
      const eff = effectiveSettings(parse(cm!.data[key!]!) as DevicePluginConfigV1);
      expect({ sharing: eff.sharing, replicas: eff.replicas }, p.pool).toEqual({ sharing: want.sharing, replicas: want.replicasPerGpu });
      // MIG_STRATEGY from mig.strategy overrides the file's flag: the pool's strategy must be the cluster's, or none.
      expect([spec.mig.strategy, "none"], p.pool).toContain(want.migStrategy);
    }
    expect(spec.mig.strategy).toBe("mixed");
    expect(spec.migManager).toMatchObject({ enabled: true, config: { default: "all-disabled" } });
    // The MPS pool's taint is tolerated by the operator's DaemonSets, or its nodes get no plugin.
    expect(spec.daemonsets.tolerations).toContainEqual({ key: "example.com/mps", operator: "Equal", value: "true", effect: "NoSchedule" });
  });

  it("emits no static plugin object and no namespace of its own on a gpu-operator cluster; the GKE quota sits in the operator's namespace", async () => {
    const model = await load(FIXTURE);
    const objects = buildClusterObjects(model, clustersOf(model)[0]!);
    expect(objects.filter((o) => o.object.kind === "DaemonSet" || o.object.kind === "ServiceAccount")).toEqual([]);
    expect(objects.filter((o) => o.object.kind === "Namespace").map((o) => o.object.metadata?.name)).not.toContain("nvidia-gpu-operator");
    expect(objects.filter((o) => o.role.startsWith("device-plugin"))).toEqual([]);
    const quota = objects.find((o) => o.role === "gpu-operator-priority-quota")?.object as { metadata: { namespace: string }; spec: Spec } | undefined;
    expect(quota?.metadata.namespace).toBe("nvidia-gpu-operator");
    expect(quota?.spec.scopeSelector.matchExpressions[0].values).toEqual(["system-node-critical"]);
  });

  it("pins the device plugin and GFD image by the cluster's devicePlugin version or digest", async () => {
    const model = await load(FIXTURE);
    const c = clustersOf(model)[0]!;
    const digest = `sha256:${"a".repeat(64)}`;
    const pinned: ResolvedCluster = { ...c, devicePlugin: { ...c.devicePlugin, image: `${c.devicePlugin.image}@${digest}` } };
    const spec = (policyOf(buildClusterObjects(model, pinned))!.object as { spec: Spec }).spec;
    expect(spec.devicePlugin.version).toBe(digest);
    expect(spec.gfd.version).toBe(digest);
    expect((policyOf(buildClusterObjects(model, c))!.object as { spec: Spec }).spec.devicePlugin.version).toBe("v0.20.0");
  });
});

describe("the plugin config label among the pool's exported node labels", () => {
  it("is in node-labels.json, the Terraform output pool_nodes and the kind config on gpu-operator clusters only", async () => {
    const { nodeLabelsFile } = await import("../../src/synth/kubernetes/manifests.js");
    const { poolNodesOutput } = await import("../../src/synth/terraform/outputs.js");
    const { kindClusterConfig } = await import("../../src/synth/kind/config.js");
    const stargate = await loadBundled("blueprints/stargate-sites.yaml");
    for (const c of clustersOf(stargate).filter((x) => x.name === "lordstown-1" || x.name === "lordstown-2")) {
      const operator = c.gpuStack === "gpu-operator";
      const files = (JSON.parse(nodeLabelsFile(c)) as { pools: { pool: string; labels: Record<string, string> }[] }).pools;
      const tf = poolNodesOutput(c).value as Record<string, { labels: Record<string, string> }>;
      const kind = kindClusterConfig(c).nodes.filter((n) => n.labels?.["aifactory.dev/pool"] !== undefined);
      expect(kind.length, c.name).toBeGreaterThan(0);
      for (const p of c.pools) {
        const want = operator ? p.name : undefined;
        expect(files.find((f) => f.pool === p.name)?.labels["nvidia.com/device-plugin.config"], c.name).toBe(want);
        expect(tf[p.name]?.labels["nvidia.com/device-plugin.config"], c.name).toBe(want);
        for (const n of kind.filter((x) => x.labels!["aifactory.dev/pool"] === p.name)) expect(n.labels!["nvidia.com/device-plugin.config"], c.name).toBe(want);
      }
    }
  });

  it("a blueprint label on the key stays refused (AIF-K010), and says the stack sets it", async () => {
    const { analyzeText } = await import("../../src/check/analyze.js");
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(join(packageRoot(), FIXTURE), "utf8").replace("labels: { example.com/pool: shared }", "labels: { example.com/pool: shared, nvidia.com/device-plugin.config: other }");
    const found = analyzeText(text, "t.yaml").findings.filter((f) => f.code === "AIF-K010");
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/would overwrite the label gpuStack gpu-operator sets \(shared on this pool's nodes/)]);
  });
});
