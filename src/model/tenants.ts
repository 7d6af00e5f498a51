// Tenants and priority tiers of a cluster: quotas from counts or shares of the advertised GPU units.
import type { Cluster, Tenant } from "../blueprint/generated/blueprint-types.js";
import type { DocPath } from "../findings/finding.js";
import type { ResolvedCluster, ResolvedTenant } from "./types.js";

export function resolveTenants(cluster: Cluster, clusterUnits: number, path: DocPath): ResolvedTenant[] {
  return (cluster.tenants ?? []).map((t, i) => resolveTenant(t, clusterUnits, [...path, "tenants", i]));
}

function resolveTenant(t: Tenant, clusterUnits: number, path: DocPath): ResolvedTenant {
  const egressCIDRs = [...(t.egressCIDRs ?? [])];
  if (t.gpuQuota !== undefined) return { name: t.name, gpuQuota: t.gpuQuota, quotaFrom: "gpuQuota", egressCIDRs, path };
  if (t.gpuShare !== undefined) {
    // Floor: a share never grants more than its part of the advertised nvidia.com/gpu units.
    return { name: t.name, gpuQuota: Math.floor(t.gpuShare * clusterUnits + 1e-9), gpuShare: t.gpuShare, quotaFrom: "gpuShare", egressCIDRs, path };
  }
  return { name: t.name, gpuQuota: 0, quotaFrom: "none", egressCIDRs, path };
}

/** Priority tiers; preemption defaults to on, as for a Kubernetes PriorityClass. */
export function resolvePriorityTiers(cluster: Cluster, path: DocPath): ResolvedCluster["priorityTiers"] {
  return (cluster.priorityTiers ?? []).map((t, i) => ({
    name: t.name,
    value: t.value,
    preemption: t.preemption ?? true,
    ...(t.description !== undefined ? { description: t.description } : {}),
    path: [...path, "priorityTiers", i],
  }));
}
