// MIG pools: the layout NVIDIA's MIG manager applies (nvidia.com/mig.config), what the device plugin then advertises
// under each strategy, and everything that follows from it: the plugin's config and capability, example Jobs,
// quotas, the capacity summary, what a node provisioner is told to stamp.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MIG_TABLES } from "../../src/catalog/index.js";
import { analyzeBlueprint } from "../../src/check/analyze.js";
import { buildClusterObjects, exampleJobs } from "../../src/objects/index.js";
import { poolProvisioning } from "../../src/objects/pool-scheduling.js";
import type { IDaemonSet, IJob } from "../../src/objects/types.js";
import type { AIFactoryBlueprint, DevicePluginConfig } from "../../src/blueprint/generated/blueprint-types.js";
import { checkSecurityBaseline } from "../../src/policy/index.js";
import { fixtureBlueprint } from "./fixture.js";

/** The fixture with its b200-mig pool replaced by an 8-GPU H100 pool of 2 nodes with the given plugin settings. */
function withMigPool(devicePlugin: DevicePluginConfig, tenants = [{ name: "research", gpuQuota: 40 }]) {
  const bp: AIFactoryBlueprint = fixtureBlueprint();
  const cluster = bp.spec.sites[0]!.clusters[0]!;
  cluster.tenants = tenants;
  cluster.pools = [
    { name: "h100-mig", system: "h100", nodes: 2, hall: "hall-1", devicePlugin },
    { name: "h200", system: "h200", nodes: 1, hall: "hall-1" },
  ];
  const a = analyzeBlueprint(bp, "mig.yaml");
  const c = a.model!.sites[0]!.clusters[0]!;
  const objects = buildClusterObjects(a.model!, c);
  const pool = c.pools[0]!;
  const ds = objects.find((o) => o.role === "device-plugin-daemon-set" && o.key === "h100-mig")!.object as IDaemonSet;
  const cm = objects.find((o) => o.role === "device-plugin-configs")!.object as { data: Record<string, string> };
  const quota = objects.find((o) => o.role === "tenant-quota")!.object as { spec: { hard: Record<string, string> } };
  const job = exampleJobs(c).find((o) => o.key === "h100-mig")!.object as IJob;
  return { findings: a.findings, cluster: c, pool, objects, ds, config: parse(cm.data["h100-mig"]!), quota: quota.spec.hard, job };
}

describe("MIG layouts from the catalog", () => {
  it("H100 80GB's profiles are NVIDIA's, 1g.10gb through 7g.80gb, with their instances per GPU", () => {
    expect(MIG_TABLES.h100?.profiles.map((p) => `${p.name}×${p.instancesPerGpu}`)).toEqual([
      "1g.10gb×7", "1g.20gb×4", "2g.20gb×3", "3g.40gb×2", "4g.40gb×1", "7g.80gb×1",
    ]);
    for (const t of Object.values(MIG_TABLES)) expect(t!.source).toMatch(/^\[P\] .*mig-parted.*checked 2026-12-01/);
  });
});

describe("migStrategy mixed", () => {
  const m = withMigPool({ migStrategy: "mixed", migConfig: "all-balanced" });

  it("advertises one nvidia.com/mig-<profile> per profile of the layout, per node", () => {
    expect(m.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(m.pool.devicePlugin.resources).toEqual([
      { name: "nvidia.com/mig-1g.10gb", perGpu: 2, perNode: 16 },
      { name: "nvidia.com/mig-2g.20gb", perGpu: 1, perNode: 8 },
      { name: "nvidia.com/mig-3g.40gb", perGpu: 1, perNode: 8 },
    ]);
    expect(m.pool.advertisedGpus).toBe(2 * 32);
  });

  it("stamps nvidia.com/mig.config for the MIG manager with the pool's labels (node-labels.json, Terraform outputs)", () => {
    expect(m.pool.labels["nvidia.com/mig.config"]).toBe("all-balanced");
    expect(poolProvisioning(m.cluster.pools)[0]!.labels["nvidia.com/mig.config"]).toBe("all-balanced");
    expect(poolProvisioning(m.cluster.pools)[1]!.labels["nvidia.com/mig.config"]).toBeUndefined();
  });

  it("the example Job requests a MIG resource the pool advertises, not nvidia.com/gpu", () => {
    const limits = m.job.spec!.template.spec!.containers[0]!.resources!.limits!;
    expect(limits["nvidia.com/mig-1g.10gb"]).toBe("1");
    expect(limits["nvidia.com/gpu"]).toBeUndefined();
  });

  it("the tenant quota names every resource the cluster advertises, so none is unlimited", () => {
    // 64 MIG units on h100-mig, 8 GPUs on h200: 72 units; 40 of them pro rata, rounded down.
    expect(m.quota).toEqual({
      "requests.nvidia.com/gpu": String(Math.floor((40 * 8) / 72)),
      "requests.nvidia.com/mig-1g.10gb": String(Math.floor((40 * 32) / 72)),
      "requests.nvidia.com/mig-2g.20gb": String(Math.floor((40 * 16) / 72)),
      "requests.nvidia.com/mig-3g.40gb": String(Math.floor((40 * 16) / 72)),
    });
  });

  it("the capacity summary counts per resource", () => {
    const cm = m.objects.find((o) => o.role === "capacity-summary")!.object as { data: Record<string, string> };
    const summary = JSON.parse(cm.data["capacity.json"]!);
    expect(summary.advertised).toEqual({ "nvidia.com/gpu": 8, "nvidia.com/mig-1g.10gb": 32, "nvidia.com/mig-2g.20gb": 16, "nvidia.com/mig-3g.40gb": 16 });
    expect(summary.pools[0].advertisedPerNode).toEqual({ "nvidia.com/mig-1g.10gb": 16, "nvidia.com/mig-2g.20gb": 8, "nvidia.com/mig-3g.40gb": 8 });
  });

  it("the plugin gets SYS_ADMIN and NVIDIA_MIG_MONITOR_DEVICES=all, as the chart gives MIG, with the reason recorded", () => {
    const c = m.ds.spec!.template.spec!.containers[0]!;
    expect(c.securityContext?.capabilities).toEqual({ drop: ["ALL"], add: ["SYS_ADMIN"] });
    expect(c.env).toContainEqual({ name: "NVIDIA_MIG_MONITOR_DEVICES", value: "all" });
    expect(m.ds.metadata?.annotations?.["aifactory.dev/capabilities-reason"]).toMatch(/SYS_ADMIN.*Helm chart/);
    expect(checkSecurityBaseline([{ cluster: m.cluster, objects: m.objects, examples: [] }])).toEqual([]);
    const other = m.objects.find((o) => o.role === "device-plugin-daemon-set" && o.key === "h200")!.object as IDaemonSet;
    expect(other.spec!.template.spec!.containers[0]!.securityContext?.capabilities).toEqual({ drop: ["ALL"] });
    expect(other.spec!.template.spec!.containers[0]!.env?.map((e) => e.name)).not.toContain("NVIDIA_MIG_MONITOR_DEVICES");
  });

  it("the plugin's config says mixed", () => {
    expect(m.config.flags.migStrategy).toBe("mixed");
  });
});

describe("migStrategy single", () => {
  const m = withMigPool({ migStrategy: "single", migConfig: "all-1g.10gb" });

  it("advertises each MIG instance as one nvidia.com/gpu: 8 GPUs × 7 instances per node", () => {
    expect(m.pool.devicePlugin.resources).toEqual([{ name: "nvidia.com/gpu", perGpu: 7, perNode: 56 }]);
    expect(m.cluster.advertisedGpus).toBe(2 * 56 + 8);
    expect(m.job.spec!.template.spec!.containers[0]!.resources!.limits!["nvidia.com/gpu"]).toBe("1");
    expect(m.quota).toEqual({ "requests.nvidia.com/gpu": "40" });
  });

  it("refuses a layout of several profiles (located), rather than advertising what GFD would mark invalid", () => {
    const bad = withMigPool({ migStrategy: "single", migConfig: "all-balanced" });
    const f = bad.findings.find((x) => x.code === "AIF-K012")!;
    expect(f.path).toEqual([...bad.pool.path, "devicePlugin", "migConfig"]);
    expect(f.message).toMatch(/mixes profiles 1g\.10gb, 2g\.20gb, 3g\.40gb/);
    expect(bad.pool.labels["nvidia.com/mig.config"]).toBeUndefined();
  });
});

describe("time-slicing with MIG", () => {
  it("is applied to the MIG resources: the config names each, and the advertised units multiply", () => {
    const m = withMigPool({ migStrategy: "mixed", migConfig: "all-3g.40gb", sharing: { timeSlicingReplicas: 2 } });
    expect(m.config.sharing.timeSlicing.resources).toEqual([{ name: "nvidia.com/mig-3g.40gb", replicas: 2 }]);
    expect(m.pool.devicePlugin.resources).toEqual([{ name: "nvidia.com/mig-3g.40gb", perGpu: 4, perNode: 32 }]);
  });

  it("under single it names nvidia.com/gpu, which is the MIG instances there", () => {
    const m = withMigPool({ migStrategy: "single", migConfig: "all-7g.80gb", sharing: { timeSlicingReplicas: 3 } });
    expect(m.config.sharing.timeSlicing.resources).toEqual([{ name: "nvidia.com/gpu", replicas: 3 }]);
    expect(m.pool.devicePlugin.advertisedGpusPerNode).toBe(8 * 1 * 3);
  });
});

describe("MIG settings that cannot be applied are located errors", () => {
  it("a layout of another GPU", () => {
    const m = withMigPool({ migStrategy: "mixed", migConfig: "all-1g.5gb" });
    const f = m.findings.find((x) => x.code === "AIF-K012")!;
    expect(f.message).toMatch(/all-1g\.5gb is not a MIG layout of HGX\/DGX H100 \(its layouts: all-1g\.10gb, .*all-balanced\)/);
    expect(m.pool.devicePlugin.resources).toEqual([{ name: "nvidia.com/gpu", perGpu: 1, perNode: 8 }]);
  });

  it("a layout without a MIG strategy", () => {
    const m = withMigPool({ migConfig: "all-1g.10gb" });
    expect(m.findings.find((x) => x.code === "AIF-K012")?.path).toEqual([...m.pool.path, "devicePlugin", "migStrategy"]);
  });

  it("a strategy without a layout is a warning naming the layouts", () => {
    const m = withMigPool({ migStrategy: "mixed" });
    const f = m.findings.find((x) => x.code === "AIF-K013")!;
    expect(f.severity).toBe("warning");
    expect(f.fix).toMatch(/all-1g\.10gb/);
  });
});
