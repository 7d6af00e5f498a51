// The cluster's queueing layer (Kueue), resolved from the blueprint: the Cohort, a flavor per pool, the Topology
// levels (from halls, NVLink racks and hosts), and per tenant the nominal GPU quota of each flavor. Defaults are
// resolved here, each with its reason; the rules (src/rules/scheduling.ts) check what they give.
import type { Cluster, KueueQueue } from "../blueprint/generated/blueprint-types.js";
import type { DocPath } from "../findings/finding.js";
import { HALL_LABEL } from "./defaults.js";
import type { ResolvedPool, ResolvedTenant } from "./types.js";

/** [P] kubernetes.io/docs/reference/labels-annotations-taints: the kubelet sets it on every node. */
export const HOSTNAME_LABEL = "kubernetes.io/hostname";
/**
 * [P] NVIDIA GPU Feature Discovery (NVIDIA/k8s-device-plugin docs/gpu-feature-discovery): the NVLink fabric clique
 * of a node's GPUs; the nodes of one NVL72 rack share one value. Also the label NVIDIA's DRA driver needs for
 * ComputeDomains.
 */
export const GPU_CLIQUE_LABEL = "nvidia.com/gpu.clique";
/** Node label with each node's rack on 8-GPU systems, stamped by the node provisioner (aifactory's choice of key). */
export const DEFAULT_RACK_LABEL = "aifactory.dev/rack";
/** Kueue version whose API (kueue.x-k8s.io/v1beta2) the objects follow and the tests run. [P] github.com/kubernetes-sigs/kueue releases, v0.17.0 */
export const KUEUE_VERSION = "v0.17.0";
/**
 * Borrowing beyond the nominal quota: none unless the blueprint says so. The tenant's ResourceQuota caps its
 * namespace at its GPU quota, so a Job admitted on borrowed GPUs would have its pods refused.
 */
export const DEFAULT_BORROWING_LIMIT_GPUS = 0;

/** Who puts a topology label on a node. */
export type LabelSetter = "provisioner" | "gpu-feature-discovery" | "kubelet";

export interface ResolvedTopology {
  /** Topology object name: "nvlink-rack" (rack-scale pools), "rack" (8-GPU pools), or "factory" (levels given). */
  readonly name: string;
  /** Node labels, broadest first. */
  readonly levels: readonly string[];
  /** The pools whose flavors use it, in blueprint order. */
  readonly pools: readonly string[];
}

export interface ResolvedFlavor {
  /** ResourceFlavor name: the pool's name. */
  readonly pool: string;
  readonly advertisedGpus: number;
  /** The Topology of the pool's flavor (absent without topology). */
  readonly topology?: string;
  /** The level that is one NVLink domain / rack (absent when the levels have none). */
  readonly rackLevel?: string;
  /** GPUs one NVLink domain of the pool holds (catalog). */
  readonly nvlinkDomainGpus: number;
  readonly path: DocPath;
}

export interface ResolvedFlavorQuota {
  readonly pool: string;
  readonly nominalGpus: number;
  /** Whether the blueprint gives it (queues[].flavorQuotasGPUs), rather than the pro-rata split. */
  readonly given: boolean;
}

export interface ResolvedQueue {
  readonly tenant: string;
  readonly flavorQuotas: readonly ResolvedFlavorQuota[];
  readonly borrowingLimitGPUs: number;
  /** Absent: the queue lends all of its unused quota. */
  readonly lendingLimitGPUs?: number;
  /** The tenant's blueprint element. */
  readonly path: DocPath;
  /** The queues[] entry, when the blueprint gives one. */
  readonly settingsPath?: DocPath;
}

export interface ResolvedKueue {
  readonly version: string;
  readonly cohort: string;
  /** Absent: no topology-aware scheduling. */
  readonly topology?: {
    readonly levelsGiven: boolean;
    readonly rackLabel: string;
    readonly topologies: readonly ResolvedTopology[];
    readonly path: DocPath;
  };
  readonly flavors: readonly ResolvedFlavor[];
  readonly queues: readonly ResolvedQueue[];
  readonly rackLocalTraining?: { readonly gangGPUs: number; readonly path: DocPath };
  /** queues[] entries naming no tenant of the cluster, and flavorQuotasGPUs keys naming no pool (AIF-Q004). */
  readonly unknownNames: readonly { readonly kind: "tenant" | "pool"; readonly name: string; readonly path: DocPath }[];
  /** queues[] entries after the first for one tenant (the first applies; AIF-Q004). */
  readonly duplicateQueues: readonly { readonly tenant: string; readonly path: DocPath }[];
  readonly path: DocPath;
}

/** Default levels of a pool: its hall, its NVLink rack (GFD's clique) or rack label, its host. */
export function defaultLevels(pool: ResolvedPool, rackLabel: string): string[] {
  return [HALL_LABEL, pool.system.form === "rack-scale" ? GPU_CLIQUE_LABEL : rackLabel, HOSTNAME_LABEL];
}

export function resolveKueue(
  cluster: Cluster,
  pools: readonly ResolvedPool[],
  tenants: readonly ResolvedTenant[],
  path: DocPath,
): ResolvedKueue | undefined {
  const kueue = cluster.scheduling?.kueue;
  if (kueue === undefined) return undefined;
  const kpath = [...path, "scheduling", "kueue"];
  const topology = kueue.topology === undefined ? undefined : resolveTopologies(kueue.topology, pools, [...kpath, "topology"]);
  const topologyOf = (pool: string): ResolvedTopology | undefined => topology?.topologies.find((t) => t.pools.includes(pool));
  const flavors = pools.map((p): ResolvedFlavor => {
    const t = topologyOf(p.name);
    const rackLevel = t?.levels.find((l) => l === GPU_CLIQUE_LABEL || l === topology?.rackLabel);
    return {
      pool: p.name,
      advertisedGpus: p.advertisedGpus,
      ...(t === undefined ? {} : { topology: t.name }),
      ...(rackLevel === undefined ? {} : { rackLevel }),
      nvlinkDomainGpus: p.system.nvlinkDomainGpus.value,
      path: p.path,
    };
  });
  const unknownNames: { kind: "tenant" | "pool"; name: string; path: DocPath }[] = [];
  const duplicateQueues: { tenant: string; path: DocPath }[] = [];
  const settings = new Map<string, { queue: KueueQueue; path: DocPath }>();
  (kueue.queues ?? []).forEach((queue, i) => {
    const qpath = [...kpath, "queues", i];
    if (!tenants.some((t) => t.name === queue.tenant)) unknownNames.push({ kind: "tenant", name: queue.tenant, path: [...qpath, "tenant"] });
    else if (settings.has(queue.tenant)) duplicateQueues.push({ tenant: queue.tenant, path: [...qpath, "tenant"] });
    else settings.set(queue.tenant, { queue, path: qpath });
    for (const pool of Object.keys(queue.flavorQuotasGPUs ?? {}))
      if (!pools.some((p) => p.name === pool)) unknownNames.push({ kind: "pool", name: pool, path: [...qpath, "flavorQuotasGPUs", pool] });
  });
  const queues = tenants.map((t): ResolvedQueue => {
    const s = settings.get(t.name);
    const split = splitProRata(t.gpuQuota, pools.map((p) => p.advertisedGpus));
    const given = s?.queue.flavorQuotasGPUs ?? {};
    return {
      tenant: t.name,
      flavorQuotas: pools.map((p, i) => {
        const g = given[p.name];
        return g === undefined ? { pool: p.name, nominalGpus: split[i] ?? 0, given: false } : { pool: p.name, nominalGpus: g, given: true };
      }),
      borrowingLimitGPUs: s?.queue.borrowingLimitGPUs ?? DEFAULT_BORROWING_LIMIT_GPUS,
      ...(s?.queue.lendingLimitGPUs === undefined ? {} : { lendingLimitGPUs: s.queue.lendingLimitGPUs }),
      path: t.path,
      ...(s === undefined ? {} : { settingsPath: s.path }),
    };
  });
  return {
    version: KUEUE_VERSION,
    cohort: kueue.cohort ?? cluster.name,
    ...(topology === undefined ? {} : { topology }),
    flavors,
    queues,
    ...(kueue.rackLocalTraining === undefined
      ? {}
      : { rackLocalTraining: { gangGPUs: kueue.rackLocalTraining.gangGPUs, path: [...kpath, "rackLocalTraining", "gangGPUs"] } }),
    unknownNames,
    duplicateQueues,
    path: kpath,
  };
}

function resolveTopologies(
  given: NonNullable<NonNullable<NonNullable<Cluster["scheduling"]>["kueue"]>["topology"]>,
  pools: readonly ResolvedPool[],
  path: DocPath,
): NonNullable<ResolvedKueue["topology"]> {
  const rackLabel = given.rackLabel ?? DEFAULT_RACK_LABEL;
  if (given.levels !== undefined) {
    return { levelsGiven: true, rackLabel, topologies: [{ name: "factory", levels: [...given.levels], pools: pools.map((p) => p.name) }], path };
  }
  // One Topology per distinct level list: rack-scale pools share "nvlink-rack", 8-GPU pools "rack".
  const byName = new Map<string, { levels: string[]; pools: string[] }>();
  for (const p of pools) {
    const name = p.system.form === "rack-scale" ? "nvlink-rack" : "rack";
    const entry = byName.get(name) ?? { levels: defaultLevels(p, rackLabel), pools: [] };
    entry.pools.push(p.name);
    byName.set(name, entry);
  }
  return { levelsGiven: false, rackLabel, topologies: [...byName].map(([name, t]) => ({ name, ...t })), path };
}

/**
 * `total` split in proportion to `weights`, each part rounded down, the remainder handed one by one to the parts
 * in order: the parts add up to `total` whenever the weights are not all zero.
 */
export function splitProRata(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum + 1e-9));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0 && i < parts.length; i = (i + 1) % parts.length) {
    if ((weights[i] ?? 0) > 0) {
      parts[i] = (parts[i] ?? 0) + 1;
      rest--;
    }
  }
  return parts;
}
