// What a cluster on gpuStack dra cannot express (AIF-K022..K026): aifactory's DRA stack claims whole GPUs of NVIDIA's
// DRA driver (DeviceClass gpu.aifactory.dev, src/objects/dra.ts), so the static device plugin's sharing and MIG
// settings, and Kueue queues that count nvidia.com/gpu, have no meaning there; and one claim holds at most 32 devices,
// fewer than a whole node of a multi-node NVLink pool may hold.
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import { clustersOf } from "../model/walk.js";
import { DEFAULT_DEVICE_PLUGIN_NAMESPACE, DEFAULT_DEVICE_PLUGIN_VERSION } from "../model/defaults.js";
import { multiNodeNvlink } from "../objects/dra.js";
import { finding, q, registered, type Rule } from "./rule.js";

/**
 * [P] k8s.io/api v0.34.4 resource/v1/types.go, AllocationResultsMaxSize: the devices one ResourceClaim may be
 * allocated; the scheduler's allocator refuses a claim asking for more (k8s.io/dynamic-resource-allocation v0.34.4
 * structured/internal/stable/allocator_stable.go). Checked 2026-12-01.
 */
export const DRA_MAX_DEVICES_PER_CLAIM = 32;

const draPools = (m: Parameters<Rule["check"]>[0]): { cluster: ResolvedCluster; pool: ResolvedPool }[] =>
  clustersOf(m)
    .filter((c) => c.gpuStack === "dra")
    .flatMap((cluster) => cluster.pools.map((pool) => ({ cluster, pool })));

export const draSharing: Rule = {
  ...registered("AIF-K022"),
  check: (m) =>
    draPools(m).flatMap(({ cluster, pool }) => {
      const dp = pool.devicePlugin;
      const kind = dp.timeSlicingReplicas !== undefined ? "timeSlicingReplicas" : dp.mpsReplicas !== undefined ? "mpsReplicas" : undefined;
      if (kind === undefined) return [];
      return [
        finding(draSharing, {
          path: [...pool.path, "devicePlugin", "sharing", kind],
          message: `pool ${pool.name} of cluster ${cluster.name}: GPU sharing (${kind} ${dp.timeSlicingReplicas ?? dp.mpsReplicas}) is a setting of the static device plugin; under gpuStack dra GPUs are claimed whole through DRA`,
          fix: `remove devicePlugin.sharing from pool ${pool.name}, or keep gpuStack device-plugin on cluster ${cluster.name}`,
        }),
      ];
    }),
};

export const draMig: Rule = {
  ...registered("AIF-K023"),
  check: (m) =>
    draPools(m).flatMap(({ cluster, pool }) => {
      const dp = pool.devicePlugin;
      if (dp.migStrategy === "none" && dp.migConfig === undefined) return [];
      const field = dp.migStrategy !== "none" ? "migStrategy" : "migConfig";
      return [
        finding(draMig, {
          path: [...pool.path, "devicePlugin", field],
          message: `pool ${pool.name} of cluster ${cluster.name}: MIG (${field} ${field === "migStrategy" ? dp.migStrategy : dp.migConfig}) is a setting of the static device plugin and MIG manager; under gpuStack dra aifactory claims whole GPUs`,
          fix: `remove migStrategy and migConfig from pool ${pool.name}, or keep gpuStack device-plugin on cluster ${cluster.name}`,
        }),
      ];
    }),
};

export const draKueue: Rule = {
  ...registered("AIF-K024"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => c.gpuStack === "dra" && c.kueue !== undefined)
      .map((c) =>
        finding(draKueue, {
          path: [...c.path, "scheduling", "kueue"],
          message: `cluster ${c.name}: Kueue's ClusterQueues count nvidia.com/gpu, which no node advertises under gpuStack dra (Kueue counts DRA devices only behind an alpha feature gate)`,
          fix: `remove scheduling.kueue from cluster ${c.name}, or keep gpuStack device-plugin`,
        }),
      ),
};

export const draDevicesPerClaim: Rule = {
  ...registered("AIF-K025"),
  check: (m) =>
    draPools(m)
      // Multi-node NVLink pools: aifactory's example claims every GPU of a node in one claim (elsewhere it claims one).
      .filter(({ pool }) => multiNodeNvlink(pool) && pool.system.gpusPerNode.value > DRA_MAX_DEVICES_PER_CLAIM)
      .map(({ cluster, pool }) =>
        finding(draDevicesPerClaim, {
          path: pool.path,
          message: `pool ${pool.name} of cluster ${cluster.name}: its nodes hold ${pool.system.gpusPerNode.value} GPUs, more than the ${DRA_MAX_DEVICES_PER_CLAIM} devices one ResourceClaim can be allocated`,
          measured: q(pool.system.gpusPerNode.value, "GPUs per node"),
          limit: q(DRA_MAX_DEVICES_PER_CLAIM, "devices per claim"),
          fix: `check the gpusPerNode override of system ${pool.systemId}, or keep gpuStack device-plugin on cluster ${cluster.name}`,
        }),
      ),
};

/**
 * The cluster's devicePlugin deployment settings as the blueprint changed them from the defaults (version, imageDigest,
 * namespace). The resolved model keeps no trace of a section that repeats the defaults: that one changes nothing
 * either, so it goes unreported.
 */
function devicePluginSettings(c: ResolvedCluster): string[] {
  const dp = c.devicePlugin;
  return [
    ...(dp.version !== DEFAULT_DEVICE_PLUGIN_VERSION ? [`version ${dp.version}`] : []),
    ...(dp.image.includes("@") ? ["imageDigest"] : []),
    ...(dp.namespace !== DEFAULT_DEVICE_PLUGIN_NAMESPACE ? [`namespace ${dp.namespace}`] : []),
  ];
}

export const draDevicePluginSection: Rule = {
  ...registered("AIF-K026"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => c.gpuStack === "dra" && devicePluginSettings(c).length > 0)
      .map((c) =>
        finding(draDevicePluginSection, {
          path: [...c.path, "devicePlugin"],
          message: `cluster ${c.name}: devicePlugin sets ${devicePluginSettings(c).join(", ")}, but gpuStack dra deploys no device plugin, so nothing reads it`,
          fix: `remove the devicePlugin section of cluster ${c.name} (NVIDIA's DRA driver chart sets its own version and namespace), or set gpuStack: device-plugin`,
        }),
      ),
};

export const DRA_RULES: readonly Rule[] = [draSharing, draMig, draKueue, draDevicesPerClaim, draDevicePluginSection];
