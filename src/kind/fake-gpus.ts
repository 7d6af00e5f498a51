// Simulated GPUs: each node of a GPU pool gets the pool's nvidia.com/gpu units per node (GPUs × sharing
// replicas, as the device plugin would advertise them) in status.capacity and status.allocatable, by a
// JSON patch of the status subresource (kubernetes.io, "Advertise Extended Resources for a Node"). Only what differs is patched: re-running changes
// nothing, and restores the GPUs after a kubelet restart dropped them.
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import { GPU_RESOURCE, nodeMatchesPool } from "../objects/pool-scheduling.js";
import type { JsonPatchOp, KubeCluster, NodeView } from "./cluster.js";

/** RFC 6901: "~" → "~0", "/" → "~1". */
export function jsonPointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

export interface NodeGpuChange {
  readonly node: string;
  readonly pool: string;
  /** nvidia.com/gpu units the node should advertise. */
  readonly gpus: number;
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
  const value = String(gpus);
  const ops: JsonPatchOp[] = [];
  for (const field of ["capacity", "allocatable"] as const) {
    const current = node[field];
    if (current === undefined) ops.push({ op: "add", path: `/status/${field}`, value: { [GPU_RESOURCE]: value } });
    else if (current[GPU_RESOURCE] !== value)
      ops.push({ op: "add", path: `/status/${field}/${jsonPointerToken(GPU_RESOURCE)}`, value });
  }
  return ops;
}

export function planFakeGpus(cluster: ResolvedCluster, nodes: readonly NodeView[]): FakeGpuPlan {
  const changes: NodeGpuChange[] = [];
  const ambiguous: { node: string; pools: string[] }[] = [];
  const used = new Set<string>();
  for (const node of [...nodes].sort((a, b) => a.name.localeCompare(b.name))) {
    const pools = cluster.pools.filter((p) => nodeMatchesPool(node.labels, p));
    if (pools.length > 1) {
      ambiguous.push({ node: node.name, pools: pools.map((p) => p.name) });
      continue;
    }
    const pool: ResolvedPool | undefined = pools[0];
    if (pool === undefined) continue;
    used.add(pool.name);
    const gpus = pool.devicePlugin.advertisedGpusPerNode;
    const before: { capacity?: string; allocatable?: string } = {};
    const cap = node.capacity?.[GPU_RESOURCE];
    const alloc = node.allocatable?.[GPU_RESOURCE];
    if (cap !== undefined) before.capacity = cap;
    if (alloc !== undefined) before.allocatable = alloc;
    changes.push({ node: node.name, pool: pool.name, gpus, before, patch: fakeGpuPatch(node, gpus) });
  }
  return {
    nodes: changes,
    poolsWithoutNodes: cluster.pools.filter((p) => !used.has(p.name)).map((p) => p.name),
    ambiguous,
  };
}

/** One line per node and per problem, saying what changed. */
export function describeFakeGpuPlan(plan: FakeGpuPlan, context: string): string[] {
  const lines: string[] = [];
  for (const n of plan.nodes) {
    const was = `capacity ${n.before.capacity ?? "none"}, allocatable ${n.before.allocatable ?? "none"}`;
    lines.push(
      n.patch.length === 0
        ? `${n.node} (pool ${n.pool}): already advertises ${n.gpus} ${GPU_RESOURCE}, unchanged`
        : `${n.node} (pool ${n.pool}): now advertises ${n.gpus} ${GPU_RESOURCE} (was ${was})`,
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

export function fakeGpuPlanOk(plan: FakeGpuPlan): boolean {
  return plan.poolsWithoutNodes.length === 0 && plan.ambiguous.length === 0;
}
