// What the baseline walks: every object aifactory emits for a blueprint (the cluster objects that Terraform and the
// YAML manifests both render, and the example GPU workloads), each with the blueprint element it comes from.
import type { DocPath } from "../findings/finding.js";
import type { ResolvedCluster, ResolvedFactory } from "../model/types.js";
import { buildClusterObjects, TENANT_LABEL } from "../synth/kubernetes/objects/index.js";
import { exampleGpuJob } from "../synth/kubernetes/workloads.js";

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
}

/** "DaemonSet nvidia-device-plugin/nvidia-device-plugin-daemonset" */
export function describeObject(o: PlainObject): string {
  const ns = o.metadata?.namespace;
  return `${o.kind ?? "object"} ${ns === undefined ? "" : `${ns}/`}${o.metadata?.name ?? "(unnamed)"}`;
}

function originPath(cluster: ResolvedCluster, object: PlainObject): DocPath {
  const tenantName = object.metadata?.labels?.[TENANT_LABEL];
  const tenant = cluster.tenants.find((t) => t.name === tenantName);
  if (tenant) return tenant.path;
  const tier = object.kind === "PriorityClass" ? cluster.priorityTiers.find((t) => t.name === object.metadata?.name) : undefined;
  if (tier) return tier.path;
  const ns = object.kind === "Namespace" ? object.metadata?.name : object.metadata?.namespace;
  if (ns !== undefined && ns === cluster.devicePlugin.namespace) return [...cluster.path, "devicePlugin"];
  if (object.apiVersion?.startsWith("k8s.cni.cncf.io/")) return [...cluster.path, "networking"];
  return cluster.path;
}

/** Every object emitted for the model, clusters in blueprint order, each cluster's objects in apply order. */
export function emittedObjects(model: ResolvedFactory): EmittedObject[] {
  const out: EmittedObject[] = [];
  for (const site of model.sites) {
    for (const cluster of site.clusters) {
      for (const { object } of buildClusterObjects(model, cluster)) {
        const plain = object as PlainObject;
        out.push({ object: plain, cluster, path: originPath(cluster, plain) });
      }
      for (const pool of cluster.pools) out.push({ object: exampleGpuJob(cluster, pool) as PlainObject, cluster, path: pool.path });
    }
  }
  return out;
}
