// The one definition of every Kubernetes object of a cluster. Terraform (src/synth/terraform) and the YAML
// manifests (src/synth/kubernetes) both render these, so the two outputs cannot drift apart.
import type { ResolvedCluster, ResolvedFactory } from "../../../model/types.js";
import { capacitySummary } from "./capacity-summary.js";
import {
  devicePluginClusterRole,
  devicePluginClusterRoleBinding,
  devicePluginConfigMap,
  devicePluginDaemonSet,
  devicePluginServiceAccount,
} from "./device-plugin.js";
import { devicePluginNamespace, systemNamespace, tenantNamespace } from "./namespaces.js";
import { networkOperatorObjects } from "./network-operator.js";
import { priorityClass } from "./priority-classes.js";
import { tenantDefaultDeny, tenantLimitRange, tenantQuota } from "./tenants.js";
import type { BuildOptions, ClusterObject } from "./types.js";

export type * from "./types.js";
export * from "./labels.js";

/**
 * Every object of the cluster, in apply order: namespaces first, then cluster-scoped objects, then namespaced ones.
 * Terraform addresses are derived from blueprint names (tenant and tier names are for_each keys), so adding a pool
 * or a tenant never renames the resources of the others.
 */
export function buildClusterObjects(
  model: ResolvedFactory,
  cluster: ResolvedCluster,
  options: BuildOptions = {},
): ClusterObject[] {
  const profile = options.profile ?? "default";
  const tenants = cluster.tenants;
  return [
    { object: devicePluginNamespace(cluster), tf: { type: "kubernetes_namespace_v1", name: "device_plugin" } },
    { object: systemNamespace(cluster), tf: { type: "kubernetes_namespace_v1", name: "aifactory_system" } },
    ...tenants.map((t) => ({
      object: tenantNamespace(cluster, t),
      tf: { type: "kubernetes_namespace_v1", name: "tenant", key: t.name },
    })),
    ...cluster.priorityTiers.map((tier) => ({
      object: priorityClass(tier),
      tf: { type: "kubernetes_priority_class_v1", name: "tier", key: tier.name },
    })),
    { object: devicePluginClusterRole(), tf: { type: "kubernetes_cluster_role_v1", name: "device_plugin" } },
    {
      object: devicePluginClusterRoleBinding(cluster),
      tf: { type: "kubernetes_cluster_role_binding_v1", name: "device_plugin" },
    },
    {
      object: devicePluginServiceAccount(cluster),
      tf: { type: "kubernetes_service_account_v1", name: "device_plugin" },
    },
    {
      object: devicePluginConfigMap(cluster, profile),
      tf: { type: "kubernetes_config_map_v1", name: "device_plugin_configs" },
    },
    { object: devicePluginDaemonSet(cluster), tf: { type: "kubernetes_daemon_set_v1", name: "device_plugin" } },
    { object: capacitySummary(cluster), tf: { type: "kubernetes_config_map_v1", name: "capacity_summary" } },
    ...tenants.map((t) => ({
      object: tenantQuota(t),
      tf: { type: "kubernetes_resource_quota_v1", name: "tenant_gpu", key: t.name },
    })),
    ...tenants.map((t) => ({
      object: tenantLimitRange(t),
      tf: { type: "kubernetes_limit_range_v1", name: "tenant_defaults", key: t.name },
    })),
    ...tenants.map((t) => ({
      object: tenantDefaultDeny(t),
      tf: { type: "kubernetes_network_policy_v1", name: "tenant_default_deny", key: t.name },
    })),
    ...networkOperatorObjects(model, cluster),
  ];
}
