// The one definition of every Kubernetes object of a cluster. The security baseline (src/policy), Terraform
// (src/synth/terraform) and the YAML manifests (src/synth/kubernetes) all read these, so they cannot drift apart.
import type { ResolvedCluster, ResolvedFactory, ResolvedTenant } from "../model/types.js";
import { capacitySummary } from "./capacity-summary.js";
import {
  devicePluginConfigMap,
  devicePluginDaemonSet,
  devicePluginNetworkPolicy,
  devicePluginPriorityQuota,
  devicePluginServiceAccount,
} from "./device-plugin.js";
import {
  COMPUTE_DOMAIN_CRD,
  computeDomain,
  draDeviceClass,
  exampleClaimNames,
  exampleGpusPerPod,
  gpuClaimTemplate,
  multiNodeNvlink,
  usesDra,
} from "./dra.js";
import { clusterPolicy, CLUSTER_POLICY_CRD, operatorPluginConfigMap, operatorPriorityQuota } from "./gpu-operator.js";
import { kueueObjects, queuedJob } from "./kueue.js";
import { mpsControlDaemonSet } from "./mps-control-daemon.js";
import { devicePluginNamespace, systemNamespace, tenantNamespace } from "./namespaces.js";
import { networkOperatorObjects } from "./network-operator.js";
import { priorityClass } from "./priority-classes.js";
import { tenantAllowDns, tenantAllowEgress, tenantAllowSameNamespace, tenantDefaultDeny, tenantLimitRange, tenantQuota } from "./tenants.js";
import type { BuildOptions, ClusterObject, KubeObject, ObjectRole } from "./types.js";
import { exampleGpuJob, exampleNamespace } from "./workloads.js";

export type * from "./types.js";
export * from "./labels.js";

/**
 * Every object of the cluster, in apply order: namespaces first, then cluster-scoped objects, then namespaced ones.
 * Each records its role and the blueprint element it comes from; per-element objects are keyed by blueprint names
 * (tenant, tier), so adding a pool or a tenant never renames the objects of the others.
 */
export function buildClusterObjects(
  model: ResolvedFactory,
  cluster: ResolvedCluster,
  options: BuildOptions = {},
): ClusterObject[] {
  const profile = options.profile ?? "default";
  const tenants = cluster.tenants;
  const plugin = [...cluster.path, "devicePlugin"];
  const staticPlugin = cluster.gpuStack === "device-plugin";
  const perTenant = (role: ObjectRole, build: (t: ResolvedTenant) => KubeObject): ClusterObject[] =>
    tenants.map((t) => ({ object: build(t), role, key: t.name, origin: t.path }));
  return [
    ...(staticPlugin ? [{ object: devicePluginNamespace(cluster), role: "device-plugin-namespace" as const, origin: plugin }] : []),
    { object: systemNamespace(cluster), role: "system-namespace", origin: cluster.path },
    ...perTenant("tenant-namespace", (t) => tenantNamespace(cluster, t)),
    ...cluster.priorityTiers.map((tier): ClusterObject => ({
      object: priorityClass(tier),
      role: "priority-class",
      key: tier.name,
      origin: tier.path,
    })),
    ...gpuStackObjects(cluster, profile),
    { object: capacitySummary(cluster), role: "capacity-summary", origin: cluster.path },
    ...perTenant("tenant-quota", (t) => tenantQuota(cluster, t)),
    ...perTenant("tenant-limit-range", tenantLimitRange),
    ...perTenant("tenant-default-deny", tenantDefaultDeny),
    ...perTenant("tenant-allow-same-namespace", tenantAllowSameNamespace),
    ...perTenant("tenant-allow-dns", tenantAllowDns),
    ...tenants.flatMap((t): ClusterObject[] => {
      const policy = tenantAllowEgress(t);
      return policy === undefined ? [] : [{ object: policy, role: "tenant-allow-egress", key: t.name, origin: [...t.path, "egressCIDRs"] }];
    }),
    ...networkOperatorObjects(model, cluster),
    ...kueueObjects(cluster),
    ...gpuOperatorCustomObjects(cluster),
  ];
}

/** The objects that bring GPUs to pods, by the cluster's gpuStack (namespaces and priority classes come before). */
function gpuStackObjects(cluster: ResolvedCluster, profile: NonNullable<BuildOptions["profile"]>): ClusterObject[] {
  if (usesDra(cluster)) return draObjects(cluster);
  if (cluster.gpuStack === "gpu-operator") return gpuOperatorObjects(cluster, profile);
  return staticDevicePluginObjects(cluster, profile);
}

/** aifactory's own device plugin: its ServiceAccount, configs, one DaemonSet per pool, MPS daemons, deny-all. */
function staticDevicePluginObjects(cluster: ResolvedCluster, profile: NonNullable<BuildOptions["profile"]>): ClusterObject[] {
  const plugin = [...cluster.path, "devicePlugin"];
  return [
    { object: devicePluginServiceAccount(cluster), role: "device-plugin-service-account", origin: plugin },
    { object: devicePluginConfigMap(cluster, profile), role: "device-plugin-configs", origin: plugin },
    ...optional(devicePluginPriorityQuota(cluster), "device-plugin-priority-quota", [...cluster.path, "nodeLimit"]),
    // One per pool, keyed by the pool's name (its Terraform for_each key). Its origin stays the cluster's
    // devicePlugin: what the baseline checks on it (image, digest, namespace) is set there.
    ...cluster.pools.map((pool): ClusterObject => ({
      object: devicePluginDaemonSet(cluster, pool, profile),
      role: "device-plugin-daemon-set",
      key: pool.name,
      origin: plugin,
    })),
    // Pools with MPS sharing: the control daemon the pool's plugin waits for, keyed by the pool's name.
    ...cluster.pools.flatMap((pool): ClusterObject[] => {
      const daemon = mpsControlDaemonSet(cluster, pool, profile);
      return daemon === undefined ? [] : [{ object: daemon, role: "device-plugin-mps-control-daemon", key: pool.name, origin: plugin }];
    }),
    { object: devicePluginNetworkPolicy(cluster), role: "device-plugin-deny-all", origin: plugin },
  ];
}

/**
 * gpuStack dra (dra.ts): aifactory's DeviceClass only. NVIDIA's DRA driver chart owns its namespace, kubelet plugins
 * and classes; nothing aifactory emits then runs at a system priority, so GKE's scoped quota is not needed either.
 */
function draObjects(cluster: ResolvedCluster): ClusterObject[] {
  return [{ object: draDeviceClass(), role: "dra-device-class", origin: [...cluster.path, "gpuStack"] }];
}

/** gpuStack gpu-operator (gpu-operator.ts): the plugin's per-pool configs, GKE's quota. */
function gpuOperatorObjects(cluster: ResolvedCluster, profile: NonNullable<BuildOptions["profile"]>): ClusterObject[] {
  const operator = [...cluster.path, "gpuStack"];
  return [
    { object: operatorPluginConfigMap(cluster, profile), role: "gpu-operator-plugin-configs", origin: operator },
    ...optional(operatorPriorityQuota(cluster), "gpu-operator-priority-quota", [...cluster.path, "nodeLimit"]),
  ];
}

/** The ClusterPolicy: a custom resource, so last with the other CRD-bound objects (crd-objects.yaml). */
function gpuOperatorCustomObjects(cluster: ResolvedCluster): ClusterObject[] {
  if (cluster.gpuStack !== "gpu-operator") return [];
  return [{ object: clusterPolicy(cluster), role: "gpu-operator-cluster-policy", origin: [...cluster.path, "gpuStack"], requiresCrd: CLUSTER_POLICY_CRD }];
}

function optional(object: KubeObject | undefined, role: ObjectRole, origin: ClusterObject["origin"]): ClusterObject[] {
  return object === undefined ? [] : [{ object, role, origin }];
}

/**
 * The example workload of each pool (written beside the manifests, not applied with them), keyed by the pool's name:
 * its GPU Job, queued on Kueue clusters. Under DRA, before the Job in apply order, the ResourceClaimTemplate its pods
 * claim GPUs from and, on multi-node NVLink pools, the ComputeDomain whose channel template they also claim.
 */
export function exampleJobs(cluster: ResolvedCluster): ClusterObject[] {
  return cluster.pools.flatMap((pool): ClusterObject[] => {
    const job: ClusterObject = {
      object: queuedJob(cluster, pool, exampleGpuJob(cluster, pool)),
      role: "example-gpu-job",
      key: pool.name,
      origin: pool.path,
    };
    if (!usesDra(cluster)) return [job];
    const namespace = exampleNamespace(cluster);
    const names = exampleClaimNames(job.object.metadata?.name ?? "");
    return [
      { object: gpuClaimTemplate(pool, names.gpus, namespace, exampleGpusPerPod(pool)), role: "example-gpu-claim-template", key: pool.name, origin: pool.path },
      ...(multiNodeNvlink(pool)
        ? [
            {
              object: computeDomain(pool, names.computeDomain, namespace, names.channel),
              role: "example-compute-domain",
              key: pool.name,
              origin: pool.path,
              requiresCrd: COMPUTE_DOMAIN_CRD,
            } satisfies ClusterObject,
          ]
        : []),
      job,
    ];
  });
}

/** What one cluster gets: its objects in apply order, and the example workloads (several objects per pool, in apply order, keyed by the pool). */
export interface ClusterObjects {
  readonly cluster: ResolvedCluster;
  readonly objects: readonly ClusterObject[];
  readonly examples: readonly ClusterObject[];
}

/**
 * Every cluster's objects, clusters in blueprint order: built once per run and handed to the security baseline,
 * the Terraform renderer and the YAML renderer.
 */
export function buildFactoryObjects(model: ResolvedFactory, options: BuildOptions = {}): ClusterObjects[] {
  return model.sites.flatMap((site) =>
    site.clusters.map((cluster) => ({
      cluster,
      objects: buildClusterObjects(model, cluster, options),
      examples: exampleJobs(cluster),
    })),
  );
}
