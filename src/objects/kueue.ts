// Kueue objects of a cluster that enables scheduling.kueue (API kueue.x-k8s.io/v1beta2, Kueue v0.17.0; [P]
// github.com/kubernetes-sigs/kueue apis/kueue/v1beta2, checked 2026-12-01): a ResourceFlavor per pool bound to the
// pool's nodes exactly as its device plugin and Jobs are (pool-scheduling.ts), the Topologies of the factory, one
// Cohort, a ClusterQueue and a LocalQueue per tenant, a WorkloadPriorityClass per tier. They need Kueue's CRDs, so
// they carry requiresCrd and renderers keep them apart.
import type { ResolvedCluster, ResolvedPriorityTier, ResolvedPool } from "../model/types.js";
import { GPU_CLIQUE_LABEL, HOSTNAME_LABEL, type LabelSetter, type ResolvedFlavor, type ResolvedKueue, type ResolvedQueue, type ResolvedTopology } from "../model/scheduling.js";
import { GPU_RESOURCE, commonLabels } from "./labels.js";
import { type PoolProvisioning, poolNodeLabels, poolNodeSelector, poolTolerations } from "./pool-scheduling.js";
import type { ClusterObject, CustomObject, IJob } from "./types.js";

export const KUEUE_API_VERSION = "kueue.x-k8s.io/v1beta2";
/** [P] Kueue docs, "Run a Kubernetes Job": the label naming the LocalQueue of a Job. */
export const QUEUE_NAME_LABEL = "kueue.x-k8s.io/queue-name";
/** [P] Kueue docs, "Topology Aware Scheduling": the pod-template annotation asking that all pods share one domain of a level. */
export const REQUIRED_TOPOLOGY_ANNOTATION = "kueue.x-k8s.io/podset-required-topology";
/** [P] Kueue docs, "Workload priority": the label naming a Job's WorkloadPriorityClass. */
export const WORKLOAD_PRIORITY_LABEL = "kueue.x-k8s.io/priority-class";
/** Name of every tenant's LocalQueue (in the tenant's namespace). */
export const LOCAL_QUEUE_NAME = "gpu";
/** [P] kubernetes.io: every namespace carries its name in this immutable label (the ClusterQueue selects its tenant's namespace by it). */
const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

/**
 * Resources Kueue must not count, because aifactory's queues quota GPUs only: users set them in Kueue's Configuration
 * (`resources.excludeResourcePrefixes`, [P] Kueue Configuration API v1beta2), or Kueue keeps every pod requesting CPU
 * or memory inadmissible ("resource cpu unavailable in ClusterQueue"). With the Network Operator, add its RDMA resource.
 */
export const KUEUE_EXCLUDED_RESOURCE_PREFIXES = ["cpu", "memory", "ephemeral-storage"] as const;

/** CRD names (plural.group) of each Kueue kind aifactory emits. */
export const KUEUE_CRDS = {
  ResourceFlavor: "resourceflavors.kueue.x-k8s.io",
  Topology: "topologies.kueue.x-k8s.io",
  Cohort: "cohorts.kueue.x-k8s.io",
  ClusterQueue: "clusterqueues.kueue.x-k8s.io",
  LocalQueue: "localqueues.kueue.x-k8s.io",
  WorkloadPriorityClass: "workloadpriorityclasses.kueue.x-k8s.io",
} as const;

function kueueObject(kind: keyof typeof KUEUE_CRDS, name: string, spec: Record<string, unknown>, namespace?: string): CustomObject {
  return {
    apiVersion: KUEUE_API_VERSION,
    kind,
    metadata: { name, ...(namespace === undefined ? {} : { namespace }), labels: commonLabels() },
    spec,
  };
}

export function topologyObject(topology: ResolvedTopology): CustomObject {
  return kueueObject("Topology", topology.name, { levels: topology.levels.map((nodeLabel) => ({ nodeLabel })) });
}

/** The pool's binding to its nodes: the node selector and taints its device plugin and Jobs use, nothing else. */
export function resourceFlavor(pool: ResolvedPool, flavor: ResolvedFlavor): CustomObject {
  const tolerations = poolTolerations(pool);
  return kueueObject("ResourceFlavor", flavor.pool, {
    nodeLabels: poolNodeSelector(pool),
    ...(pool.taints.length === 0 ? {} : { nodeTaints: pool.taints.map((t) => ({ ...t })) }),
    ...(tolerations.length === 0 ? {} : { tolerations: tolerations.map((t) => ({ ...t })) }),
    ...(flavor.topology === undefined ? {} : { topologyName: flavor.topology }),
  });
}

export function cohort(kueue: ResolvedKueue): CustomObject {
  return kueueObject("Cohort", kueue.cohort, {});
}

/** ClusterQueue name of a tenant: the tenant's name (ClusterQueues are cluster-scoped, tenants unique per cluster). */
export function clusterQueueName(tenant: string): string {
  return tenant;
}

export function clusterQueue(kueue: ResolvedKueue, queue: ResolvedQueue): CustomObject {
  return kueueObject("ClusterQueue", clusterQueueName(queue.tenant), {
    cohortName: kueue.cohort,
    namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: queue.tenant } },
    resourceGroups: [
      {
        coveredResources: [GPU_RESOURCE],
        flavors: queue.flavorQuotas.map((f) => ({
          name: f.pool,
          resources: [
            {
              name: GPU_RESOURCE,
              nominalQuota: String(f.nominalGpus),
              borrowingLimit: String(queue.borrowingLimitGPUs),
              ...(queue.lendingLimitGPUs === undefined ? {} : { lendingLimit: String(queue.lendingLimitGPUs) }),
            },
          ],
        })),
      },
    ],
  });
}

export function localQueue(queue: ResolvedQueue): CustomObject {
  return kueueObject("LocalQueue", LOCAL_QUEUE_NAME, { clusterQueue: clusterQueueName(queue.tenant) }, queue.tenant);
}

export function workloadPriorityClass(tier: ResolvedPriorityTier): CustomObject {
  return {
    apiVersion: KUEUE_API_VERSION,
    kind: "WorkloadPriorityClass",
    metadata: { name: tier.name, labels: commonLabels() },
    value: tier.value,
    ...(tier.description === undefined ? {} : { description: tier.description }),
  };
}

/** Every Kueue object of the cluster, cluster-scoped first (flavors and topologies before the queues naming them). */
export function kueueObjects(cluster: ResolvedCluster): ClusterObject[] {
  const kueue = cluster.kueue;
  if (kueue === undefined) return [];
  const crd = (o: CustomObject, role: ClusterObject["role"], origin: ClusterObject["origin"], key?: string): ClusterObject => ({
    object: o,
    role,
    ...(key === undefined ? {} : { key }),
    origin,
    requiresCrd: KUEUE_CRDS[o.kind as keyof typeof KUEUE_CRDS],
  });
  return [
    ...(kueue.topology?.topologies ?? []).map((t) => crd(topologyObject(t), "kueue-topology", kueue.topology?.path ?? kueue.path, t.name)),
    ...kueue.flavors.map((f) => {
      const pool = cluster.pools.find((p) => p.name === f.pool) as ResolvedPool;
      return crd(resourceFlavor(pool, f), "kueue-resource-flavor", f.path, f.pool);
    }),
    crd(cohort(kueue), "kueue-cohort", kueue.path),
    ...cluster.priorityTiers.map((t) => crd(workloadPriorityClass(t), "kueue-workload-priority-class", t.path, t.name)),
    ...kueue.queues.map((q) => crd(clusterQueue(kueue, q), "kueue-cluster-queue", q.settingsPath ?? q.path, q.tenant)),
    ...kueue.queues.map((q) => crd(localQueue(q), "kueue-local-queue", q.path, q.tenant)),
  ];
}

/**
 * An example Job as a Kueue cluster runs it: it names its tenant's LocalQueue and, on a pool whose flavor has a rack
 * level, asks Kueue to place all its pods in one rack (one NVLink domain). Not suspended here: Kueue's Job webhook
 * suspends it on creation, and the same file still runs on a cluster where Kueue is not installed yet. Unchanged on
 * clusters without Kueue.
 */
export function queuedJob(cluster: ResolvedCluster, pool: ResolvedPool, job: IJob): IJob {
  const flavor = cluster.kueue?.flavors.find((f) => f.pool === pool.name);
  // Without tenants the Job runs in "default", where no LocalQueue exists: it stays as it is.
  if (flavor === undefined || cluster.tenants.length === 0) return job;
  const template = job.spec?.template ?? {};
  const rack: Record<string, string> =
    flavor.rackLevel !== undefined && pool.system.form === "rack-scale" ? { [REQUIRED_TOPOLOGY_ANNOTATION]: flavor.rackLevel } : {};
  return {
    ...job,
    metadata: { ...job.metadata, labels: { ...job.metadata?.labels, [QUEUE_NAME_LABEL]: LOCAL_QUEUE_NAME } },
    spec: {
      ...job.spec,
      template: {
        ...template,
        metadata: {
          ...template.metadata,
          ...(Object.keys(rack).length === 0 ? {} : { annotations: { ...template.metadata?.annotations, ...rack } }),
        },
        spec: template.spec ?? { containers: [] },
      },
    },
  };
}

/** A label a topology level needs on a pool's nodes, and who sets it. */
export interface TopologyNodeLabel {
  readonly key: string;
  readonly setBy: LabelSetter;
  /** What the value is: the pool-wide value, or what it varies with. */
  readonly value: string;
}

/**
 * Per pool of a Kueue cluster with topology, the labels its Topology levels read on every node, with who sets each
 * (node-labels.json and the Terraform output pool_nodes export them beside the pool labels): a label the provisioner
 * stamps per pool has the pool's value; the rack label varies per rack; GFD's clique and the kubelet's hostname are
 * set on the node itself. Empty without Kueue topology.
 */
export function topologyNodeLabels(cluster: ResolvedCluster): Map<string, TopologyNodeLabel[]> {
  const out = new Map<string, TopologyNodeLabel[]>();
  const topology = cluster.kueue?.topology;
  if (topology === undefined) return out;
  for (const pool of cluster.pools) {
    const levels = topology.topologies.find((t) => t.pools.includes(pool.name))?.levels ?? [];
    const stamped = poolNodeLabels(pool);
    out.set(
      pool.name,
      levels.map((key): TopologyNodeLabel => {
        if (key === HOSTNAME_LABEL) return { key, setBy: "kubelet", value: "the node's hostname" };
        if (key === GPU_CLIQUE_LABEL) return { key, setBy: "gpu-feature-discovery", value: "the node's NVLink clique (one per NVLink domain)" };
        if (key === topology.rackLabel) return { key, setBy: "provisioner", value: "the node's rack (one value per rack)" };
        const v = stamped[key];
        return { key, setBy: key.startsWith("nvidia.com/") ? "gpu-feature-discovery" : "provisioner", value: v ?? "(no node of the pool carries it: AIF-Q002)" };
      }),
    );
  }
  return out;
}

/** Each pool's provisioning data, with the labels its Kueue Topology levels read (only on Kueue clusters with topology). */
export function withTopologyLabels<P extends PoolProvisioning>(cluster: ResolvedCluster, pools: readonly P[]): (P & { topologyLabels?: TopologyNodeLabel[] })[] {
  const topology = topologyNodeLabels(cluster);
  return pools.map((p) => {
    const labels = topology.get(p.pool);
    return labels === undefined ? p : { ...p, topologyLabels: labels };
  });
}
