// Per tenant: a GPU quota sized from the blueprint, container defaults, and a default-deny network policy.
import { clusterResources } from "../model/device-plugin.js";
import type { ResolvedCluster, ResolvedTenant } from "../model/types.js";
import { GPU_RESOURCE, TENANT_LABEL, commonLabels } from "./labels.js";
import type { ILimitRange, INetworkPolicy, IResourceQuota } from "./types.js";
import { canonicalQuantity } from "./quantity.js";
import { DRA_DEVICE_CLASS, NVIDIA_GPU_DEVICE_CLASSES, deviceClassQuotaKey, usesDra } from "./dra.js";

/** [P] kubernetes.io/docs/concepts/policy/resource-quotas: extended resources are quota'd as requests.<name> only. */
export const GPU_QUOTA_KEY = `requests.${GPU_RESOURCE}`;

function labels(tenant: ResolvedTenant): Record<string, string> {
  return commonLabels({ [TENANT_LABEL]: tenant.name });
}

/**
 * The tenant's quota on every GPU resource the cluster's pools advertise: a resource a ResourceQuota does not name
 * is not limited at all, so MIG resources (nvidia.com/mig-<profile>) need their own entry. The tenant's quota is in
 * advertised units (GPUs, MIG instances, sharing replicas: what AIF-K001 adds up); it is shared out over the
 * resources pro rata to what the cluster advertises of each, rounded down. Without MIG that is exactly gpuQuota on
 * nvidia.com/gpu.
 */
export function tenantQuotaHard(cluster: Pick<ResolvedCluster, "pools" | "gpuStack">, tenant: Pick<ResolvedTenant, "gpuQuota">): Record<string, string> {
  if (usesDra(cluster)) return draQuotaHard(tenant);
  const resources = clusterResources(cluster.pools);
  const total = resources.reduce((n, r) => n + r.units, 0);
  const hard: Record<string, string> = {};
  for (const r of resources) {
    const units = total === 0 ? (r.name === GPU_RESOURCE ? tenant.gpuQuota : 0) : r.units === total ? tenant.gpuQuota : Math.floor((tenant.gpuQuota * r.units) / total);
    hard[`requests.${r.name}`] = canonicalQuantity(units);
  }
  return hard;
}

/**
 * Under DRA: the tenant's GPUs as devices of aifactory's class (ResourceQuota charges each claim's device count, so a
 * tenant's claims hold at most gpuQuota GPUs at once), the GPU classes of NVIDIA's driver at 0 (a claim naming one of
 * them would take GPUs outside the quota), and the extended resource nvidia.com/gpu at 0 (no device plugin advertises
 * it; with Kubernetes' alpha DRAExtendedResource gate the driver's gpu.nvidia.com class maps it, and a pod requesting
 * it is charged requests.nvidia.com/gpu by the pod's own quota evaluator).
 */
function draQuotaHard(tenant: Pick<ResolvedTenant, "gpuQuota">): Record<string, string> {
  const hard: Record<string, string> = { [deviceClassQuotaKey(DRA_DEVICE_CLASS)]: canonicalQuantity(tenant.gpuQuota) };
  for (const c of NVIDIA_GPU_DEVICE_CLASSES) hard[deviceClassQuotaKey(c)] = "0";
  hard[GPU_QUOTA_KEY] = "0";
  return hard;
}

export function tenantQuota(cluster: Pick<ResolvedCluster, "pools" | "gpuStack">, tenant: ResolvedTenant): IResourceQuota {
  return {
    apiVersion: "v1",
    kind: "ResourceQuota",
    metadata: { name: "gpu-quota", namespace: tenant.name, labels: labels(tenant) },
    spec: { hard: tenantQuotaHard(cluster, tenant) },
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

/** A NetworkPolicy of the tenant's namespace: every tenant policy differs only in its name and spec. */
function tenantPolicy(tenant: ResolvedTenant, name: string, spec: INetworkPolicy["spec"]): INetworkPolicy {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name, namespace: tenant.name, labels: labels(tenant) },
    spec,
  };
}

/**
 * Selects every pod and allows nothing by itself; the policies below open what training needs (NetworkPolicies are
 * additive: a flow is allowed when any policy selecting the pod allows it).
 */
export function tenantDefaultDeny(tenant: ResolvedTenant): INetworkPolicy {
  return tenantPolicy(tenant, "default-deny", { podSelector: {}, policyTypes: ["Ingress", "Egress"] });
}

/**
 * The cluster DNS: CoreDNS keeps the kube-dns Service's pod label k8s-app=kube-dns in kube-system
 * ([P] kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution), and every namespace carries the
 * immutable label kubernetes.io/metadata.name ([P] kubernetes.io/docs/concepts/services-networking/network-policies,
 * "Targeting a Namespace by its name").
 */
export const CLUSTER_DNS = {
  namespaceLabel: "kubernetes.io/metadata.name",
  namespace: "kube-system",
  podLabels: { "k8s-app": "kube-dns" },
  port: 53,
} as const;

/**
 * Every pod of the namespace may reach and be reached by every other pod of it, on any port: multi-node training
 * (NCCL bootstrap, torch.distributed rendezvous, MPI) opens ports between the pods of one job. A peer with only a
 * podSelector is the policy's own namespace.
 */
export function tenantAllowSameNamespace(tenant: ResolvedTenant): INetworkPolicy {
  return tenantPolicy(tenant, "allow-same-namespace", {
    podSelector: {},
    policyTypes: ["Ingress", "Egress"],
    ingress: [{ from: [{ podSelector: {} }] }],
    egress: [{ to: [{ podSelector: {} }] }],
  });
}

/** DNS lookups to the cluster DNS only (UDP and TCP 53: TCP for answers too large for UDP). */
export function tenantAllowDns(tenant: ResolvedTenant): INetworkPolicy {
  return tenantPolicy(tenant, "allow-cluster-dns", {
    podSelector: {},
    policyTypes: ["Egress"],
    egress: [
      {
        to: [
          {
            namespaceSelector: { matchLabels: { [CLUSTER_DNS.namespaceLabel]: CLUSTER_DNS.namespace } },
            podSelector: { matchLabels: { ...CLUSTER_DNS.podLabels } },
          },
        ],
        ports: [
          { protocol: "UDP", port: CLUSTER_DNS.port },
          { protocol: "TCP", port: CLUSTER_DNS.port },
        ],
      },
    ],
  });
}

/** Egress to the CIDRs the blueprint opens for the tenant (storage, registries), any port; undefined when none. */
export function tenantAllowEgress(tenant: ResolvedTenant): INetworkPolicy | undefined {
  if (tenant.egressCIDRs.length === 0) return undefined;
  return tenantPolicy(tenant, "allow-egress-cidrs", {
    podSelector: {},
    policyTypes: ["Egress"],
    egress: [{ to: tenant.egressCIDRs.map((cidr) => ({ ipBlock: { cidr } })) }],
  });
}
