// The pools of a cluster: sizes from the catalog system, power, labels, taints, device plugin config, and each
// pool's share of the cluster's fabric.
import type { CatalogOverride, Pool } from "../blueprint/generated/blueprint-types.js";
import { MIG_CONFIG_LABEL, canonicalSystemId, isDeprecatedSystemId } from "../catalog/index.js";
import type { DocPath } from "../findings/finding.js";
import * as D from "./defaults.js";
import { resolvePoolDevicePlugin } from "./device-plugin.js";
import { nodeKW, resolveSystem } from "./system.js";
import type { ResolvedFabric } from "./fabric.js";
import type { GpuStack, ResolvedDevicePluginConfig, ResolvedLabelConflict, ResolvedPool, ResolvedSystem, Totals } from "./types.js";

/** A pool sized and powered, before the cluster's fabric is known. */
export interface PoolBase {
  readonly pool: Pool;
  readonly system: ResolvedSystem;
  readonly nodes: number;
  readonly racks: number;
  readonly nodePowerKW: number;
  readonly nicsPerNode: number;
  readonly devicePlugin: ResolvedDevicePluginConfig;
  readonly path: DocPath;
}

export function poolBase(pool: Pool, overrides: readonly CatalogOverride[], clusterNics: number | undefined, path: DocPath): PoolBase {
  const system = resolveSystem(pool.system, overrides);
  const perRack = system.nodesPerRack.value;
  const nodes = pool.racks !== undefined ? pool.racks * perRack : (pool.nodes ?? 0);
  const racks = pool.racks ?? Math.ceil(nodes / perRack);
  return {
    pool,
    system,
    nodes,
    racks,
    nodePowerKW: nodeKW(system),
    nicsPerNode: clusterNics ?? system.nicsPerNode.value,
    devicePlugin: resolvePoolDevicePlugin(pool, system),
    path,
  };
}

/** Where the pools are: their cluster and site, and the site's PUE. */
export interface PoolPlace {
  readonly cluster: string;
  readonly site: string;
  readonly pue: number;
  /** The cluster's gpuStack: under gpu-operator the pool's nodes carry the plugin config label too. */
  readonly gpuStack: GpuStack;
}

/** The pools with their totals: the fabric's switches and power shared pro rata to the pools' nodes. */
export function resolvePools(bases: readonly PoolBase[], fabric: ResolvedFabric, place: PoolPlace): ResolvedPool[] {
  const clusterNodes = bases.reduce((n, b) => n + b.nodes, 0);
  return bases.map((b) => {
    const share = clusterNodes > 0 ? b.nodes / clusterNodes : 0;
    const systemsItMW = (b.nodes * b.nodePowerKW) / 1000;
    const poolNetworkMW = fabric.networkItMW * share;
    const itMW = systemsItMW + poolNetworkMW;
    const totals: Totals = {
      gpus: b.nodes * b.system.gpusPerNode.value,
      dies: b.nodes * b.system.gpusPerNode.value * b.system.diesPerGpu.value,
      nodes: b.nodes,
      racks: b.racks,
      systemsItMW,
      networkItMW: poolNetworkMW,
      itMW,
      facilityMW: itMW * place.pue,
      switches: fabric.switches * share,
    };
    return {
      name: b.pool.name,
      cluster: place.cluster,
      site: place.site,
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
      labels: poolLabels(b.pool, b.devicePlugin, place.gpuStack),
      nodeSelector: poolSelector(b.pool, b.system, b.devicePlugin),
      gpuProducts: gpuProducts(b.system, b.devicePlugin),
      labelConflicts: labelConflicts(b.pool, b.system, place.gpuStack, b.devicePlugin),
      taints: (b.pool.taints ?? []).map((t) => ({ key: t.key, ...(t.value !== undefined ? { value: t.value } : {}), effect: t.effect })),
      totals,
      path: b.path,
    };
  });
}

/**
 * The labels a node provisioner stamps on the pool's nodes: blueprint labels, then aifactory's own, sorted by key.
 * A blueprint label with one of aifactory's keys is an error (AIF-K010), so the order only matters for bad input.
 * A pool with a MIG layout also carries nvidia.com/mig.config, the label NVIDIA's MIG manager (GPU Operator) reads
 * to partition the node's GPUs ([P] NVIDIA GPU Operator documentation, "GPU Operator with MIG").
 * On gpuStack gpu-operator the nodes also carry nvidia.com/device-plugin.config=<the pool's config>: the operator's
 * config-manager picks the pool's key of the plugin ConfigMap by it ([P] NVIDIA/gpu-operator v26.7.0
 * assets/state-device-plugin/0500_daemonset.yaml, NODE_LABEL; checked 2026-12-01).
 */
function poolLabels(pool: Pool, plugin: ResolvedDevicePluginConfig, stack: GpuStack): Readonly<Record<string, string>> {
  const labels = new Map<string, string>();
  for (const [k, v] of Object.entries(pool.labels ?? {})) if (v !== undefined) labels.set(k, v);
  if (plugin.migConfig !== undefined && plugin.migProblem === undefined) labels.set(MIG_CONFIG_LABEL, plugin.migConfig);
  if (stack === "gpu-operator") labels.set(D.DEVICE_PLUGIN_CONFIG_LABEL, plugin.configName);
  labels.set(D.POOL_LABEL, pool.name);
  labels.set(D.SYSTEM_LABEL, canonicalSystemId(pool.system));
  labels.set(D.HALL_LABEL, pool.hall);
  return sortedRecord(labels);
}

/**
 * The blueprint's selector, and the system's GFD product label when GFD prints one value for it on every node of the
 * pool (see gpuProducts; the selector cannot change it: AIF-K010), sorted by key.
 */
function poolSelector(pool: Pool, system: ResolvedSystem, plugin: ResolvedDevicePluginConfig): Readonly<Record<string, string>> {
  const selector = new Map<string, string>();
  for (const [k, v] of Object.entries(pool.selector ?? {})) if (v !== undefined) selector.set(k, v);
  const products = gpuProducts(system, plugin);
  if (products.length === 1) selector.set(D.GPU_PRODUCT_LABEL, system.gpuProduct.value);
  else selector.delete(D.GPU_PRODUCT_LABEL);
  return sortedRecord(selector);
}

/**
 * Every value GPU Feature Discovery may give nvidia.com/gpu.product on the pool's nodes, sorted
 * ([P] NVIDIA/k8s-device-plugin v0.20.0 internal/lm/resource.go getProductName, and README "Shared Access to GPUs"):
 * GFD appends "-SHARED" when it runs with a sharing config of more than one replica and no rename, and under the MIG
 * strategy single it prints the MIG profile ("<product>-MIG-<profile>", then "-SHARED" with sharing). Whether GFD
 * sees the pool's sharing or MIG strategy depends on how it is deployed (the GPU Operator's own config, not the
 * pool's DaemonSet), and before the MIG manager has partitioned a node GFD prints the plain product: so a shared or
 * MIG-single pool accepts each of these. Under mixed the whole-GPU product stays as it is (MIG-enabled GPUs are
 * labelled without sharing).
 */
export function gpuProducts(system: ResolvedSystem, plugin: ResolvedDevicePluginConfig): string[] {
  const base = system.gpuProduct.value;
  const shared = plugin.timeSlicingReplicas !== undefined || plugin.mpsReplicas !== undefined;
  const out = new Set([base]);
  const layout = plugin.migProblem === undefined ? Object.keys(plugin.migLayout ?? {}) : [];
  if (plugin.migStrategy === "single" && layout.length === 1) {
    const mig = `${base}-MIG-${layout[0]}`;
    out.add(mig);
    if (shared) out.add(`${mig}-SHARED`);
  } else if (plugin.migStrategy === "none" && shared) {
    out.add(`${base}-SHARED`);
  }
  return [...out].sort();
}

function sortedRecord(entries: ReadonlyMap<string, string>): Readonly<Record<string, string>> {
  return Object.fromEntries([...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Keys other software owns on a GPU node: GPU Feature Discovery's (nvidia.com/gpu.*, nvidia.com/mig.*) and the device plugin's. */
function ownedByNvidia(key: string): boolean {
  return key.startsWith("nvidia.com/gpu.") || key.startsWith("nvidia.com/mig.") || key === D.DEVICE_PLUGIN_CONFIG_LABEL;
}

/**
 * Blueprint labels and selector entries that would overwrite or contradict a key aifactory or NVIDIA's software
 * sets on the pool's nodes (AIF-K010 reports them, located). A selector may name aifactory's keys with the value
 * aifactory gives this pool (the provisioner stamps them from node-labels.json), and GFD's keys with their real value.
 */
function labelConflicts(pool: Pool, system: ResolvedSystem, stack: GpuStack, plugin: ResolvedDevicePluginConfig): ResolvedLabelConflict[] {
  const own: Record<string, string> = {
    [D.POOL_LABEL]: pool.name,
    [D.SYSTEM_LABEL]: canonicalSystemId(pool.system),
    [D.HALL_LABEL]: pool.hall,
    [D.GPU_PRODUCT_LABEL]: system.gpuProduct.value,
    // gpu-operator: aifactory stamps the plugin config label (poolLabels), so it is aifactory's key there.
    ...(stack === "gpu-operator" ? { [D.DEVICE_PLUGIN_CONFIG_LABEL]: plugin.configName } : {}),
  };
  const out: ResolvedLabelConflict[] = [];
  for (const [key, given] of Object.entries(pool.labels ?? {})) {
    if (given === undefined) continue;
    if (key in own && key !== D.GPU_PRODUCT_LABEL) out.push({ field: "labels", key, given, owner: "aifactory", value: own[key] });
    else if (ownedByNvidia(key)) out.push({ field: "labels", key, given, owner: "nvidia", ...(own[key] !== undefined ? { value: own[key] } : {}) });
  }
  for (const [key, given] of Object.entries(pool.selector ?? {})) {
    const value = own[key];
    if (given === undefined || value === undefined || given === value) continue;
    out.push({ field: "selector", key, given, owner: key === D.GPU_PRODUCT_LABEL ? "nvidia" : "aifactory", value });
  }
  return out;
}
