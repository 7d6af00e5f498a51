// Simulated GPUs on a gpuStack dra cluster: instead of patching node capacity (no device plugin advertises
// nvidia.com/gpu under DRA), each node of a GPU pool gets a ResourceSlice like the one NVIDIA's DRA driver's GPU
// kubelet plugin publishes ([P] NVIDIA/k8s-dra-driver-gpu v0.4.0, checked 2026-12-01: cmd/gpu-kubelet-plugin/driver.go
// publishResources, one pool named after the node holding every device; deviceinfo.go GpuInfo.GetDevice, devices
// `gpu-<minor>` with attribute type "gpu", uuid, and capacity memory). Only what a scheduler reads of it is faked:
// driver gpu.nvidia.com, the node, the pool, and per GPU its name, type, a made-up uuid and the memory; the NVML
// attributes a real node reports (productName, architecture, versions) are left out rather than invented.
// Each slice is owned by its Node (as the kubelet plugin helper's are), so it goes when the node goes. Only what
// differs is written: a second run changes nothing.
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import { NVIDIA_GPU_DRIVER, WHOLE_GPU_TYPE } from "../objects/dra.js";
import type { KubeCluster, NodeView, ResourceSliceObject } from "./cluster.js";
import { poolNodes } from "./pool-nodes.js";

/** Marks the slices aifactory publishes, so that it replaces its own and never a real driver's. */
export const FAKE_SLICE_LABEL = "aifactory.dev/fake-gpus";

export function fakeSliceName(node: string): string {
  return `${node}-${NVIDIA_GPU_DRIVER}-fake`;
}

/** The devices a node of the pool publishes: one whole GPU per GPU of the system. */
export function fakeDevices(pool: ResolvedPool, node: string): ResourceSliceObject["spec"]["devices"] {
  return Array.from({ length: pool.system.gpusPerNode.value }, (_, i) => ({
    name: `gpu-${i}`,
    attributes: {
      type: { string: WHOLE_GPU_TYPE },
      uuid: { string: `GPU-aifactory-fake-${node}-${i}` },
    },
    capacity: { memory: { value: `${pool.system.gpuMemoryMiB.value}Mi` } },
  }));
}

export function fakeSlice(pool: ResolvedPool, node: NodeView, generation: number): ResourceSliceObject {
  return {
    apiVersion: "resource.k8s.io/v1",
    kind: "ResourceSlice",
    metadata: {
      name: fakeSliceName(node.name),
      labels: { [FAKE_SLICE_LABEL]: "true" },
      ...(node.uid === undefined ? {} : { ownerReferences: [{ apiVersion: "v1", kind: "Node", name: node.name, uid: node.uid, controller: true }] }),
    },
    spec: {
      driver: NVIDIA_GPU_DRIVER,
      nodeName: node.name,
      pool: { name: node.name, generation, resourceSliceCount: 1 },
      devices: fakeDevices(pool, node.name),
    },
  };
}

/** What a scheduler reads of a slice's devices, in a stable form (attribute order does not matter). */
function devicesKey(devices: ResourceSliceObject["spec"]["devices"]): string {
  return JSON.stringify(
    devices.map((d) => ({
      name: d.name,
      attributes: Object.entries(d.attributes ?? {}).sort(([a], [b]) => a.localeCompare(b)),
      capacity: Object.entries(d.capacity ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.value]),
    })),
  );
}

export interface NodeSliceChange {
  readonly node: string;
  readonly pool: string;
  readonly gpus: number;
  readonly action: "create" | "replace" | "unchanged";
  readonly slice: ResourceSliceObject;
}

export interface FakeSlicePlan {
  readonly nodes: readonly NodeSliceChange[];
  readonly poolsWithoutNodes: readonly string[];
  readonly ambiguous: readonly { readonly node: string; readonly pools: readonly string[] }[];
}

/** Per pool node: the slice it should publish, and whether the one there (aifactory's, by name) must be created or replaced. */
export function planFakeSlices(cluster: ResolvedCluster, nodes: readonly NodeView[], existing: readonly ResourceSliceObject[]): FakeSlicePlan {
  const { matched, poolsWithoutNodes, ambiguous } = poolNodes(cluster, nodes);
  const changes = matched.map(({ node, pool }): NodeSliceChange => {
    const have = existing.find((s) => s.metadata.name === fakeSliceName(node.name));
    const want = fakeSlice(pool, node, 1);
    const gpus = pool.system.gpusPerNode.value;
    if (have === undefined) return { node: node.name, pool: pool.name, gpus, action: "create", slice: want };
    const same =
      have.spec.driver === want.spec.driver && have.spec.nodeName === want.spec.nodeName && have.spec.pool.name === want.spec.pool.name &&
      have.spec.pool.resourceSliceCount === 1 && devicesKey(have.spec.devices) === devicesKey(want.spec.devices);
    // A changed pool gets a higher generation, as the driver's helper does: the scheduler then trusts only the new slice.
    const next = fakeSlice(pool, node, have.spec.pool.generation + 1);
    return same
      ? { node: node.name, pool: pool.name, gpus, action: "unchanged", slice: have }
      : { node: node.name, pool: pool.name, gpus, action: "replace", slice: { ...next, metadata: { ...next.metadata, ...(have.metadata.resourceVersion === undefined ? {} : { resourceVersion: have.metadata.resourceVersion }) } } };
  });
  return { nodes: changes, poolsWithoutNodes, ambiguous };
}


/** Lists nodes and aifactory's slices, writes those that differ, returns what it did. */
export async function applyFakeSlices(client: KubeCluster, cluster: ResolvedCluster): Promise<FakeSlicePlan> {
  const nodes = await client.listNodes();
  const existing = await client.listResourceSlices(`${FAKE_SLICE_LABEL}=true`);
  const plan = planFakeSlices(cluster, nodes, existing);
  for (const n of plan.nodes) {
    if (n.action === "create") await client.createResourceSlice(n.slice);
    else if (n.action === "replace") await client.replaceResourceSlice(n.slice);
  }
  return plan;
}

export function describeFakeSlicePlan(plan: FakeSlicePlan, context: string): string[] {
  const lines: string[] = [];
  for (const n of plan.nodes) {
    const what = `ResourceSlice ${n.slice.metadata.name}: ${n.gpus} GPU device(s) of driver ${NVIDIA_GPU_DRIVER}`;
    lines.push(
      n.action === "unchanged"
        ? `${n.node} (pool ${n.pool}): already publishes ${what}, unchanged`
        : `${n.node} (pool ${n.pool}): ${n.action === "create" ? "now publishes" : "republishes (it differed)"} ${what}`,
    );
  }
  for (const p of plan.poolsWithoutNodes)
    lines.push(`pool ${p}: no node of context ${context} carries its labels (create the cluster from \`aifactory kind config\`)`);
  for (const a of plan.ambiguous) lines.push(`${a.node}: its labels match pools ${a.pools.join(", ")}; left alone`);
  const changed = plan.nodes.filter((n) => n.action !== "unchanged").length;
  lines.push(`${changed} of ${plan.nodes.length} GPU node(s) given ResourceSlices in context ${context} (gpuStack dra)`);
  return lines;
}
