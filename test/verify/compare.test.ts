import { describe, expect, it } from "vitest";
import { buildClusterObjects } from "../../src/objects/index.js";
import { poolNodeLabels } from "../../src/objects/pool-scheduling.js";
import { verifyCluster } from "../../src/verify/compare.js";
import type { ClusterState, NodeState, PodState, SliceState } from "../../src/verify/state.js";
import { fixtureFactory, onlyCluster } from "../kind/fixture-model.js";

const model = fixtureFactory();
const cluster = onlyCluster(model);
const objects = buildClusterObjects(model, cluster);

/** The cluster as the blueprint wants it: every pool's nodes labelled, GPUs allocatable, a ready plugin pod each. */
function healthy(): { nodes: NodeState[]; pluginPods: PodState[]; namespaces: string[]; quotas: ClusterState["quotas"] } {
  const nodes: NodeState[] = [];
  const pluginPods: PodState[] = [];
  for (const pool of cluster.pools) {
    for (let i = 0; i < pool.nodes; i++) {
      const name = `${pool.name}-${i}`;
      nodes.push({ name, labels: poolNodeLabels(pool), allocatable: { "nvidia.com/gpu": String(pool.devicePlugin.advertisedGpusPerNode) } });
      pluginPods.push({
        namespace: "nvidia-device-plugin",
        name: `nvidia-device-plugin-${pool.name}-${i}`,
        labels: { name: "nvidia-device-plugin-ds", "aifactory.dev/pool": pool.name },
        nodeName: name,
        ready: true,
      });
    }
  }
  nodes.push({ name: "cpu-0", labels: {}, allocatable: {} });
  const namespaces = objects.filter((o) => o.object.kind === "Namespace").map((o) => o.object.metadata!.name!);
  const quotas = objects
    .filter((o) => o.object.kind === "ResourceQuota")
    .map((o) => ({ namespace: o.object.metadata!.namespace!, name: o.object.metadata!.name!, hard: { ...(o.object as { spec: { hard: Record<string, string> } }).spec.hard } }));
  return { nodes, pluginPods, namespaces, quotas };
}

const verify = (state: ReturnType<typeof healthy>) => verifyCluster(cluster, objects, { context: "ctx", ...state });
const codes = (state: ReturnType<typeof healthy>) => verify(state).map((f) => f.code);

describe("verify: a live cluster against the blueprint", () => {
  it("finds nothing on a cluster as the blueprint wants it", () => {
    expect(verify(healthy())).toEqual([]);
  });

  it("fails when a pool's node is missing, at the pool's size", () => {
    const s = healthy();
    s.nodes = s.nodes.filter((n) => n.name !== "h100-train-3");
    const found = verify(s);
    expect(found.map((f) => f.code)).toEqual(["AIF-V001"]);
    expect(found[0]!.message).toMatch(/pool dev\/h100-train: context ctx has 3 node\(s\) matching nvidia.com\/gpu.product=NVIDIA-H100-80GB-HBM3, the pool has 4/);
    expect(found[0]!.path).toEqual([...cluster.pools[0]!.path, "nodes"]);
  });

  it("fails when a node has fewer allocatable GPU units than its pool advertises", () => {
    const s = healthy();
    s.nodes = s.nodes.map((n) => (n.name === "h100-train-1" ? { ...n, allocatable: { "nvidia.com/gpu": "14" } } : n));
    const found = verify(s);
    expect(found.map((f) => f.code)).toEqual(["AIF-V003"]);
    expect(found[0]!.message).toMatch(/node h100-train-1 has 14 allocatable nvidia.com\/gpu, the pool's nodes advertise 16/);
  });

  it("fails when a node's device plugin pod is missing or not ready", () => {
    const s = healthy();
    s.pluginPods = s.pluginPods.map((p) => (p.nodeName === "gb200-infer-0" ? { ...p, ready: false } : p)).filter((p) => p.nodeName !== "gb200-infer-1");
    expect(verify(s).map((f) => f.message)).toEqual([
      expect.stringMatching(/node gb200-infer-0 has device plugin pod nvidia-device-plugin-gb200-infer-0, not ready/),
      expect.stringMatching(/node gb200-infer-1 has no device plugin pod/),
    ]);
  });

  it("says a Pending plugin pod is Pending, with the scheduler's reason, not missing", () => {
    const s = healthy();
    // As the DaemonSet controller creates it: pinned to its node by a matchFields affinity, not yet bound.
    s.pluginPods = s.pluginPods.map((p) => {
      if (p.nodeName !== "gb200-infer-0") return p;
      const { nodeName: _bound, ...rest } = p;
      return { ...rest, targetNode: "gb200-infer-0", phase: "Pending", ready: false, unschedulable: "0/9 nodes are available: 1 Insufficient cpu." };
    });
    const found = verify(s);
    expect(found.map((f) => f.code)).toEqual(["AIF-V004"]);
    expect(found[0]!.message).toMatch(/node gb200-infer-0 has device plugin pod nvidia-device-plugin-gb200-infer-0 Pending, not scheduled: 0\/9 nodes are available: 1 Insufficient cpu\.$/);
    expect(found[0]!.fix).toMatch(/describe pod nvidia-device-plugin-gb200-infer-0$/);
  });

  it("escapes what the cluster says before it reaches a terminal (context, names, messages)", () => {
    const s = healthy();
    s.nodes = s.nodes.filter((n) => n.name !== "h100-train-3");
    s.pluginPods = s.pluginPods.map((p) =>
      p.nodeName === "gb200-infer-0" ? { ...p, nodeName: undefined, targetNode: "gb200-infer-0", ready: false, unschedulable: "bad\u001b[2J\nline\u202e" } : p,
    ) as PodState[];
    const found = verifyCluster(cluster, objects, { context: "ctx\u001b]0;owned\u0007", ...s });
    const text = found.map((f) => `${f.message} ${f.fix}`).join("\n");
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text).toContain("context ctx\\u001B]0;owned\\u0007 has 3 node(s)");
    expect(text).toContain("bad\\u001B[2J\\nline\\u202E");
  });

  it("fails on a missing namespace or a quota that differs; warns about extra nodes", () => {
    const s = healthy();
    s.namespaces = s.namespaces.filter((n) => n !== "research");
    s.quotas = s.quotas.map((q) => (q.namespace === "product" ? { ...q, hard: { "requests.nvidia.com/gpu": "8" } } : q));
    s.nodes.push({ ...s.nodes[0]!, name: "h100-train-extra" });
    s.pluginPods.push({ ...s.pluginPods[0]!, nodeName: "h100-train-extra" });
    expect(codes(s)).toEqual(["AIF-V002", "AIF-V005", "AIF-V005"]);
    expect(verify(s).at(-1)!.message).toMatch(/ResourceQuota product\/gpu-quota has requests.nvidia.com\/gpu=8, the manifests requests.nvidia.com\/gpu=40/);
  });
});

describe("verify on a gpuStack gpu-operator cluster", () => {
  const op = { ...cluster, gpuStack: "gpu-operator" as const, gpuOperator: { namespace: "gpu-operator" } };
  const opObjects = buildClusterObjects(model, op);
  /** The operator's plugin pods, as v26.7.0's DaemonSet labels them (assets/state-device-plugin/0500_daemonset.yaml). */
  const operatorState = () => {
    const s = healthy();
    const namespaces = opObjects.filter((o) => o.object.kind === "Namespace").map((o) => o.object.metadata!.name!);
    const quotas = opObjects
      .filter((o) => o.object.kind === "ResourceQuota")
      .map((o) => ({ namespace: o.object.metadata!.namespace!, name: o.object.metadata!.name!, hard: { ...(o.object as { spec: { hard: Record<string, string> } }).spec.hard } }));
    const pluginPods: PodState[] = s.pluginPods.map((p, i) => ({ ...p, namespace: "gpu-operator", name: `nvidia-device-plugin-daemonset-${i}`, labels: { app: "nvidia-device-plugin-daemonset" } }));
    return { ...s, namespaces, quotas, pluginPods };
  };
  const verifyOp = (s: ReturnType<typeof operatorState>) => verifyCluster(op, opObjects, { context: "ctx", ...s });

  it("accepts the operator's one plugin DaemonSet in place of aifactory's per-pool ones", () => {
    expect(verifyOp(operatorState())).toEqual([]);
  });

  it("does not take aifactory's static plugin pods for the operator's, and says where to look", () => {
    const s = { ...operatorState(), pluginPods: healthy().pluginPods };
    const found = verifyOp(s);
    expect(found.length).toBe(cluster.pools.reduce((n, p) => n + p.nodes, 0));
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(["AIF-V004"]));
    expect(found[0]!.fix).toBe("kubectl -n gpu-operator describe daemonset nvidia-device-plugin-daemonset");
    expect(found[0]!.path).toEqual([...cluster.path, "gpuStack"]);
  });
});

describe("verify on a gpuStack dra cluster: GPUs counted in the DRA driver's ResourceSlices", () => {
  const draModel = fixtureFactory({ gpuStack: "dra" });
  const dra = onlyCluster(draModel);
  const draObjects = buildClusterObjects(draModel, dra);

  /** A slice of the driver for one node as NVIDIA's GPU kubelet plugin publishes it (one pool named after the node). */
  function slice(node: string, gpus: number, extra: Partial<SliceState> = {}): SliceState {
    return {
      name: `${node}-gpu.nvidia.com-x7k2p`,
      driver: "gpu.nvidia.com",
      nodeName: node,
      pool: { name: node, generation: 1 },
      devices: Array.from({ length: gpus }, (_, i) => ({ name: `gpu-${i}`, type: "gpu" })),
      ...extra,
    };
  }

  /** Every pool node labelled, no nvidia.com/gpu allocatable (no device plugin), no plugin pods, one slice per node. */
  function healthyDra(): ClusterState & { nodes: NodeState[]; resourceSlices: SliceState[] } {
    const nodes: NodeState[] = [];
    const resourceSlices: SliceState[] = [];
    for (const pool of dra.pools)
      for (let i = 0; i < pool.nodes; i++) {
        const name = `${pool.name}-${i}`;
        nodes.push({ name, labels: poolNodeLabels(pool), allocatable: { cpu: "64" } });
        resourceSlices.push(slice(name, pool.system.gpusPerNode.value));
      }
    const namespaces = draObjects.filter((o) => o.object.kind === "Namespace").map((o) => o.object.metadata!.name!);
    const quotas = draObjects
      .filter((o) => o.object.kind === "ResourceQuota")
      .map((o) => ({ namespace: o.object.metadata!.namespace!, name: o.object.metadata!.name!, hard: { ...(o.object as { spec: { hard: Record<string, string> } }).spec.hard } }));
    return { context: "ctx", nodes, pluginPods: [], namespaces, quotas, resourceSlices };
  }
  const verifyDra = (s: ClusterState) => verifyCluster(dra, draObjects, s);

  it("finds nothing when every pool node publishes its GPUs, with no device plugin pod and no nvidia.com/gpu", () => {
    expect(verifyDra(healthyDra())).toEqual([]);
  });

  it("the same cluster under gpuStack device-plugin fails: no allocatable nvidia.com/gpu, no plugin pods", () => {
    const s = healthyDra();
    const found = verifyCluster(onlyCluster(fixtureFactory()), buildClusterObjects(fixtureFactory(), onlyCluster(fixtureFactory())), s).map((f) => f.code);
    expect(found).toContain("AIF-V003");
    expect(found).toContain("AIF-V004");
  });

  it("fails when a node's slice lacks a device, naming the node and the counts", () => {
    const s = healthyDra();
    s.resourceSlices = s.resourceSlices.map((x) => (x.nodeName === "h100-train-2" ? { ...x, devices: x.devices.slice(1) } : x));
    const found = verifyDra(s);
    expect(found.map((f) => f.code)).toEqual(["AIF-V006"]);
    expect(found[0]!.message).toBe("pool dev/h100-train: node h100-train-2 publishes 7 whole GPU(s) of driver gpu.nvidia.com in its ResourceSlices, the pool's nodes have 8");
    expect(found[0]!.path).toEqual(dra.pools[0]!.path);
  });

  it("fails when no slice of the driver names a node, and says so", () => {
    const s = healthyDra();
    s.resourceSlices = s.resourceSlices.filter((x) => x.nodeName !== "gb200-infer-1");
    const found = verifyDra(s);
    expect(found.map((f) => f.code)).toEqual(["AIF-V006"]);
    expect(found[0]!.message).toMatch(/node gb200-infer-1 publishes 0 whole GPU\(s\) .* \(no ResourceSlice of the driver names the node\)$/);
    expect(found[0]!.fix).toMatch(/kubectl get resourceslices --field-selector spec.nodeName=gb200-infer-1/);
  });

  it("counts only whole GPUs of gpu.nvidia.com, and only the pool's highest generation", () => {
    const s = healthyDra();
    const node = "gb200-infer-0";
    s.resourceSlices = s.resourceSlices.filter((x) => x.nodeName !== node);
    s.resourceSlices.push(
      slice(node, 4, { pool: { name: node, generation: 1 } }), // an old generation the driver has replaced
      slice(node, 3, { name: `${node}-new`, pool: { name: node, generation: 2 } }),
      slice(node, 4, { name: `${node}-other`, driver: "compute-domain.nvidia.com" }),
      { ...slice(node, 0, { name: `${node}-mig` }), pool: { name: node, generation: 2 }, devices: [{ name: "gpu-0-mig-1g", type: "mig" }] },
    );
    expect(verifyDra(s).map((f) => f.message)).toEqual([expect.stringMatching(/node gb200-infer-0 publishes 3 whole GPU\(s\)/)]);
  });

  it("still checks the pool's node count", () => {
    const s = healthyDra();
    s.nodes = s.nodes.filter((n) => n.name !== "h100-train-0");
    expect(verifyDra(s).map((f) => f.code)).toEqual(["AIF-V001"]);
  });
});
