// The device plugin of a cluster (version, image, namespace) and of each pool (its config: MIG, sharing).
import type { Cluster, Pool } from "../blueprint/generated/blueprint-types.js";
import * as D from "./defaults.js";
import type { ResolvedCluster, ResolvedDevicePluginConfig, ResolvedSystem } from "./types.js";

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

/** A pool's device plugin config; its name is the pool's, and it advertises GPUs × sharing replicas per node. */
export function resolvePoolDevicePlugin(pool: Pool, system: ResolvedSystem): ResolvedDevicePluginConfig {
  const dp = pool.devicePlugin;
  const replicas = dp?.sharing?.timeSlicingReplicas ?? dp?.sharing?.mpsReplicas ?? 1;
  return {
    configName: pool.name,
    migStrategy: dp?.migStrategy ?? D.DEFAULT_MIG_STRATEGY,
    ...(dp?.sharing?.timeSlicingReplicas !== undefined ? { timeSlicingReplicas: dp.sharing.timeSlicingReplicas } : {}),
    ...(dp?.sharing?.mpsReplicas !== undefined ? { mpsReplicas: dp.sharing.mpsReplicas } : {}),
    advertisedGpusPerNode: system.gpusPerNode.value * replicas,
  };
}
