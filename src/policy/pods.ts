// The pod template inside a workload object, and its containers with their effective security settings
// (a container's securityContext overrides its pod's, as the kubelet applies them).

export interface PodView {
  /** Annotations of the object and of its pod template, merged (the object's win). */
  readonly annotations: Readonly<Record<string, string>>;
  readonly spec: Record<string, unknown>;
}

export interface ContainerView {
  readonly name: string;
  readonly init: boolean;
  readonly image: unknown;
  readonly resources: Record<string, unknown>;
  readonly securityContext: Record<string, unknown>;
  /** runAsNonRoot after the pod's default. */
  readonly runAsNonRoot: unknown;
  /** runAsUser after the pod's default. */
  readonly runAsUser: unknown;
  readonly volumeMounts: readonly Record<string, unknown>[];
}

const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const records = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(record) : []);
const strings = (v: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(record(v)).filter((e): e is [string, string] => typeof e[1] === "string"));

/** Where each workload kind keeps its pod template. */
const TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: [],
  DaemonSet: ["spec", "template"],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

/** The pod of a workload object; undefined for objects that run no pods (Namespace, ConfigMap, ...). */
export function podOf(object: { readonly kind?: string; readonly [field: string]: unknown }): PodView | undefined {
  const at = object.kind === undefined ? undefined : TEMPLATE_PATHS[object.kind];
  if (at === undefined) return undefined;
  let template: Record<string, unknown> = record(object);
  for (const key of at) template = record(template[key]);
  const objectAnnotations = strings(record(record(object)["metadata"])["annotations"]);
  const templateAnnotations = strings(record(template["metadata"])["annotations"]);
  return { annotations: { ...templateAnnotations, ...objectAnnotations }, spec: record(template["spec"]) };
}

export function containersOf(pod: PodView): ContainerView[] {
  const podContext = record(pod.spec["securityContext"]);
  const view = (c: Record<string, unknown>, init: boolean): ContainerView => {
    const sc = record(c["securityContext"]);
    return {
      name: typeof c["name"] === "string" ? c["name"] : "(unnamed)",
      init,
      image: c["image"],
      resources: record(c["resources"]),
      securityContext: sc,
      runAsNonRoot: sc["runAsNonRoot"] ?? podContext["runAsNonRoot"],
      runAsUser: sc["runAsUser"] ?? podContext["runAsUser"],
      volumeMounts: records(c["volumeMounts"]),
    };
  };
  return [
    ...records(pod.spec["initContainers"]).map((c) => view(c, true)),
    ...records(pod.spec["containers"]).map((c) => view(c, false)),
    ...records(pod.spec["ephemeralContainers"]).map((c) => view(c, false)),
  ];
}

export function volumesOf(pod: PodView): Record<string, unknown>[] {
  return records(pod.spec["volumes"]);
}

export { record, records, strings };
