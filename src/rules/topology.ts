// Topology rules: whole NVLink racks, cluster node limits, pods per node.
import type { Finding } from "../findings/finding.js";
import { clustersOf } from "../model/walk.js";
import { UPSTREAM_MAX_PODS_PER_NODE } from "../model/defaults.js";
import type { ResolvedFactory, ResolvedPool } from "../model/types.js";
import { finding, fmt, pct, q, registered, type Rule } from "./rule.js";

const allPools = (m: ResolvedFactory): ResolvedPool[] => m.sites.flatMap((s) => s.clusters.flatMap((c) => c.pools));

export const wholeRacks: Rule = {
  ...registered("AIF-T001"),
  check: (m) =>
    allPools(m)
      .filter((p) => p.system.form === "rack-scale" && p.sizedIn === "nodes" && p.nodes % p.system.nodesPerRack.value !== 0)
      .map((p) => {
        const per = p.system.nodesPerRack.value;
        const down = Math.floor(p.nodes / per) * per;
        const up = Math.ceil(p.nodes / per) * per;
        return finding(wholeRacks, {
          path: [...p.path, "nodes"],
          message: `pool ${p.cluster}/${p.name}: ${fmt(p.nodes, 0)} nodes of ${p.system.displayName} is not a whole number of ${per}-node racks (${fmt(p.nodes / per, 2)} racks)`,
          measured: q(p.nodes, "nodes"),
          limit: q(up, "nodes"),
          fix: `size pool ${p.name} in racks (racks: ${Math.ceil(p.nodes / per)}) or set nodes to ${down > 0 ? `${fmt(down, 0)} or ` : ""}${fmt(up, 0)}`,
        });
      }),
};

export const clusterNodeLimit: Rule = {
  ...registered("AIF-T002"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => c.totals.nodes > c.nodeLimit.nodes)
      .map((c) =>
        finding(clusterNodeLimit, {
          path: [...c.path, "pools"],
          message: `cluster ${c.name}: ${fmt(c.totals.nodes, 0)} nodes, node limit ${fmt(c.nodeLimit.nodes, 0)} (${c.nodeLimit.profile})`,
          measured: q(c.totals.nodes, "nodes"),
          limit: q(c.nodeLimit.nodes, "nodes"),
          fix: `split cluster ${c.name} into ${Math.ceil(c.totals.nodes / c.nodeLimit.nodes)} clusters of at most ${fmt(c.nodeLimit.nodes, 0)} nodes, or choose a larger nodeLimit profile (gke 65,000, eks 100,000)`,
        }),
      ),
};

export const podsPerNode: Rule = {
  ...registered("AIF-T003"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => c.maxPodsPerNode > UPSTREAM_MAX_PODS_PER_NODE)
      .map((c) =>
        finding(podsPerNode, {
          path: [...c.path, "maxPodsPerNode"],
          message: `cluster ${c.name}: maxPodsPerNode ${c.maxPodsPerNode} is above the upstream tested ${UPSTREAM_MAX_PODS_PER_NODE} pods per node`,
          measured: q(c.maxPodsPerNode, "pods"),
          limit: q(UPSTREAM_MAX_PODS_PER_NODE, "pods"),
          fix: `set maxPodsPerNode to ${UPSTREAM_MAX_PODS_PER_NODE} or less, unless the managed service documents a higher limit`,
        }),
      ),
};

export const replicasPerNode: Rule = {
  ...registered("AIF-T004"),
  check: (m) =>
    clustersOf(m).flatMap((c) =>
      c.pools
        .filter((p) => p.devicePlugin.advertisedGpusPerNode > c.maxPodsPerNode)
        .map((p) => {
          const replicas = p.devicePlugin.timeSlicingReplicas ?? p.devicePlugin.mpsReplicas ?? 1;
          const field = p.devicePlugin.timeSlicingReplicas !== undefined ? "timeSlicingReplicas" : "mpsReplicas";
          const fit = Math.floor(c.maxPodsPerNode / p.system.gpusPerNode.value);
          return finding(replicasPerNode, {
            path: [...p.path, "devicePlugin", "sharing", field],
            message: `pool ${c.name}/${p.name}: each node advertises ${p.devicePlugin.advertisedGpusPerNode} nvidia.com/gpu (${p.system.gpusPerNode.value} GPUs × ${replicas}), but runs at most ${c.maxPodsPerNode} pods`,
            measured: q(p.devicePlugin.advertisedGpusPerNode, "nvidia.com/gpu"),
            limit: q(c.maxPodsPerNode, "pods"),
            fix: `lower ${field} to ${fit} or less, or raise cluster ${c.name} maxPodsPerNode to ${p.devicePlugin.advertisedGpusPerNode}`,
          });
        }),
    ),
};

export const nodesNearLimit: Rule = {
  ...registered("AIF-T005"),
  check: (m) => {
    const frac = m.program.nearLimitFraction;
    return clustersOf(m)
      .filter((c) => c.totals.nodes >= frac * c.nodeLimit.nodes && c.totals.nodes <= c.nodeLimit.nodes)
      .map(
        (c): Finding =>
          finding(nodesNearLimit, {
            path: [...c.path, "pools"],
            message: `cluster ${c.name}: ${fmt(c.totals.nodes, 0)} nodes is ${pct(c.totals.nodes / c.nodeLimit.nodes)} of its ${fmt(c.nodeLimit.nodes, 0)}-node limit (${c.nodeLimit.profile}; warning at ${pct(frac)})`,
            measured: q(c.totals.nodes, "nodes"),
            limit: q(c.nodeLimit.nodes, "nodes"),
            fix: `keep cluster ${c.name} below ${fmt(Math.floor(frac * c.nodeLimit.nodes), 0)} nodes (split it) or choose a larger nodeLimit`,
          }),
      );
  },
};

export const unsizedPool: Rule = {
  ...registered("AIF-T006"),
  check: (m) =>
    allPools(m)
      .filter((p) => p.sizedIn === "unsized")
      .map((p) =>
        finding(unsizedPool, {
          path: p.path,
          message: `pool ${p.cluster}/${p.name} gives neither racks nor nodes: it resolves to 0 nodes`,
          measured: q(0, "nodes"),
          fix: `add ${p.system.form === "rack-scale" ? "racks" : "nodes"}: N to pool ${p.name}`,
        }),
      ),
};

export const TOPOLOGY_RULES: readonly Rule[] = [wholeRacks, clusterNodeLimit, podsPerNode, replicasPerNode, nodesNearLimit, unsizedPool];
