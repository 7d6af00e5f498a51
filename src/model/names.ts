// Names aifactory derives from blueprint names, in one place: the objects use them, and the rules check that
// they cannot collide (AIF-R016..R018).

/** Kubernetes' limit for a DNS-1123 label (namespaces, Job names, whose pods carry the name as a label value). */
export const DNS_LABEL_MAX = 63;

/** `prefix + name`, cut to a DNS label: two long names can become one, which AIF-R018 reports. */
export function derivedLabelName(prefix: string, name: string): string {
  return `${prefix}${name}`.slice(0, DNS_LABEL_MAX).replace(/-+$/, "");
}

export const EXAMPLE_JOB_PREFIX = "gpu-example-";
export const SMOKE_POD_PREFIX = "aifactory-smoke-";

/** The example GPU Job of a pool. */
export function exampleJobName(pool: string): string {
  return derivedLabelName(EXAMPLE_JOB_PREFIX, pool);
}

/** The kind smoke pod of a pool. */
export function smokePodName(pool: string): string {
  return derivedLabelName(SMOKE_POD_PREFIX, pool);
}

/** The namespace of aifactory's own objects (the capacity summary). */
export const SYSTEM_NAMESPACE = "aifactory-system";

/**
 * Why a tenant (a namespace) may not have this name, or undefined when it may. [P] kubernetes.io/docs/concepts/
 * overview/working-with-objects/namespaces: `default` and the `kube-` prefix are Kubernetes' own.
 */
export function reservedNamespaceReason(name: string, devicePluginNamespace: string): string | undefined {
  if (name === devicePluginNamespace) return `it is the device plugin's namespace (devicePlugin.namespace)`;
  if (name === SYSTEM_NAMESPACE) return "it is aifactory's own namespace (the capacity summary)";
  if (name === "default") return "`default` is Kubernetes' namespace for objects without one";
  if (name.startsWith("kube-")) return "the `kube-` prefix is reserved for Kubernetes' own namespaces";
  return undefined;
}

/** [P] kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption: the API server refuses PriorityClass names with this prefix. */
export const RESERVED_PRIORITY_CLASS_PREFIX = "system-";
