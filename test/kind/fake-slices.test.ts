// The plan of `aifactory kind fake-gpus` on a gpuStack dra cluster. The judge of the slices themselves is the real API
// server and scheduler of the test bed (test/e2e/cluster/dra.e2e.ts); these tests pin the plan: what is created,
// what a second run leaves alone, what a changed slice becomes.
import { describe, expect, it } from "vitest";
import { applyFakeSlices, describeFakeSlicePlan, fakeSlice, planFakeSlices } from "../../src/kind/fake-slices.js";
import { kindClusterConfig } from "../../src/synth/kind/config.js";
import { FakeCluster } from "./fake-cluster.js";
import { fixtureFactory, onlyCluster } from "./fixture-model.js";

const model = fixtureFactory({ gpuStack: "dra" });
const cluster = onlyCluster(model);

describe("kind fake-gpus on a dra cluster: ResourceSlices like NVIDIA's DRA driver's", () => {
  it("publishes one slice per pool node, of driver gpu.nvidia.com, pool named after the node, one device per GPU", () => {
    const [h100] = cluster.pools;
    const s = fakeSlice(h100!, { name: "dev-worker", uid: "u-1", labels: {}, capacity: undefined, allocatable: undefined }, 1);
    expect(s.spec.driver).toBe("gpu.nvidia.com");
    expect(s.spec.nodeName).toBe("dev-worker");
    expect(s.spec.pool).toEqual({ name: "dev-worker", generation: 1, resourceSliceCount: 1 });
    expect(s.spec.devices.map((d) => d.name)).toEqual(["gpu-0", "gpu-1", "gpu-2", "gpu-3", "gpu-4", "gpu-5", "gpu-6", "gpu-7"]);
    expect(s.spec.devices[0]!.attributes!["type"]).toEqual({ string: "gpu" });
    expect(s.metadata.ownerReferences).toEqual([{ apiVersion: "v1", kind: "Node", name: "dev-worker", uid: "u-1", controller: true }]);
  });

  it("creates on the first run, changes nothing on the second, and never patches node status", async () => {
    const fake = new FakeCluster("kind-dev", kindClusterConfig(cluster));
    const first = await applyFakeSlices(fake, cluster);
    const gpuNodes = first.nodes.length;
    expect(gpuNodes).toBeGreaterThan(0);
    expect(first.nodes.every((n) => n.action === "create")).toBe(true);
    expect(describeFakeSlicePlan(first, "kind-dev").at(-1)).toBe(`${gpuNodes} of ${gpuNodes} GPU node(s) given ResourceSlices in context kind-dev (gpuStack dra)`);
    const again = await applyFakeSlices(fake, cluster);
    expect(again.nodes.map((n) => n.action)).toEqual(first.nodes.map(() => "unchanged"));
    expect(describeFakeSlicePlan(again, "kind-dev").at(-1)).toMatch(/^0 of \d+ GPU node\(s\) given ResourceSlices/);
    expect(fake.calls.filter((c) => c.startsWith("patch "))).toEqual([]);
    expect(fake.nodes.every((n) => n.allocatable["nvidia.com/gpu"] === undefined)).toBe(true);
  });

  it("replaces a slice that lost a device, with a higher pool generation", async () => {
    const fake = new FakeCluster("kind-dev", kindClusterConfig(cluster));
    await applyFakeSlices(fake, cluster);
    const [name, slice] = [...fake.slices.entries()][0]!;
    fake.slices.set(name, { ...slice, spec: { ...slice.spec, devices: slice.spec.devices.slice(1) } });
    const plan = planFakeSlices(cluster, await fake.listNodes(), await fake.listResourceSlices("aifactory.dev/fake-gpus=true"));
    const changed = plan.nodes.filter((n) => n.action !== "unchanged");
    expect(changed.map((n) => [n.slice.metadata.name, n.action, n.slice.spec.pool.generation])).toEqual([[name, "replace", 2]]);
    await applyFakeSlices(fake, cluster);
    expect(fake.slices.get(name)!.spec.devices.length).toBe(slice.spec.devices.length);
  });
});
