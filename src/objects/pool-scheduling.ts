// How a workload lands on a GPU pool: the pool's node labels (its own plus GPU Feature Discovery-style
// labels), the node selector that picks its nodes, and the tolerations its taints require.
// One definition, used by the kind config, the fake-GPU patches and the GPU workload templates.
import type { ResolvedPool, ResolvedTaint } from "../model/types.js";
import { DEVICE_PLUGIN_CONFIG_LABEL, GPU_RESOURCE } from "./labels.js";

export { GPU_RESOURCE };

/** Labels GPU Feature Discovery puts on GPU nodes; nvidia.com/gpu.present comes from the GPU Operator ([P] NVIDIA GPU Operator documentation). */
export const GFD_LABELS = {
  present: "nvidia.com/gpu.present",
  product: "nvidia.com/gpu.product",
  count: "nvidia.com/gpu.count",
  memoryMiB: "nvidia.com/gpu.memory",
  family: "nvidia.com/gpu.family",
  devicePluginConfig: DEVICE_PLUGIN_CONFIG_LABEL,
} as const;

/** GPU Feature Discovery labels a real node of this pool carries, with the catalog's values (sourced there; see `aifactory catalog`). */
export function gfdLabels(pool: ResolvedPool): Record<string, string> {
  return {
    [GFD_LABELS.present]: "true",
    [GFD_LABELS.product]: pool.system.gpuProduct.value,
    [GFD_LABELS.count]: String(pool.system.gpusPerNode.value),
    [GFD_LABELS.memoryMiB]: String(pool.system.gpuMemoryMiB.value),
    [GFD_LABELS.family]: pool.system.gpuFamily.value,
    [GFD_LABELS.devicePluginConfig]: pool.devicePlugin.configName,
  };
}

/** Every label a node of this pool carries: the pool's own labels, then the GFD-style ones, sorted by key. */
export function poolNodeLabels(pool: ResolvedPool): Record<string, string> {
  return sortedRecord({ ...pool.labels, ...gfdLabels(pool) });
}

/** Node selector that picks exactly this pool's nodes: its own labels (aifactory's pool labels included). */
export function poolNodeSelector(pool: ResolvedPool): Record<string, string> {
  return sortedRecord({ ...pool.labels });
}

export interface Toleration {
  readonly key: string;
  readonly operator: "Equal" | "Exists";
  readonly value?: string;
  readonly effect: ResolvedTaint["effect"];
}

/** One toleration per taint of the pool, matching it exactly. */
export function poolTolerations(pool: ResolvedPool): Toleration[] {
  return pool.taints.map((t) =>
    t.value === undefined
      ? { key: t.key, operator: "Exists", effect: t.effect }
      : { key: t.key, operator: "Equal", value: t.value, effect: t.effect },
  );
}

/** True when the node's labels carry every label of the pool's selector. */
export function nodeMatchesPool(nodeLabels: Readonly<Record<string, string>>, pool: ResolvedPool): boolean {
  return Object.entries(poolNodeSelector(pool)).every(([k, v]) => nodeLabels[k] === v);
}

function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
