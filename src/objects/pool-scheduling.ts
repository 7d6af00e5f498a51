// How a workload lands on a GPU pool: the pool's node labels (its own plus GPU Feature Discovery-style
// labels), the node selector that picks its nodes, and the tolerations its taints require.
// One definition, used by the kind config, the fake-GPU patches and the GPU workload templates.
import type { ResolvedPool, ResolvedTaint } from "../model/types.js";
import { GPU_RESOURCE } from "./labels.js";

export { GPU_RESOURCE };

/** Labels GPU Feature Discovery puts on GPU nodes; nvidia.com/gpu.present comes from the GPU Operator ([P] NVIDIA GPU Operator documentation). */
export const GFD_LABELS = {
  present: "nvidia.com/gpu.present",
  product: "nvidia.com/gpu.product",
  count: "nvidia.com/gpu.count",
  memoryMiB: "nvidia.com/gpu.memory",
  family: "nvidia.com/gpu.family",
} as const;

/** GPU Feature Discovery labels a real node of this pool carries, with the catalog's values (sourced there; see `aifactory catalog`). */
export function gfdLabels(pool: ResolvedPool): Record<string, string> {
  return {
    [GFD_LABELS.present]: "true",
    [GFD_LABELS.product]: pool.system.gpuProduct.value,
    [GFD_LABELS.count]: String(pool.system.gpusPerNode.value),
    [GFD_LABELS.memoryMiB]: String(pool.system.gpuMemoryMiB.value),
    [GFD_LABELS.family]: pool.system.gpuFamily.value,
  };
}

/**
 * Every label a node of this pool carries once provisioned: the labels aifactory asks the provisioner to stamp, the
 * blueprint's selector (labels the nodes are found by, e.g. an instance type) and the GFD ones, sorted by key.
 */
export function poolNodeLabels(pool: ResolvedPool): Record<string, string> {
  return sortedRecord({ ...pool.labels, ...pool.nodeSelector, ...gfdLabels(pool) });
}

/**
 * The equality part of how the pool's nodes are found: the blueprint's selector, and GFD's product label when it has
 * one value on the pool's nodes. With several (shared or MIG-single pools) see poolProductTerms.
 */
export function poolNodeSelector(pool: ResolvedPool): Record<string, string> {
  return sortedRecord({ ...pool.nodeSelector });
}

/**
 * When GFD may print several product values on the pool's nodes ("-SHARED", "-MIG-<profile>"), one node selector term
 * per value (terms are ORed), each with a single value, so that no list's order can differ between the YAML and
 * Terraform's provider (which keeps match_expressions.values as a set). Empty when nodeSelector holds the product.
 */
export function poolProductTerms(pool: ResolvedPool): { key: string; operator: "In"; values: string[] }[][] {
  if (pool.gpuProducts.length <= 1) return [];
  return pool.gpuProducts.map((value) => [{ key: GFD_LABELS.product, operator: "In" as const, values: [value] }]);
}

export interface Toleration {
  readonly key: string;
  readonly operator: "Equal" | "Exists";
  readonly value?: string;
  readonly effect: ResolvedTaint["effect"];
}

/**
 * The taint GKE puts on every node of an Arm node pool ([P] cloud.google.com/kubernetes-engine/docs/how-to/
 * prepare-arm-workloads-for-deployment, checked 2026-12-01: kubernetes.io/arch=arm64:NoSchedule by default), which
 * the platform's own workloads tolerate. Grace and Vera trays are Arm nodes, so their pools tolerate it; where no
 * platform sets it, tolerating it changes nothing.
 */
export const ARM_TAINT = { key: "kubernetes.io/arch", value: "arm64", effect: "NoSchedule" } as const;

/** One toleration per taint of the pool, matching it exactly; then the Arm taint on Arm systems. */
export function poolTolerations(pool: ResolvedPool): Toleration[] {
  const own: Toleration[] = pool.taints.map((t) =>
    t.value === undefined
      ? { key: t.key, operator: "Exists", effect: t.effect }
      : { key: t.key, operator: "Equal", value: t.value, effect: t.effect },
  );
  const arm = pool.system.cpuArch?.value === "arm64" && !pool.taints.some((t) => t.key === ARM_TAINT.key && t.effect === ARM_TAINT.effect);
  return arm ? [...own, { key: ARM_TAINT.key, operator: "Equal", value: ARM_TAINT.value, effect: ARM_TAINT.effect }] : own;
}

/**
 * The toleration of GPU workloads: GPU nodes are commonly tainted nvidia.com/gpu (GKE taints GPU node pools
 * nvidia.com/gpu=present:NoSchedule, [P] cloud.google.com/kubernetes-engine/docs/how-to/gpus), and the admission plugin
 * that would add it (ExtendedResourceToleration, [P] kubernetes.io/docs/reference/access-authn-authz/
 * admission-controllers) is not on everywhere and keys on the requested resource, so a MIG pod requesting
 * nvidia.com/mig-<profile> would not get it. The same toleration as the device plugin's (upstream static manifest).
 */
export const GPU_TOLERATION: Toleration = { key: GPU_RESOURCE, operator: "Exists", effect: "NoSchedule" };

/** A GPU workload's tolerations: GPU_TOLERATION, then the pool's (poolTolerations), without duplicates. */
export function workloadTolerations(pool: ResolvedPool): Toleration[] {
  const out: Toleration[] = [GPU_TOLERATION];
  for (const t of poolTolerations(pool)) {
    if (!out.some((o) => o.key === t.key && o.operator === t.operator && o.value === t.value && o.effect === t.effect)) out.push(t);
  }
  return out;
}

/** True when the node's labels carry every label of the pool's selector, and one of its GFD product values. */
export function nodeMatchesPool(nodeLabels: Readonly<Record<string, string>>, pool: ResolvedPool): boolean {
  const product = nodeLabels[GFD_LABELS.product];
  return (
    Object.entries(poolNodeSelector(pool)).every(([k, v]) => nodeLabels[k] === v) &&
    product !== undefined &&
    pool.gpuProducts.includes(product)
  );
}

/** The pool's selector as text for messages and kubectl -l: "k=v,nvidia.com/gpu.product in (a,b)". */
export function poolSelectorText(pool: ResolvedPool): string {
  const eq = Object.entries(poolNodeSelector(pool)).map(([k, v]) => `${k}=${v}`);
  const products = pool.gpuProducts.length > 1 ? [`${GFD_LABELS.product} in (${pool.gpuProducts.join(",")})`] : [];
  return [...eq, ...products].join(",");
}

function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** What a node provisioner (a cloud node group, a bare-metal installer) needs to stamp on one pool's nodes. */
export interface PoolProvisioning {
  readonly pool: string;
  readonly system: string;
  readonly nodes: number;
  /** Labels to put on every node of the pool: aifactory's own (aifactory.dev/pool, system, hall) and the blueprint's. */
  readonly labels: Readonly<Record<string, string>>;
  /** Taints to put on every node of the pool. */
  readonly taints: readonly ResolvedTaint[];
  /**
   * The labels the pool's device plugin DaemonSet and Jobs select: GPU Feature Discovery sets nvidia.com/gpu.product
   * (with the GPU Operator's nvidia.com/gpu.present or NFD's PCI label); the provisioner must set the rest.
   */
  readonly selector: Readonly<Record<string, string>>;
  /** The values GPU Feature Discovery may give nvidia.com/gpu.product on the pool's nodes (any one of them matches). */
  readonly gpuProducts: readonly string[];
}

/** The provisioning data of every pool of a cluster, in blueprint order (node-labels.json, Terraform outputs). */
export function poolProvisioning(pools: readonly ResolvedPool[]): PoolProvisioning[] {
  return pools.map((p) => ({
    pool: p.name,
    system: p.systemId,
    nodes: p.nodes,
    labels: sortedRecord({ ...p.labels, ...withoutGfd(p.nodeSelector) }),
    taints: p.taints.map((t) => ({ ...t })),
    selector: poolNodeSelector(p),
    gpuProducts: [...p.gpuProducts],
  }));
}

/** The selector's labels that GFD does not set (those the provisioner must stamp). */
function withoutGfd(selector: Readonly<Record<string, string>>): Record<string, string> {
  const gfd = new Set<string>(Object.values(GFD_LABELS));
  return Object.fromEntries(Object.entries(selector).filter(([k]) => !gfd.has(k)));
}
