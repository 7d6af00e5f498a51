// Label and annotation keys aifactory writes. Keys from upstream projects carry their source.

/** Node label aifactory puts on every node of a pool (value: the pool's name); defined with the pool defaults. */
export { POOL_LABEL } from "../model/defaults.js";
/** Namespace label naming the tenant. */
export const TENANT_LABEL = "aifactory.dev/tenant";
/** Why a namespace runs at a Pod Security level below restricted. */
export const PSA_REASON_ANNOTATION = "aifactory.dev/pod-security-reason";
/**
 * Why a workload object needs an exception to the security baseline (src/policy), one annotation per exception,
 * on the object itself (a DaemonSet, a Job): the baseline accepts the exception only when its reason is recorded.
 */
export const SECURITY_REASON_ANNOTATIONS = {
  privileged: "aifactory.dev/privileged-reason",
  runAsRoot: "aifactory.dev/run-as-root-reason",
  capabilities: "aifactory.dev/capabilities-reason",
  hostPath: "aifactory.dev/host-path-reason",
  hostNamespaces: "aifactory.dev/host-namespaces-reason",
} as const;

/** [P] kubernetes.io/docs/concepts/security/pod-security-admission: namespace labels. */
export const PSA = {
  enforce: "pod-security.kubernetes.io/enforce",
  enforceVersion: "pod-security.kubernetes.io/enforce-version",
  audit: "pod-security.kubernetes.io/audit",
  auditVersion: "pod-security.kubernetes.io/audit-version",
  warn: "pod-security.kubernetes.io/warn",
  warnVersion: "pod-security.kubernetes.io/warn-version",
} as const;

/** [P] NVIDIA/k8s-device-plugin: node label selecting a named config; resource name. */
export const DEVICE_PLUGIN_CONFIG_LABEL = "nvidia.com/device-plugin.config";
export { GPU_RESOURCE, MIG_RESOURCE_PREFIX } from "../model/defaults.js";

export const MANAGED_BY = { "app.kubernetes.io/managed-by": "aifactory" } as const;

/** Labels every aifactory object carries. */
export function commonLabels(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return { ...MANAGED_BY, ...extra };
}
