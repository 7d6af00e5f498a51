// Per tenant: a GPU quota sized from the blueprint, container defaults, and a default-deny network policy.
import type { ResolvedTenant } from "../model/types.js";
import { GPU_RESOURCE, TENANT_LABEL, commonLabels } from "./labels.js";
import type { ILimitRange, INetworkPolicy, IResourceQuota } from "./types.js";

/** [P] kubernetes.io/docs/concepts/policy/resource-quotas: extended resources are quota'd as requests.<name> only. */
export const GPU_QUOTA_KEY = `requests.${GPU_RESOURCE}`;

function labels(tenant: ResolvedTenant): Record<string, string> {
  return commonLabels({ [TENANT_LABEL]: tenant.name });
}

export function tenantQuota(tenant: ResolvedTenant): IResourceQuota {
  return {
    apiVersion: "v1",
    kind: "ResourceQuota",
    metadata: { name: "gpu-quota", namespace: tenant.name, labels: labels(tenant) },
    spec: { hard: { [GPU_QUOTA_KEY]: String(tenant.gpuQuota) } },
  };
}

/**
 * Defaults for containers that state no resources, so that every pod in the namespace is sized.
 * The figures are aifactory's defaults (not from a vendor); tenants override them per container.
 */
export function tenantLimitRange(tenant: ResolvedTenant): ILimitRange {
  return {
    apiVersion: "v1",
    kind: "LimitRange",
    metadata: { name: "container-defaults", namespace: tenant.name, labels: labels(tenant) },
    spec: {
      limits: [
        {
          type: "Container",
          default: { cpu: "1", memory: "2Gi" },
          defaultRequest: { cpu: "100m", memory: "256Mi" },
        },
      ],
    },
  };
}

/** Selects every pod and allows nothing: tenants open what they need with their own policies. */
export function tenantDefaultDeny(tenant: ResolvedTenant): INetworkPolicy {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "default-deny", namespace: tenant.name, labels: labels(tenant) },
    spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
  };
}
