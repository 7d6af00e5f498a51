import { describe, expect, it } from "vitest";
import {
  applyFakeGpus,
  describeFakeGpuPlan,
  fakeGpuPatch,
  fakeGpuPlanOk,
  fakeNodeResources,
  fakeResourcePatch,
  jsonPointerToken,
  planFakeGpus,
} from "../../src/kind/fake-gpus.js";
import type { ResolvedPool } from "../../src/model/types.js";
import { kindClusterConfig } from "../../src/synth/kind/config.js";
import { FakeCluster } from "./fake-cluster.js";
import { fixtureFactory, onlyCluster } from "./fixture-model.js";

const cluster = onlyCluster(fixtureFactory());

describe("fake GPU status patches", () => {
  it("stand in for every resource the pool advertises (MIG mixed) and, with the Network Operator, the RDMA device the Jobs request", () => {
    const net = onlyCluster(fixtureFactory({ networkOperator: { enabled: true, crdsPresent: true } }));
    const [h100] = net.pools;
    const mig: ResolvedPool = {
      ...h100!,
      devicePlugin: {
        ...h100!.devicePlugin,
        resources: [
          { name: "nvidia.com/mig-1g.10gb", perGpu: 2, perNode: 16 },
          { name: "nvidia.com/mig-3g.40gb", perGpu: 1, perNode: 8 },
        ],
      },
    };
    expect(fakeNodeResources(net, mig)).toEqual({ "nvidia.com/mig-1g.10gb": 16, "nvidia.com/mig-3g.40gb": 8, "rdma/rdma_shared_device_a": 63 });
    const node = { name: "n", labels: {}, capacity: { cpu: "8" }, allocatable: { cpu: "8" } };
    expect(fakeResourcePatch(node, { "rdma/rdma_shared_device_a": 63 })).toEqual([
      { op: "add", path: "/status/capacity/rdma~1rdma_shared_device_a", value: "63" },
      { op: "add", path: "/status/allocatable/rdma~1rdma_shared_device_a", value: "63" },
    ]);
    // Without the Network Operator no RDMA resource.
    expect(Object.keys(fakeNodeResources(cluster, cluster.pools[0]!))).toEqual(["nvidia.com/gpu"]);
  });

  it("escape the resource name as a JSON pointer token", () => {
    expect(jsonPointerToken("nvidia.com/gpu")).toBe("nvidia.com~1gpu");
    expect(jsonPointerToken("a~b/c")).toBe("a~0b~1c");
  });

  it("add nvidia.com/gpu to capacity and allocatable, and nothing when already there", () => {
    const node = { name: "n", labels: {}, capacity: { cpu: "8" }, allocatable: { cpu: "8" } };
    expect(fakeGpuPatch(node, 16)).toEqual([
      { op: "add", path: "/status/capacity/nvidia.com~1gpu", value: "16" },
      { op: "add", path: "/status/allocatable/nvidia.com~1gpu", value: "16" },
    ]);
    expect(fakeGpuPatch({ ...node, capacity: { "nvidia.com/gpu": "16" }, allocatable: { "nvidia.com/gpu": "4" } }, 16)).toEqual([
      { op: "add", path: "/status/allocatable/nvidia.com~1gpu", value: "16" },
    ]);
    expect(fakeGpuPatch({ ...node, capacity: { "nvidia.com/gpu": "16" }, allocatable: { "nvidia.com/gpu": "16" } }, 16)).toEqual([]);
    expect(fakeGpuPatch({ ...node, capacity: undefined, allocatable: undefined }, 4)).toEqual([
      { op: "add", path: "/status/capacity", value: { "nvidia.com/gpu": "4" } },
      { op: "add", path: "/status/allocatable", value: { "nvidia.com/gpu": "4" } },
    ]);
  });

  it("give each pool's nodes the pool's GPUs per node as the device plugin advertises them (sharing included)", () => {
    const fake = new FakeCluster("kind-dev", kindClusterConfig(cluster));
    return fake.listNodes().then((nodes) => {
      const plan = planFakeGpus(cluster, nodes);
      expect(plan.nodes.map((n) => [n.node, n.pool, n.gpus])).toEqual([
        ["dev-worker", "h100-train", 16],
        ["dev-worker2", "h100-train", 16],
        ["dev-worker3", "gb200-infer", 4],
        ["dev-worker4", "gb200-infer", 4],
      ]);
      expect(fakeGpuPlanOk(plan)).toBe(true);
    });
  });

  it("are idempotent, say what changed, and restore the GPUs after a kubelet restart", async () => {
    const fake = new FakeCluster("kind-dev", kindClusterConfig(cluster));
    const first = await applyFakeGpus(fake, cluster);
    expect(first.nodes.every((n) => n.patch.length === 2)).toBe(true);
    expect(fake.nodes[1]!.capacity["nvidia.com/gpu"]).toBe("16");
    expect(fake.nodes[3]!.allocatable["nvidia.com/gpu"]).toBe("4");
    expect(fake.nodes[0]!.capacity["nvidia.com/gpu"]).toBeUndefined(); // the control plane is no GPU node
    const text = describeFakeGpuPlan(first, "kind-dev");
    expect(text).toContain("dev-worker (pool h100-train): now advertises 16 nvidia.com/gpu (was capacity none, allocatable none)");
    expect(text.at(-1)).toBe("4 of 4 GPU node(s) patched in context kind-dev");

    fake.calls.length = 0;
    const second = await applyFakeGpus(fake, cluster);
    expect(fake.calls).toEqual(["list nodes"]);
    expect(describeFakeGpuPlan(second, "kind-dev").at(-1)).toBe("0 of 4 GPU node(s) patched in context kind-dev");
    expect(describeFakeGpuPlan(second, "kind-dev")[0]).toMatch(/already advertises 16 nvidia.com\/gpu, unchanged/);

    fake.restartKubelets();
    const third = await applyFakeGpus(fake, cluster);
    expect(third.nodes.filter((n) => n.patch.length > 0)).toHaveLength(4);
    expect(fake.nodes.slice(1).map((n) => n.allocatable["nvidia.com/gpu"])).toEqual(["16", "16", "4", "4"]);
  });

  it("report pools without nodes and nodes matching several pools", () => {
    // A blueprint whose second pool's selector is a subset of the first's (AIF-K011 refuses it; kind still says so).
    const [a, b] = cluster.pools;
    const pools: ResolvedPool[] = [
      { ...a!, nodeSelector: { tier: "gpu", team: "x" }, gpuProducts: ["P"] },
      { ...b!, nodeSelector: { tier: "gpu" }, gpuProducts: ["P"] },
    ];
    const overlapping = { ...cluster, pools };
    const nodes = [{ name: "x", labels: { tier: "gpu", team: "x", "nvidia.com/gpu.product": "P" }, capacity: {}, allocatable: {} }];
    const plan = planFakeGpus(overlapping, nodes);
    expect(plan.ambiguous).toEqual([{ node: "x", pools: ["h100-train", "gb200-infer"] }]);
    expect(plan.poolsWithoutNodes).toEqual(["h100-train", "gb200-infer"]);
    expect(fakeGpuPlanOk(plan)).toBe(false);
    expect(describeFakeGpuPlan(plan, "ctx").join("\n")).toMatch(/pool h100-train: no node of context ctx carries its labels/);
  });
});
