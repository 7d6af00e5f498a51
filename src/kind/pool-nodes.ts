// Which pool each node of a cluster belongs to, by the labels its pool selects: what the simulated GPUs (node
// capacity, or ResourceSlices on DRA) are written for.
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import { nodeMatchesPool } from "../objects/pool-scheduling.js";
import type { NodeView } from "./cluster.js";

export interface PoolNodes {
  /** Nodes one pool selects, by node name. */
  readonly matched: readonly { readonly node: NodeView; readonly pool: ResolvedPool }[];
  /** Pools no node belongs to. */
  readonly poolsWithoutNodes: readonly string[];
  /** Nodes several pools select (left alone: which pool's GPUs they have is unknown). */
  readonly ambiguous: readonly { readonly node: string; readonly pools: readonly string[] }[];
}

export function poolNodes(cluster: ResolvedCluster, nodes: readonly NodeView[]): PoolNodes {
  const matched: { node: NodeView; pool: ResolvedPool }[] = [];
  const ambiguous: { node: string; pools: string[] }[] = [];
  const used = new Set<string>();
  for (const node of [...nodes].sort((a, b) => a.name.localeCompare(b.name))) {
    const pools = cluster.pools.filter((p) => nodeMatchesPool(node.labels, p));
    if (pools.length > 1) {
      ambiguous.push({ node: node.name, pools: pools.map((p) => p.name) });
      continue;
    }
    const pool = pools[0];
    if (pool === undefined) continue;
    used.add(pool.name);
    matched.push({ node, pool });
  }
  return { matched, poolsWithoutNodes: cluster.pools.filter((p) => !used.has(p.name)).map((p) => p.name), ambiguous };
}
