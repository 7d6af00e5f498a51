// The plain Kubernetes objects aifactory emits, typed with kubernetes-models' interfaces (type-only imports:
// nothing of kubernetes-models is loaded at run time).
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { ILimitRange } from "kubernetes-models/v1/LimitRange";
import type { INamespace } from "kubernetes-models/v1/Namespace";
import type { IResourceQuota } from "kubernetes-models/v1/ResourceQuota";
import type { IServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import type { IDaemonSet } from "kubernetes-models/apps/v1/DaemonSet";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { IPriorityClass } from "kubernetes-models/scheduling.k8s.io/v1/PriorityClass";
import type { IClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole";
import type { IClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";

export type {
  IConfigMap,
  ILimitRange,
  INamespace,
  IResourceQuota,
  IServiceAccount,
  IDaemonSet,
  INetworkPolicy,
  IPriorityClass,
  IClusterRole,
  IClusterRoleBinding,
};

/** An object of a kind kubernetes-models does not know (custom resources such as NetworkAttachmentDefinition). */
export interface CustomObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly [field: string]: unknown;
}

/** A plain Kubernetes object: apiVersion, kind, metadata, ... */
export type KubeObject =
  | INamespace
  | IConfigMap
  | IServiceAccount
  | IResourceQuota
  | ILimitRange
  | INetworkPolicy
  | IPriorityClass
  | IClusterRole
  | IClusterRoleBinding
  | IDaemonSet
  | CustomObject;

/** Where the object lands in Terraform: resource type, resource name, and the for_each key when the resource iterates. */
export interface TerraformAddress {
  readonly type: string;
  readonly name: string;
  readonly key?: string;
}

export interface ClusterObject {
  readonly object: KubeObject;
  readonly tf: TerraformAddress;
  /** Name of the CRD the object needs (emitted apart, only when the blueprint says the CRD is present). */
  readonly requiresCrd?: string;
}

export interface BuildOptions {
  /**
   * "kind": the kind workflow, where nodes have no GPUs (the device plugin idles instead of failing).
   * @default "default"
   */
  readonly profile?: "default" | "kind";
}
