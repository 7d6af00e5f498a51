// What the baseline walks: every object aifactory emits for a blueprint (the cluster objects that Terraform and the
// YAML manifests both render, and the example GPU workloads), each at the blueprint element it was built from.
import type { DocPath } from "../findings/finding.js";
import type { ResolvedCluster } from "../model/types.js";
import type { ClusterObjects, ObjectRole } from "../objects/index.js";

/** A Kubernetes object as plain data; the baseline reads it field by field, whatever its kind. */
export interface PlainObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly [field: string]: unknown;
}

export interface EmittedObject {
  readonly object: PlainObject;
  /** The cluster it is applied to. */
  readonly cluster: ResolvedCluster;
  /** The blueprint element it comes from: the tenant, the pool, the cluster's devicePlugin or networking, or the cluster. */
  readonly path: DocPath;
  /** What the object is for (its builder's role), when it was built by aifactory. */
  readonly role?: ObjectRole;
}

/** "DaemonSet nvidia-device-plugin/nvidia-device-plugin-daemonset" */
export function describeObject(o: PlainObject): string {
  const ns = o.metadata?.namespace;
  return `${o.kind ?? "object"} ${ns === undefined ? "" : `${ns}/`}${o.metadata?.name ?? "(unnamed)"}`;
}

/** Every object emitted for the model, clusters in blueprint order, each cluster's objects in apply order, then its
 * example Jobs; each at the blueprint element its builder recorded. */
export function emittedObjects(factory: readonly ClusterObjects[]): EmittedObject[] {
  const out: EmittedObject[] = [];
  for (const { cluster, objects, examples } of factory) {
    for (const o of [...objects, ...examples]) out.push({ object: o.object as PlainObject, cluster, path: o.origin, role: o.role });
  }
  return out;
}
