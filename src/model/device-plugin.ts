// The device plugin of a cluster (version, image, namespace) and of each pool (its config: MIG, sharing).
import type { Cluster, Pool } from "../blueprint/generated/blueprint-types.js";
import * as D from "./defaults.js";
import { migLayout } from "../catalog/index.js";
import type { AdvertisedResource, ResolvedCluster, ResolvedDevicePluginConfig, ResolvedPool, ResolvedSystem } from "./types.js";

/** The cluster's device plugin deployment: defaults first, the image pinned to the blueprint's digest when given. */
export function resolveClusterDevicePlugin(cluster: Cluster): ResolvedCluster["devicePlugin"] {
  const version = cluster.devicePlugin?.version ?? D.DEFAULT_DEVICE_PLUGIN_VERSION;
  const digest = cluster.devicePlugin?.imageDigest;
  return {
    version,
    image: `${D.DEVICE_PLUGIN_IMAGE_REPOSITORY}:${version}${digest !== undefined ? `@${digest}` : ""}`,
    namespace: cluster.devicePlugin?.namespace ?? D.DEFAULT_DEVICE_PLUGIN_NAMESPACE,
  };
}

/**
 * A pool's device plugin config; its name is the pool's. What each node advertises: under the MIG strategy single,
 * every MIG instance is one nvidia.com/gpu ([P] NVIDIA/k8s-device-plugin v0.20.0 README, "MIG strategies"), so the
 * count is GPUs × instances per GPU; under mixed, one nvidia.com/mig-<profile> per profile of the layout; either times
 * the sharing replicas (time-slicing applies to the MIG resources, as the plugin's config allows).
 */
export function resolvePoolDevicePlugin(pool: Pool, system: ResolvedSystem): ResolvedDevicePluginConfig {
  const dp = pool.devicePlugin;
  const replicas = dp?.sharing?.timeSlicingReplicas ?? dp?.sharing?.mpsReplicas ?? 1;
  const migStrategy = dp?.migStrategy ?? D.DEFAULT_MIG_STRATEGY;
  const migConfig = dp?.migConfig;
  const layout = migConfig === undefined ? undefined : migLayout(system.id, migConfig);
  const profiles = layout === undefined ? [] : Object.entries(layout);
  const migProblem =
    migConfig === undefined
      ? undefined
      : migStrategy === "none"
        ? ("config-without-strategy" as const)
        : layout === undefined
          ? ("unknown-config" as const)
          : migStrategy === "single" && profiles.length !== 1
            ? ("single-needs-one-profile" as const)
            : undefined;
  const gpus = system.gpusPerNode.value;
  const resource = (name: string, perGpu: number): AdvertisedResource => ({ name, perGpu, perNode: gpus * perGpu });
  const resources: AdvertisedResource[] =
    layout === undefined || migStrategy === "none" || migProblem !== undefined
      ? [resource(D.GPU_RESOURCE, replicas)]
      : migStrategy === "single"
        ? [resource(D.GPU_RESOURCE, profiles.reduce((n, [, count]) => n + count, 0) * replicas)]
        : profiles.map(([profile, count]) => resource(`${D.MIG_RESOURCE_PREFIX}${profile}`, count * replicas));
  return {
    configName: pool.name,
    migStrategy,
    ...(dp?.sharing?.timeSlicingReplicas !== undefined ? { timeSlicingReplicas: dp.sharing.timeSlicingReplicas } : {}),
    ...(dp?.sharing?.mpsReplicas !== undefined ? { mpsReplicas: dp.sharing.mpsReplicas } : {}),
    ...(migConfig !== undefined ? { migConfig } : {}),
    ...(layout !== undefined ? { migLayout: layout } : {}),
    ...(migProblem !== undefined ? { migProblem } : {}),
    resources,
    advertisedGpusPerNode: resources.reduce((n, r) => n + r.perNode, 0),
  };
}

/**
 * The extended resources a cluster's pools advertise, with their units (nodes × units per node): nvidia.com/gpu first,
 * then the MIG resources by name. nvidia.com/gpu is always listed (0 when only MIG resources exist), so that a quota
 * built from this list never leaves it unlimited.
 */
export function clusterResources(pools: readonly Pick<ResolvedPool, "nodes" | "devicePlugin">[]): AdvertisedResourceTotal[] {
  const units = new Map<string, number>([[D.GPU_RESOURCE, 0]]);
  for (const p of pools) for (const r of p.devicePlugin.resources) units.set(r.name, (units.get(r.name) ?? 0) + p.nodes * r.perNode);
  return [...units.entries()]
    .sort(([a], [b]) => (a === D.GPU_RESOURCE ? -1 : b === D.GPU_RESOURCE ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([name, n]) => ({ name, units: n }));
}

export interface AdvertisedResourceTotal {
  readonly name: string;
  readonly units: number;
}
