// Namespaces with Pod Security Admission labels. Tenants enforce "restricted"; the device plugin's namespace is
// "privileged" because the plugin mounts a hostPath, and says so in an annotation. Tenants of a cluster that enables
// the Network Operator enforce "privileged" too, because RDMA pods add IPC_LOCK, which both "baseline" and
// "restricted" refuse; their audit and warn levels stay "restricted", so that anything else a pod asks for beyond
// "restricted" still shows up in the audit log and as a warning to whoever applies it.
import { SYSTEM_NAMESPACE } from "../model/names.js";
import type { ResolvedCluster, ResolvedTenant } from "../model/types.js";
import { PSA, PSA_REASON_ANNOTATION, TENANT_LABEL, commonLabels } from "./labels.js";
import type { INamespace } from "./types.js";

export type PodSecurityLevel = "privileged" | "baseline" | "restricted";

/** PSA policy version pinned to the cluster's minor version ("1.33" → "v1.33"), so upgrades do not tighten it silently. */
export function psaVersion(cluster: ResolvedCluster): string {
  return cluster.kubernetesVersion.startsWith("v") ? cluster.kubernetesVersion : `v${cluster.kubernetesVersion}`;
}

/**
 * Every mode pinned to the cluster's version: a mode without its -version label follows "latest"
 * ([P] kubernetes.io/docs/concepts/security/pod-security-admission), so audit and warn would tighten on upgrade even
 * where enforce does not (the Network Operator tenants warn at restricted while enforcing privileged).
 */
function psaLabels(level: PodSecurityLevel, version: string, reported: PodSecurityLevel = level): Record<string, string> {
  return {
    [PSA.enforce]: level,
    [PSA.enforceVersion]: version,
    [PSA.audit]: reported,
    [PSA.auditVersion]: version,
    [PSA.warn]: reported,
    [PSA.warnVersion]: version,
  };
}

export const DEVICE_PLUGIN_PSA_REASON =
  "privileged: the NVIDIA device plugin mounts the kubelet's device-plugins directory " +
  "(hostPath /var/lib/kubelet/device-plugins), which the baseline and restricted levels forbid";

export function devicePluginNamespace(cluster: ResolvedCluster): INamespace {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: {
      name: cluster.devicePlugin.namespace,
      labels: commonLabels(psaLabels("privileged", psaVersion(cluster))),
      annotations: { [PSA_REASON_ANNOTATION]: DEVICE_PLUGIN_PSA_REASON },
    },
  };
}

/** Namespace of aifactory's own read-only data (the capacity summary). */
export { SYSTEM_NAMESPACE };

export function systemNamespace(cluster: ResolvedCluster): INamespace {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name: SYSTEM_NAMESPACE, labels: commonLabels(psaLabels("restricted", psaVersion(cluster))) },
  };
}

export const RDMA_TENANT_PSA_REASON =
  "privileged (enforce only; audit and warn stay restricted): RDMA workloads on the NVIDIA Network Operator's fabric " +
  "add the IPC_LOCK capability to lock memory, which the baseline and restricted levels forbid";

export function tenantNamespace(cluster: ResolvedCluster, tenant: ResolvedTenant): INamespace {
  const version = psaVersion(cluster);
  if (cluster.networking.networkOperator.enabled) {
    return {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: {
        name: tenant.name,
        labels: commonLabels({ [TENANT_LABEL]: tenant.name, ...psaLabels("privileged", version, "restricted") }),
        annotations: { [PSA_REASON_ANNOTATION]: RDMA_TENANT_PSA_REASON },
      },
    };
  }
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: {
      name: tenant.name,
      labels: commonLabels({ [TENANT_LABEL]: tenant.name, ...psaLabels("restricted", version) }),
    },
  };
}
