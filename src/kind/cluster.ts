// What the kind helpers need from a Kubernetes cluster, as a small interface: the real implementation
// (src/kind/client.ts, @kubernetes/client-node) does the I/O; the logic around it is tested offline with a fake.
import type { IPod } from "kubernetes-models/v1/Pod";
import type { IResourceClaimTemplate } from "kubernetes-models/resource.k8s.io/v1/ResourceClaimTemplate";

export interface NodeView {
  readonly name: string;
  /** metadata.uid (owner of the node's fake ResourceSlices); undefined when unknown. */
  readonly uid?: string;
  readonly labels: Readonly<Record<string, string>>;
  /** status.capacity, undefined when the node reports none. */
  readonly capacity: Readonly<Record<string, string>> | undefined;
  readonly allocatable: Readonly<Record<string, string>> | undefined;
}

/** One RFC 6902 JSON Patch operation (only the ones aifactory sends). */
export interface JsonPatchOp {
  readonly op: "add";
  readonly path: string;
  readonly value: string | Readonly<Record<string, string>>;
}

/** A device attribute of resource.k8s.io/v1 (the kinds aifactory writes). */
export type DeviceAttributeValue = { readonly string: string } | { readonly version: string } | { readonly bool: boolean };

/** A resource.k8s.io/v1 ResourceSlice published for one node (the fields aifactory writes and reads). */
export interface ResourceSliceObject {
  readonly apiVersion: "resource.k8s.io/v1";
  readonly kind: "ResourceSlice";
  readonly metadata: {
    readonly name: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly resourceVersion?: string;
    readonly ownerReferences?: readonly { readonly apiVersion: string; readonly kind: string; readonly name: string; readonly uid: string; readonly controller?: boolean }[];
  };
  readonly spec: {
    readonly driver: string;
    readonly nodeName?: string;
    readonly pool: { readonly name: string; readonly generation: number; readonly resourceSliceCount: number };
    readonly devices: readonly {
      readonly name: string;
      readonly attributes?: Readonly<Record<string, DeviceAttributeValue>>;
      readonly capacity?: Readonly<Record<string, { readonly value: string }>>;
    }[];
  };
}

export interface ClusterPod {
  /** spec.nodeName: set once the scheduler has bound the pod. */
  readonly nodeName?: string;
  readonly phase?: string;
  /** Message of the PodScheduled=False condition, when the scheduler gave one. */
  readonly unschedulable?: string;
}

export interface KubeCluster {
  /** kubeconfig context the client talks to (named in every message). */
  readonly context: string;
  listNodes(): Promise<NodeView[]>;
  /** JSON-patches the node's status subresource. */
  patchNodeStatus(name: string, patch: readonly JsonPatchOp[]): Promise<void>;
  createPod(pod: IPod): Promise<void>;
  /** undefined when the pod does not exist. */
  readPod(namespace: string, name: string): Promise<ClusterPod | undefined>;
  /** Deletes at once (grace period 0); no error when the pod does not exist. */
  deletePod(namespace: string, name: string): Promise<void>;
  /** resource.k8s.io/v1 ResourceSlices matching the label selector. */
  listResourceSlices(labelSelector: string): Promise<ResourceSliceObject[]>;
  createResourceSlice(slice: ResourceSliceObject): Promise<void>;
  /** Replaces the slice of that name (metadata.resourceVersion as read). */
  replaceResourceSlice(slice: ResourceSliceObject): Promise<void>;
  createResourceClaimTemplate(template: IResourceClaimTemplate): Promise<void>;
  /** No error when the template does not exist. */
  deleteResourceClaimTemplate(namespace: string, name: string): Promise<void>;
}
