// Kubernetes rules: tenant quotas, device plugin settings, priority tiers.
import type { ResolvedCluster, ResolvedFactory } from "../model/types.js";
import { clusterResources } from "../model/device-plugin.js";
import { clustersOf, poolsOf } from "../model/walk.js";
import { GPU_OPERATOR_RULES } from "./gpu-operator.js";
import { GPU_STACK_RULES } from "./gpu-stack.js";
import { DRA_RULES } from "./dra.js";
import { LIMIT_RULES } from "./limits.js";
import { POOL_RULES } from "./pools.js";
import { finding, fmt, q, registered, type Rule } from "./rule.js";


/** The unit tenant quotas are in: GPUs when each GPU is one advertised unit, else advertised units. */
function quotaUnit(c: ResolvedCluster): "GPUs" | "advertised units" {
  return c.advertisedGpus === c.totals.gpus && clusterResources(c.pools).length === 1 ? "GPUs" : "advertised units";
}

/** "88 GPUs" or "136 advertised units (nvidia.com/gpu; 88 GPUs; MIG instances and time-slicing/MPS replicas counted)". */
function capacity(c: ResolvedCluster): string {
  if (quotaUnit(c) === "GPUs") return `${fmt(c.totals.gpus, 0)} GPUs`;
  const names = clusterResources(c.pools).filter((r) => r.units > 0).map((r) => r.name).join(", ");
  return `${fmt(c.advertisedGpus, 0)} advertised units (${names}; ${fmt(c.totals.gpus, 0)} GPUs; MIG instances and time-slicing/MPS replicas counted)`;
}

/** What adding `units` advertised units means in GPUs: the same number without sharing, fewer with replicas. */
function addCapacity(c: ResolvedCluster, units: number): string {
  if (c.advertisedGpus === c.totals.gpus || c.totals.gpus === 0) return `${fmt(units, 0)} GPUs`;
  const perGpu = c.advertisedGpus / c.totals.gpus;
  return `${fmt(units, 0)} advertised units, about ${fmt(Math.ceil(units / perGpu), 0)} GPUs at ${fmt(perGpu, 1)} units per GPU`;
}

export const quotaSum: Rule = {
  ...registered("AIF-K001"),
  check: (m) =>
    clustersOf(m).flatMap((c) => {
      const sum = c.tenants.reduce((n, t) => n + t.gpuQuota, 0);
      if (sum <= c.advertisedGpus) return [];
      const largest = [...c.tenants].sort((a, b) => b.gpuQuota - a.gpuQuota)[0];
      const excess = sum - c.advertisedGpus;
      const hint =
        largest !== undefined && largest.gpuQuota >= excess
          ? `lower tenant ${largest.name} ${largest.quotaFrom === "gpuShare" ? "gpuShare" : "gpuQuota"} to ${largest.quotaFrom === "gpuShare" ? fmt((largest.gpuQuota - excess) / Math.max(1, c.advertisedGpus), 3) : fmt(largest.gpuQuota - excess, 0)}`
          : `lower the tenants' quotas by ${fmt(excess, 0)}`;
      return [
        finding(quotaSum, {
          path: [...c.path, "tenants"],
          message: `cluster ${c.name}: tenant quotas add up to ${fmt(sum, 0)} ${quotaUnit(c)}, the cluster has ${capacity(c)}`,
          measured: q(sum, quotaUnit(c)),
          limit: q(c.advertisedGpus, quotaUnit(c)),
          fix: `${hint}, or add capacity to cluster ${c.name}: ${addCapacity(c, excess)}`,
        }),
      ];
    }),
};

export const shareSum: Rule = {
  ...registered("AIF-K002"),
  check: (m) =>
    clustersOf(m).flatMap((c) => {
      const shared = c.tenants.filter((t) => t.gpuShare !== undefined);
      const sum = shared.reduce((n, t) => n + (t.gpuShare ?? 0), 0);
      if (sum <= 1 + 1e-9) return [];
      return [
        finding(shareSum, {
          path: [...c.path, "tenants"],
          message: `cluster ${c.name}: tenant shares add up to ${fmt(sum, 3)} (${shared.map((t) => `${t.name} ${t.gpuShare}`).join(", ")})`,
          measured: q(sum, "share"),
          limit: q(1, "share"),
          fix: `lower the shares by ${fmt(sum - 1, 3)} in total so that they add up to 1 or less`,
        }),
      ];
    }),
};

export const migUnsupported: Rule = {
  ...registered("AIF-K003"),
  check: (m) =>
    poolsOf(m)
      .filter((p) => p.devicePlugin.migStrategy !== "none" && p.system.migInstancesPerGpu.value === 0)
      .map((p) =>
        finding(migUnsupported, {
          path: [...p.path, "devicePlugin", "migStrategy"],
          message: `pool ${p.cluster}/${p.name}: migStrategy ${p.devicePlugin.migStrategy} on ${p.system.displayName}, whose GPUs have no MIG`,
          fix: `set migStrategy to none on pool ${p.name}`,
        }),
      ),
};

export const migUnconfirmed: Rule = {
  ...registered("AIF-K004"),
  check: (m) =>
    poolsOf(m)
      .filter((p) => p.devicePlugin.migStrategy !== "none" && p.system.migInstancesPerGpu.value > 0 && p.system.migInstancesPerGpu.confidence === "unconfirmed")
      .map((p) =>
        finding(migUnconfirmed, {
          path: [...p.path, "devicePlugin", "migStrategy"],
          message: `pool ${p.cluster}/${p.name}: migStrategy ${p.devicePlugin.migStrategy} on ${p.system.displayName}, whose MIG support is unconfirmed (${p.system.migInstancesPerGpu.source})`,
          fix: `confirm MIG support for ${p.system.displayName} before relying on it, or set migStrategy to none`,
        }),
      ),
};

export const sharingExclusive: Rule = {
  ...registered("AIF-K005"),
  check: (m) =>
    poolsOf(m)
      .filter((p) => p.devicePlugin.timeSlicingReplicas !== undefined && p.devicePlugin.mpsReplicas !== undefined)
      .map((p) =>
        finding(sharingExclusive, {
          path: [...p.path, "devicePlugin", "sharing"],
          message: `pool ${p.cluster}/${p.name}: both timeSlicingReplicas ${p.devicePlugin.timeSlicingReplicas} and mpsReplicas ${p.devicePlugin.mpsReplicas} are set`,
          fix: `keep either timeSlicingReplicas or mpsReplicas on pool ${p.name}`,
        }),
      ),
};

export const mpsWithMig: Rule = {
  ...registered("AIF-K006"),
  check: (m) =>
    poolsOf(m)
      .filter((p) => p.devicePlugin.mpsReplicas !== undefined && p.devicePlugin.migStrategy !== "none")
      .map((p) =>
        finding(mpsWithMig, {
          path: [...p.path, "devicePlugin", "sharing", "mpsReplicas"],
          message: `pool ${p.cluster}/${p.name}: mpsReplicas ${p.devicePlugin.mpsReplicas} with migStrategy ${p.devicePlugin.migStrategy}`,
          fix: `set migStrategy to none or use timeSlicingReplicas instead of mpsReplicas on pool ${p.name}`,
        }),
      ),
};

export const tierValuesUnique: Rule = {
  ...registered("AIF-K007"),
  check: (m) =>
    clustersOf(m).flatMap((c) => {
      // The first tier of each value, indexed once (a findIndex per tier was quadratic in tiers).
      const firstOfValue = new Map<number, number>();
      c.priorityTiers.forEach((t, i) => {
        if (!firstOfValue.has(t.value)) firstOfValue.set(t.value, i);
      });
      return c.priorityTiers.flatMap((t, i) => {
        const first = firstOfValue.get(t.value) ?? i;
        if (first === i) return [];
        const other = c.priorityTiers[first]!;
        return [
          finding(tierValuesUnique, {
            path: [...t.path, "value"],
            message: `cluster ${c.name}: priority tier ${t.name} has value ${t.value}, as tier ${other.name} does`,
            fix: `give tier ${t.name} a value different from ${t.value} (e.g. ${t.value - 1})`,
          }),
        ];
      });
    }),
};

export const tenantWithoutQuota: Rule = {
  ...registered("AIF-K008"),
  check: (m) =>
    clustersOf(m).flatMap((c) =>
      c.tenants
        .filter((t) => t.quotaFrom === "none")
        .map((t) =>
          finding(tenantWithoutQuota, {
            path: t.path,
            message: `cluster ${c.name}: tenant ${t.name} gives neither gpuQuota nor gpuShare (its quota resolves to 0 GPUs)`,
            fix: `add gpuQuota: N or gpuShare: 0.x to tenant ${t.name}`,
          }),
        ),
    ),
};

/**
 * Oldest Kubernetes minor aifactory's objects work on: Pod Security Admission, whose namespace labels every emitted
 * namespace carries, is stable from 1.25 ([P] kubernetes.io/docs/concepts/security/pod-security-admission).
 */
export const MIN_KUBERNETES_MINOR = 25;

export const kubernetesVersionSupported: Rule = {
  ...registered("AIF-K009"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => Number(c.kubernetesVersion.split(".")[1]) < MIN_KUBERNETES_MINOR)
      .map((c) =>
        finding(kubernetesVersionSupported, {
          path: [...c.path, "kubernetesVersion"],
          message: `cluster ${c.name}: Kubernetes ${c.kubernetesVersion} has no stable Pod Security Admission, which every emitted namespace relies on (stable from 1.${MIN_KUBERNETES_MINOR})`,
          measured: q(Number(c.kubernetesVersion.split(".")[1]), "minor version"),
          limit: q(MIN_KUBERNETES_MINOR, "minor version"),
          fix: `upgrade cluster ${c.name} to Kubernetes 1.${MIN_KUBERNETES_MINOR} or later and set kubernetesVersion accordingly`,
        }),
      ),
};

export const KUBERNETES_RULES: readonly Rule[] = [
  quotaSum,
  shareSum,
  migUnsupported,
  migUnconfirmed,
  sharingExclusive,
  mpsWithMig,
  tierValuesUnique,
  tenantWithoutQuota,
  kubernetesVersionSupported,
  ...POOL_RULES,
  ...LIMIT_RULES,
  ...GPU_STACK_RULES,
  ...DRA_RULES,
  ...GPU_OPERATOR_RULES,
];
