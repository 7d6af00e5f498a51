// Resolution of one cluster: pools (sizes, power, labels, device plugin), tenants, tiers, networking.
import type { CatalogOverride, Cluster, Pool, Tenant } from "../blueprint/generated/blueprint-types.js";
import { canonicalSystemId, defaultSwitch, getSwitch, isDeprecatedSystemId } from "../catalog/index.js";
import type { DocPath } from "../findings/finding.js";
import * as D from "./defaults.js";
import { sizeFabric } from "./network.js";
import { nodeKW, resolveSystem } from "./system.js";
import { sumTotals } from "./totals.js";
import type {
  NodeLimitProfile,
  ResolvedCluster,
  ResolvedDevicePluginConfig,
  ResolvedNetworking,
  ResolvedPool,
  ResolvedSystem,
  ResolvedTenant,
  Totals,
} from "./types.js";

interface PoolBase {
  readonly pool: Pool;
  readonly system: ResolvedSystem;
  readonly nodes: number;
  readonly racks: number;
  readonly nodePowerKW: number;
  readonly nicsPerNode: number;
  readonly devicePlugin: ResolvedDevicePluginConfig;
  readonly path: DocPath;
}

export function resolveCluster(
  cluster: Cluster,
  site: string,
  pue: number,
  overrides: readonly CatalogOverride[],
  path: DocPath,
): ResolvedCluster {
  const net = cluster.networking;
  const bases: PoolBase[] = cluster.pools.map((pool, i) => poolBase(pool, overrides, net?.nicsPerNode, [...path, "pools", i]));

  // Networking: one fabric per cluster, its power shared by the pools pro rata to their nodes.
  const fabric = net?.fabric ?? D.DEFAULT_FABRIC;
  const nicGbps = net?.nicGbps ?? Math.max(0, ...bases.map((b) => b.system.nicGbps.value));
  const sw = (net?.switch !== undefined ? getSwitch(net.switch) : undefined) ?? defaultSwitch(fabric, nicGbps);
  const switchRadix = net?.switchRadix ?? sw.radix.value;
  const oversubscription = net?.oversubscription ?? D.DEFAULT_OVERSUBSCRIPTION;
  const nicPorts = bases.reduce((n, b) => n + b.nodes * b.nicsPerNode, 0);
  const size = sizeFabric(nicPorts, switchRadix, oversubscription);
  const switches = size.leafSwitches + size.spineSwitches + size.coreSwitches;
  const switchPowerKW =
    net?.switchPowerKW !== undefined
      ? { value: net.switchPowerKW, source: "blueprint networking.switchPowerKW", confidence: "override" as const }
      : sw.powerKW;
  const networkItMW = (switches * switchPowerKW.value) / 1000;
  const clusterNodes = bases.reduce((n, b) => n + b.nodes, 0);

  const pools: ResolvedPool[] = bases.map((b) => {
    const share = clusterNodes > 0 ? b.nodes / clusterNodes : 0;
    const systemsItMW = (b.nodes * b.nodePowerKW) / 1000;
    const poolNetworkMW = networkItMW * share;
    const itMW = systemsItMW + poolNetworkMW;
    const totals: Totals = {
      gpus: b.nodes * b.system.gpusPerNode.value,
      dies: b.nodes * b.system.gpusPerNode.value * b.system.diesPerGpu.value,
      nodes: b.nodes,
      racks: b.racks,
      systemsItMW,
      networkItMW: poolNetworkMW,
      itMW,
      facilityMW: itMW * pue,
      switches: switches * share,
    };
    return {
      name: b.pool.name,
      cluster: cluster.name,
      site,
      hall: b.pool.hall,
      systemId: b.system.id,
      ...(isDeprecatedSystemId(b.pool.system) ? { systemAsWritten: b.pool.system } : {}),
      system: b.system,
      racks: b.racks,
      nodes: b.nodes,
      gpus: totals.gpus,
      dies: totals.dies,
      rackPowerKW: Math.min(b.nodes, b.system.nodesPerRack.value) * b.nodePowerKW,
      devicePlugin: b.devicePlugin,
      sizedIn: b.pool.racks !== undefined ? "racks" : b.pool.nodes !== undefined ? "nodes" : "unsized",
      nodePowerKW: b.nodePowerKW,
      nicsPerNode: b.nicsPerNode,
      advertisedGpus: b.nodes * b.devicePlugin.advertisedGpusPerNode,
      labels: poolLabels(b.pool, b.devicePlugin.configName),
      taints: (b.pool.taints ?? []).map((t) => ({ key: t.key, ...(t.value !== undefined ? { value: t.value } : {}), effect: t.effect })),
      totals,
      path: b.path,
    };
  });

  const totals = sumTotals(pools.map((p) => p.totals));
  // Whole switches at cluster level (the pools carry fractional shares).
  const clusterTotals: Totals = { ...totals, switches, networkItMW, itMW: totals.systemsItMW + networkItMW, facilityMW: (totals.systemsItMW + networkItMW) * pue };
  const advertisedGpus = pools.reduce((n, p) => n + p.advertisedGpus, 0);

  const networking: ResolvedNetworking = {
    fabric,
    nicGbps,
    nicsPerNode: net?.nicsPerNode ?? bases[0]?.nicsPerNode ?? 0,
    switchRadix,
    oversubscription,
    switchPowerKW,
    switchModel: sw.displayName,
    switchId: sw.id,
    switchFabrics: sw.fabrics,
    switchGiven: net?.switch !== undefined,
    switchRadixSource: net?.switchRadix !== undefined ? "blueprint networking.switchRadix" : sw.radix.source,
    tiers: size.tiers,
    maxPortsThreeTier: size.maxPortsThreeTier,
    switchPortsGiven: net?.switchPorts !== undefined,
    declared: net !== undefined,
    nicPorts,
    leafSwitches: size.leafSwitches,
    spineSwitches: size.spineSwitches,
    coreSwitches: size.coreSwitches,
    switchPortsProvided: net?.switchPorts ?? size.portsProvided,
    switchPortsNeeded: size.portsNeeded,
    networkOperator: {
      enabled: net?.networkOperator?.enabled ?? false,
      rdmaResource: net?.networkOperator?.rdmaResource ?? D.DEFAULT_RDMA_RESOURCE,
      crdsPresent: net?.networkOperator?.crdsPresent ?? false,
    },
    path: net !== undefined ? [...path, "networking"] : path,
  };

  const version = cluster.devicePlugin?.version ?? D.DEFAULT_DEVICE_PLUGIN_VERSION;
  const digest = cluster.devicePlugin?.imageDigest;
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
    devicePlugin: {
      version,
      image: `${D.DEVICE_PLUGIN_IMAGE_REPOSITORY}:${version}${digest !== undefined ? `@${digest}` : ""}`,
      namespace: cluster.devicePlugin?.namespace ?? D.DEFAULT_DEVICE_PLUGIN_NAMESPACE,
    },
    tenants: (cluster.tenants ?? []).map((t, i) => resolveTenant(t, advertisedGpus, [...path, "tenants", i])),
    priorityTiers: (cluster.priorityTiers ?? []).map((t, i) => ({
      name: t.name,
      value: t.value,
      preemption: t.preemption ?? true,
      ...(t.description !== undefined ? { description: t.description } : {}),
      path: [...path, "priorityTiers", i],
    })),
    networking,
    pools,
    advertisedGpus,
    totals: clusterTotals,
    path,
  };
}

function poolBase(pool: Pool, overrides: readonly CatalogOverride[], clusterNics: number | undefined, path: DocPath): PoolBase {
  const system = resolveSystem(pool.system, overrides);
  const perRack = system.nodesPerRack.value;
  const nodes = pool.racks !== undefined ? pool.racks * perRack : (pool.nodes ?? 0);
  const racks = pool.racks ?? Math.ceil(nodes / perRack);
  const dp = pool.devicePlugin;
  const replicas = dp?.sharing?.timeSlicingReplicas ?? dp?.sharing?.mpsReplicas ?? 1;
  const devicePlugin: ResolvedDevicePluginConfig = {
    configName: pool.name,
    migStrategy: dp?.migStrategy ?? D.DEFAULT_MIG_STRATEGY,
    ...(dp?.sharing?.timeSlicingReplicas !== undefined ? { timeSlicingReplicas: dp.sharing.timeSlicingReplicas } : {}),
    ...(dp?.sharing?.mpsReplicas !== undefined ? { mpsReplicas: dp.sharing.mpsReplicas } : {}),
    advertisedGpusPerNode: system.gpusPerNode.value * replicas,
  };
  return {
    pool,
    system,
    nodes,
    racks,
    nodePowerKW: nodeKW(system),
    nicsPerNode: clusterNics ?? system.nicsPerNode.value,
    devicePlugin,
    path,
  };
}

/** Blueprint labels first, then aifactory's own (which win), sorted by key for stable output. */
function poolLabels(pool: Pool, configName: string): Readonly<Record<string, string>> {
  const labels = new Map<string, string>();
  for (const [k, v] of Object.entries(pool.labels ?? {})) if (v !== undefined) labels.set(k, v);
  labels.set(D.POOL_LABEL, pool.name);
  labels.set(D.SYSTEM_LABEL, canonicalSystemId(pool.system));
  labels.set(D.HALL_LABEL, pool.hall);
  labels.set(D.DEVICE_PLUGIN_CONFIG_LABEL, configName);
  return Object.fromEntries([...labels.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function resolveTenant(t: Tenant, clusterUnits: number, path: DocPath): ResolvedTenant {
  if (t.gpuQuota !== undefined) return { name: t.name, gpuQuota: t.gpuQuota, quotaFrom: "gpuQuota", path };
  if (t.gpuShare !== undefined) {
    // Floor: a share never grants more than its part of the advertised nvidia.com/gpu units.
    return { name: t.name, gpuQuota: Math.floor(t.gpuShare * clusterUnits + 1e-9), gpuShare: t.gpuShare, quotaFrom: "gpuShare", path };
  }
  return { name: t.name, gpuQuota: 0, quotaFrom: "none", path };
}

function nodeLimit(limit: Cluster["nodeLimit"]): { profile: NodeLimitProfile; nodes: number; source: string } {
  if (typeof limit === "number") return { profile: "explicit", nodes: limit, source: "blueprint nodeLimit" };
  const profile = limit ?? D.DEFAULT_NODE_LIMIT_PROFILE;
  return { profile, nodes: D.NODE_LIMITS[profile].nodes, source: D.NODE_LIMITS[profile].source };
}
