import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import { resolveFactory } from "../../src/model/resolve.js";

const load = (file: string): AIFactoryBlueprint => parse(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8")) as AIFactoryBlueprint;

describe("resolveFactory on blueprints/dev-kind.yaml (hand-computed)", () => {
  const m = resolveFactory(load("blueprints/dev-kind.yaml"));
  const cluster = m.sites[0]!.clusters[0]!;

  it("sizes pools from nodes and racks", () => {
    const [h100, gb200] = cluster.pools;
    expect([h100!.nodes, h100!.racks, h100!.gpus]).toEqual([2, 1, 16]);
    expect([gb200!.nodes, gb200!.racks, gb200!.gpus]).toEqual([18, 1, 72]);
    expect(h100!.rackPowerKW).toBeCloseTo(20.4, 6); // 2 nodes × 10.2 kW
    expect(gb200!.rackPowerKW).toBeCloseTo(120, 6);
  });

  it("sizes the fabric: 88 NIC ports on 64-port QM9700 switches, 3 leaves + 2 spines", () => {
    const n = cluster.networking;
    expect(n.nicPorts).toBe(88); // 2 × 8 + 18 × 4
    expect([n.leafSwitches, n.spineSwitches, n.coreSwitches, n.tiers]).toEqual([3, 2, 0, 2]);
    expect(n.switchRadix).toBe(64);
    expect(n.switchPortsNeeded).toBe(88 + 2 * 88);
    expect(n.switchPortsProvided).toBe(5 * 64);
  });

  it("rolls up power: 140.4 kW systems + 5 × 1.72 kW switches, × PUE 1.2", () => {
    const t = m.program.totals;
    expect(t.gpus).toBe(88);
    expect(t.nodes).toBe(20);
    expect(t.systemsItMW).toBeCloseTo(0.1404, 9);
    expect(t.networkItMW).toBeCloseTo(0.0086, 9);
    expect(t.itMW).toBeCloseTo(0.149, 9);
    expect(t.facilityMW).toBeCloseTo(0.1788, 9);
    expect(t.switches).toBeCloseTo(5, 9);
    expect(m.sites[0]!.halls[0]!.totals.itMW).toBeCloseTo(0.149, 9);
    expect(m.phases[0]!.cumulativeTotals.facilityMW).toBeCloseTo(0.1788, 9);
  });

  it("counts advertised units with time-slicing and floors share quotas", () => {
    expect(cluster.advertisedGpus).toBe(2 * 8 * 4 + 72);
    expect(cluster.tenants.map((t) => [t.name, t.gpuQuota, t.quotaFrom])).toEqual([
      ["research", 68, "gpuShare"],
      ["inference", 32, "gpuQuota"],
    ]);
  });

  it("applies cluster defaults", () => {
    expect(cluster.nodeLimit).toMatchObject({ profile: "upstream", nodes: 5000 });
    expect(cluster.maxPodsPerNode).toBe(110);
    expect(cluster.kubeconfig).toEqual({ path: "~/.kube/config", context: "kind-dev" });
    expect(cluster.devicePlugin).toEqual({
      version: "v0.20.0",
      image: "nvcr.io/nvidia/k8s-device-plugin:v0.20.0",
      namespace: "nvidia-device-plugin",
    });
    expect(cluster.pools[0]!.labels).toMatchObject({ "aifactory.dev/pool": "h100", workload: "inference" });
    // Each pool's DaemonSet mounts its own config: no node label picks it.
    expect(cluster.pools[0]!.labels).not.toHaveProperty("nvidia.com/device-plugin.config");
    // Found on a real cluster by GPU Feature Discovery's product label, exactly as GFD prints it: this pool is
    // time-sliced, so GFD may append -SHARED (when it runs with a sharing config), and either value is the pool's.
    expect(cluster.pools[0]!.gpuProducts).toEqual(["NVIDIA-H100-80GB-HBM3", "NVIDIA-H100-80GB-HBM3-SHARED"]);
    expect(cluster.pools[0]!.nodeSelector).toEqual({});
  });
});
