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
import type { IJob } from "kubernetes-models/batch/v1/Job";
import type { IDeviceClass } from "kubernetes-models/resource.k8s.io/v1/DeviceClass";
import type { IResourceClaimTemplate } from "kubernetes-models/resource.k8s.io/v1/ResourceClaimTemplate";
import type { DocPath } from "../findings/finding.js";

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
  IJob,
  IDeviceClass,
  IResourceClaimTemplate,
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
  | IJob
  | IDeviceClass
  | IResourceClaimTemplate
  | CustomObject;

/**
 * What an object is for, the same in every run: renderers key their own addressing on it (Terraform resource
 * names, for instance, belong to src/synth/terraform).
 */
export type ObjectRole =
  | "device-plugin-namespace"
  | "system-namespace"
  | "tenant-namespace"
  | "priority-class"
  | "device-plugin-service-account"
  | "device-plugin-configs"
  | "device-plugin-priority-quota"
  | "device-plugin-daemon-set"
  | "device-plugin-mps-control-daemon"
  | "device-plugin-deny-all"
  | "gpu-operator-cluster-policy"
  | "gpu-operator-plugin-configs"
  | "gpu-operator-priority-quota"
  | "capacity-summary"
  | "tenant-quota"
  | "tenant-limit-range"
  | "tenant-default-deny"
  | "tenant-allow-same-namespace"
  | "tenant-allow-dns"
  | "tenant-allow-egress"
  | "network-attachment-definition"
  | "kueue-topology"
  | "kueue-resource-flavor"
  | "kueue-cohort"
  | "kueue-workload-priority-class"
  | "kueue-cluster-queue"
  | "kueue-local-queue"
  | "dra-device-class"
  | "example-gpu-claim-template"
  | "example-compute-domain"
  | "example-gpu-job";

export interface ClusterObject {
  readonly object: KubeObject;
  readonly role: ObjectRole;
  /** Which one of its role, from blueprint names (a tenant, a tier, "namespace/rail"); absent when a cluster has one. */
  readonly key?: string;
  /** The blueprint element it comes from (the tenant, tier, pool, devicePlugin, networking or the cluster). */
  readonly origin: DocPath;
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
