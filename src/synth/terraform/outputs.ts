// The outputs of each cluster's stack: what a node-group module reads to stamp each pool's nodes (the same data as
// kubernetes/<cluster>/node-labels.json). Plain data, shared by the cdktf stack and the direct JSON renderer.
import type { ResolvedCluster } from "../../model/types.js";
import { withTopologyLabels } from "../../objects/kueue.js";
import { poolProvisioning } from "../../objects/pool-scheduling.js";

export const POOL_NODES_OUTPUT = "pool_nodes";

export function poolNodesOutput(cluster: ResolvedCluster): { value: Record<string, unknown>; description: string } {
  return {
    value: Object.fromEntries(withTopologyLabels(cluster, poolProvisioning(cluster.pools)).map(({ pool, ...rest }) => [pool, rest])),
    description:
      "Per pool: the labels and taints its node provisioner stamps, and the selector its device plugin uses" +
      (cluster.kueue?.topology === undefined ? "" : "; topologyLabels: the node labels Kueue's Topology levels read, and who sets each"),
  };
}
