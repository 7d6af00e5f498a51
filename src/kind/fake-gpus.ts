// Simulated GPUs: each node of a GPU pool gets the extended resources its device plugin would advertise
// (nvidia.com/gpu: GPUs × MIG instances under single × sharing replicas; under MIG mixed one nvidia.com/mig-<profile>
// each) in status.capacity and status.allocatable, by a JSON patch of the status subresource (kubernetes.io,
// "Advertise Extended Resources for a Node"). With the Network Operator, the RDMA shared device the example Jobs
// request is patched too: the Jobs are the same for kind as for a real cluster, so kind stands in for the fabric's
// device plugin rather than the Jobs dropping what real clusters need. Only what differs is patched: re-running
// changes nothing, and restores the resources after a kubelet restart dropped them.
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import { canonicalQuantity } from "../objects/quantity.js";
import { GPU_RESOURCE } from "../objects/pool-scheduling.js";
import type { JsonPatchOp, KubeCluster, NodeView } from "./cluster.js";
import { poolNodes } from "./pool-nodes.js";

/** RFC 6901: "~" → "~0", "/" → "~1". */
export function jsonPointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

export interface NodeGpuChange {
  readonly node: string;
  readonly pool: string;
  /** Units of the pool's first GPU resource the node should advertise (nvidia.com/gpu without MIG mixed). */
  readonly gpus: number;
  /** Every extended resource the node should advertise, with its units. */
  readonly resources: Readonly<Record<string, number>>;
  /** The first GPU resource's capacity and allocatable before the patch. */
  readonly before: { readonly capacity?: string; readonly allocatable?: string };
  /** Empty when the node already advertises them. */
  readonly patch: readonly JsonPatchOp[];
}

export interface FakeGpuPlan {
  readonly nodes: readonly NodeGpuChange[];
  /** Pools no node belongs to (their labels are on no node). */
  readonly poolsWithoutNodes: readonly string[];
  /** Nodes whose labels match several pools: left alone. */
  readonly ambiguous: readonly { readonly node: string; readonly pools: readonly string[] }[];
}

/** The patch that makes a node advertise `gpus` nvidia.com/gpu; empty when it already does. */
export function fakeGpuPatch(node: NodeView, gpus: number): JsonPatchOp[] {
  return fakeResourcePatch(node, { [GPU_RESOURCE]: gpus });
}

/** The patch that makes a node advertise each resource with its units; empty when it already does. */
export function fakeResourcePatch(node: NodeView, resources: Readonly<Record<string, number>>): JsonPatchOp[] {
  const ops: JsonPatchOp[] = [];
  for (const field of ["capacity", "allocatable"] as const) {
    const current = node[field];
    if (current === undefined) {
      ops.push({ op: "add", path: `/status/${field}`, value: Object.fromEntries(Object.entries(resources).map(([k, v]) => [k, canonicalQuantity(v)])) });
      continue;
    }
    for (const [name, units] of Object.entries(resources)) {
      // As the API server stores it (1000 → "1k"), so that a second run finds nothing to change.
      if (current[name] !== canonicalQuantity(units)) ops.push({ op: "add", path: `/status/${field}/${jsonPointerToken(name)}`, value: canonicalQuantity(units) });
    }
  }
  return ops;
}

/**
 * Units of the RDMA shared device a kind node stands in with: the rdmaHcaMax of the NVIDIA Network Operator's example
 * RDMA shared device plugin config, 63 ([S] NVIDIA Network Operator documentation, checked 2026-12-01).
 */
export const FAKE_RDMA_UNITS = 63;

/** What a node of the pool advertises in kind: the pool's GPU resources, and the RDMA shared device with the Network Operator. */
export function fakeNodeResources(cluster: ResolvedCluster, pool: ResolvedPool): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of pool.devicePlugin.resources) out[r.name] = r.perNode;
  if (cluster.networking.networkOperator.enabled) out[cluster.networking.networkOperator.rdmaResource] = FAKE_RDMA_UNITS;
  return out;
}

export function planFakeGpus(cluster: ResolvedCluster, nodes: readonly NodeView[]): FakeGpuPlan {
  const { matched, poolsWithoutNodes, ambiguous } = poolNodes(cluster, nodes);
  const changes = matched.map(({ node, pool }): NodeGpuChange => {
    const resources = fakeNodeResources(cluster, pool);
    const first = pool.devicePlugin.resources[0] ?? { name: GPU_RESOURCE, perNode: 0 };
    const before: { capacity?: string; allocatable?: string } = {};
    const cap = node.capacity?.[first.name];
    const alloc = node.allocatable?.[first.name];
    if (cap !== undefined) before.capacity = cap;
    if (alloc !== undefined) before.allocatable = alloc;
    return { node: node.name, pool: pool.name, gpus: first.perNode, resources, before, patch: fakeResourcePatch(node, resources) };
  });
  return { nodes: changes, poolsWithoutNodes, ambiguous };
}

/** One line per node and per problem, saying what changed. */
export function describeFakeGpuPlan(plan: FakeGpuPlan, context: string): string[] {
  const lines: string[] = [];
  for (const n of plan.nodes) {
    const was = `capacity ${n.before.capacity ?? "none"}, allocatable ${n.before.allocatable ?? "none"}`;
    const what = Object.entries(n.resources).map(([name, units]) => `${units} ${name}`).join(", ");
    lines.push(
      n.patch.length === 0
        ? `${n.node} (pool ${n.pool}): already advertises ${what}, unchanged`
        : `${n.node} (pool ${n.pool}): now advertises ${what} (was ${was})`,
    );
  }
  for (const p of plan.poolsWithoutNodes)
    lines.push(`pool ${p}: no node of context ${context} carries its labels (create the cluster from \`aifactory kind config\`)`);
  for (const a of plan.ambiguous) lines.push(`${a.node}: its labels match pools ${a.pools.join(", ")}; left alone`);
  const changed = plan.nodes.filter((n) => n.patch.length > 0).length;
  lines.push(`${changed} of ${plan.nodes.length} GPU node(s) patched in context ${context}`);
  return lines;
}

/** Lists the nodes, patches those that do not advertise their pool's GPUs yet, returns what it did. */
export async function applyFakeGpus(client: KubeCluster, cluster: ResolvedCluster): Promise<FakeGpuPlan> {
  const plan = planFakeGpus(cluster, await client.listNodes());
  for (const n of plan.nodes) if (n.patch.length > 0) await client.patchNodeStatus(n.node, n.patch);
  return plan;
}

export function fakeGpuPlanOk(plan: Pick<FakeGpuPlan, "poolsWithoutNodes" | "ambiguous">): boolean {
  return plan.poolsWithoutNodes.length === 0 && plan.ambiguous.length === 0;
}
