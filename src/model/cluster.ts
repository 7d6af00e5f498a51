// Resolution of one cluster, one concern per module: pools (pools.ts), fabric (fabric.ts), tenants and tiers
// (tenants.ts), device plugin (device-plugin.ts). Each resolves its defaults before anything reads them.
import type { CatalogOverride, Cluster } from "../blueprint/generated/blueprint-types.js";
import type { DocPath } from "../findings/finding.js";
import * as D from "./defaults.js";
import { resolveClusterDevicePlugin } from "./device-plugin.js";
import { resolveFabric } from "./fabric.js";
import { poolBase, resolvePools } from "./pools.js";
import { resolveKueue } from "./scheduling.js";
import { resolvePriorityTiers, resolveTenants } from "./tenants.js";
import { sumTotals } from "./totals.js";
import type { NodeLimitProfile, ResolvedCluster, Totals } from "./types.js";

export function resolveCluster(
  cluster: Cluster,
  site: string,
  pue: number,
  overrides: readonly CatalogOverride[],
  path: DocPath,
): ResolvedCluster {
  const nics = cluster.networking?.nicsPerNode;
  const bases = cluster.pools.map((pool, i) => poolBase(pool, overrides, nics, [...path, "pools", i]));
  const fabric = resolveFabric(cluster, bases, path);
  const pools = resolvePools(bases, fabric, { cluster: cluster.name, site, pue, gpuStack: cluster.gpuStack ?? D.DEFAULT_GPU_STACK });

  const totals = sumTotals(pools.map((p) => p.totals));
  // Whole switches at cluster level (the pools carry fractional shares).
  const itMW = totals.systemsItMW + fabric.networkItMW;
  const clusterTotals: Totals = { ...totals, switches: fabric.switches, networkItMW: fabric.networkItMW, itMW, facilityMW: itMW * pue };
  const advertisedGpus = pools.reduce((n, p) => n + p.advertisedGpus, 0);
  const tenants = resolveTenants(cluster, advertisedGpus, path);
  const kueue = resolveKueue(cluster, pools, tenants, path);

  return {
    name: cluster.name,
    site,
    kubernetesVersion: cluster.kubernetesVersion,
    nodeLimit: nodeLimit(cluster.nodeLimit),
    maxPodsPerNode: cluster.maxPodsPerNode ?? D.DEFAULT_MAX_PODS_PER_NODE,
    kubeconfig: {
      path: cluster.kubeconfig?.path ?? D.DEFAULT_KUBECONFIG_PATH,
      context: cluster.kubeconfig?.context ?? cluster.name,
    },
    devicePlugin: resolveClusterDevicePlugin(cluster),
    gpuStack: cluster.gpuStack ?? D.DEFAULT_GPU_STACK,
    ...(cluster.gpuStack === "gpu-operator" || cluster.gpuOperator !== undefined
      ? { gpuOperator: { namespace: cluster.gpuOperator?.namespace ?? D.DEFAULT_GPU_OPERATOR_NAMESPACE } }
      : {}),
    tenants,
    priorityTiers: resolvePriorityTiers(cluster, path),
    networking: fabric.networking,
    pools,
    ...(kueue === undefined ? {} : { kueue }),
    advertisedGpus,
    totals: clusterTotals,
    path,
  };
}

function nodeLimit(limit: Cluster["nodeLimit"]): { profile: NodeLimitProfile; nodes: number; source: string } {
  if (typeof limit === "number") return { profile: "explicit", nodes: limit, source: "blueprint nodeLimit" };
  const profile = limit ?? D.DEFAULT_NODE_LIMIT_PROFILE;
  return { profile, nodes: D.NODE_LIMITS[profile].nodes, source: D.NODE_LIMITS[profile].source };
}
