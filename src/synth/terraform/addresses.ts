// Where each Kubernetes object lands in Terraform. Addresses are a contract with users' state: derived from the
// object's role and its blueprint key (tenant and tier names are for_each keys), never from counters or paths.
import type { ClusterObject, ObjectRole } from "../../objects/index.js";

export interface TerraformAddress {
  readonly type: string;
  readonly name: string;
  /** The for_each key, when the resource iterates over blueprint names. */
  readonly key?: string;
}

/** Resource type and name per role; roles absent here (the example Jobs) are not Terraform resources. */
const RESOURCES: Readonly<Partial<Record<ObjectRole, Omit<TerraformAddress, "key">>>> = {
  "device-plugin-namespace": { type: "kubernetes_namespace_v1", name: "device_plugin" },
  "system-namespace": { type: "kubernetes_namespace_v1", name: "aifactory_system" },
  "tenant-namespace": { type: "kubernetes_namespace_v1", name: "tenant" },
  "priority-class": { type: "kubernetes_priority_class_v1", name: "tier" },
  "device-plugin-service-account": { type: "kubernetes_service_account_v1", name: "device_plugin" },
  "device-plugin-priority-quota": { type: "kubernetes_resource_quota_v1", name: "device_plugin_critical_pods" },
  "device-plugin-configs": { type: "kubernetes_config_map_v1", name: "device_plugin_configs" },
  "device-plugin-daemon-set": { type: "kubernetes_daemon_set_v1", name: "device_plugin" },
  "device-plugin-mps-control-daemon": { type: "kubernetes_daemon_set_v1", name: "mps_control_daemon" },
  "device-plugin-deny-all": { type: "kubernetes_network_policy_v1", name: "device_plugin_deny_all" },
  "gpu-operator-cluster-policy": { type: "kubernetes_manifest", name: "gpu_operator_cluster_policy" },
  "gpu-operator-plugin-configs": { type: "kubernetes_config_map_v1", name: "gpu_operator_plugin_configs" },
  "gpu-operator-priority-quota": { type: "kubernetes_resource_quota_v1", name: "gpu_operator_critical_pods" },
  "capacity-summary": { type: "kubernetes_config_map_v1", name: "capacity_summary" },
  "tenant-quota": { type: "kubernetes_resource_quota_v1", name: "tenant_gpu" },
  "tenant-limit-range": { type: "kubernetes_limit_range_v1", name: "tenant_defaults" },
  "tenant-default-deny": { type: "kubernetes_network_policy_v1", name: "tenant_default_deny" },
  "tenant-allow-same-namespace": { type: "kubernetes_network_policy_v1", name: "tenant_allow_same_namespace" },
  "tenant-allow-dns": { type: "kubernetes_network_policy_v1", name: "tenant_allow_dns" },
  "tenant-allow-egress": { type: "kubernetes_network_policy_v1", name: "tenant_allow_egress" },
  "network-attachment-definition": { type: "kubernetes_manifest", name: "network_attachment_definition" },
  "kueue-topology": { type: "kubernetes_manifest", name: "kueue_topology" },
  "kueue-resource-flavor": { type: "kubernetes_manifest", name: "kueue_resource_flavor" },
  "kueue-cohort": { type: "kubernetes_manifest", name: "kueue_cohort" },
  "kueue-workload-priority-class": { type: "kubernetes_manifest", name: "kueue_workload_priority_class" },
  "kueue-cluster-queue": { type: "kubernetes_manifest", name: "kueue_cluster_queue" },
  "kueue-local-queue": { type: "kubernetes_manifest", name: "kueue_local_queue" },
  // gpuStack dra: a built-in object (resource.k8s.io/v1) the provider has no typed resource for.
  "dra-device-class": { type: "kubernetes_manifest", name: "dra_device_class" },
};

export function terraformAddress(o: ClusterObject): TerraformAddress {
  const resource = RESOURCES[o.role];
  if (resource === undefined) throw new Error(`objects of role ${o.role} are not Terraform resources`);
  return o.key === undefined ? resource : { ...resource, key: o.key };
}

/** `kubernetes_namespace_v1.tenant["research"]`, as Terraform prints it. */
export function formatAddress(a: TerraformAddress): string {
  return `${a.type}.${a.name}${a.key === undefined ? "" : `["${a.key}"]`}`;
}
