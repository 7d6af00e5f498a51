// GPU workload templates: pods and jobs that land on one GPU pool (its node selector, its tolerations),
// request GPUs in requests and limits, pass the "restricted" Pod Security level, and, when the cluster
// enables the NVIDIA Network Operator, name the RDMA resource, networks and IPC_LOCK they need.
import type { IPod } from "kubernetes-models/v1/Pod";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { IJob } from "kubernetes-models/batch/v1/Job";
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import { exampleJobName } from "../model/names.js";
import { POOL_LABEL, SECURITY_REASON_ANNOTATIONS, commonLabels } from "./labels.js";
import { RDMA_CAPABILITY, rdmaWorkloadAdditions, workloadNamespaces } from "./network-operator.js";
import { GPU_RESOURCE, poolNodeSelector, poolProductTerms, workloadTolerations } from "./pool-scheduling.js";
import { canonicalQuantity } from "./quantity.js";
import {
  CHANNEL_CLAIM,
  GPU_CLAIM,
  GPU_CLIQUE_LABEL,
  JOB_NAME_LABEL,
  MULTI_NODE_EXAMPLE_NODES,
  exampleClaimNames,
  exampleGpusPerPod,
  multiNodeNvlink,
  usesDra,
} from "./dra.js";

/** Does nothing, runs as UID 65535, tiny: enough to prove a pod is scheduled. Pinned by tag. */
export const PAUSE_IMAGE = "registry.k8s.io/pause:3.10";
/** [P] NVIDIA k8s-device-plugin README: the CUDA vectorAdd sample used to check that a GPU is usable. */
export const CUDA_SAMPLE_IMAGE = "nvcr.io/nvidia/k8s/cuda-sample:vectoradd-cuda12.5.0";

export interface GpuPodOptions {
  /**
   * Units of the pool's GPU resource requested (and limited: extended resources cannot be overcommitted): the first
   * resource the pool advertises (nvidia.com/gpu, or under MIG mixed its first profile's nvidia.com/mig-<profile>).
   * @default 1
   */
  readonly gpus?: number;
  /** @default PAUSE_IMAGE */
  readonly image?: string;
  /** CPU and memory requests, equal to the limits. @default { cpu: "10m", memory: "16Mi" } */
  readonly cpu?: string;
  readonly memory?: string;
  /** UID the container runs as (non-root). @default 65535 */
  readonly runAsUser?: number;
  /** Use the cluster's RDMA fabric (IPC_LOCK: not "restricted"). @default whether the cluster enables the Network Operator */
  readonly rdma?: boolean;
  /** Restart policy: "Never" for one-shot pods and jobs. @default "Never" */
  readonly restartPolicy?: "Never" | "OnFailure";
  /**
   * DRA (gpuStack dra): the pod claims its GPUs from this ResourceClaimTemplate (and, in a ComputeDomain, its IMEX
   * channel from the channel template) instead of requesting the extended resource; `gpus` is then the template's.
   * @default the pod requests the pool's extended resource
   */
  readonly claims?: DraClaimTemplates;
}

/** The ResourceClaimTemplates a DRA pod claims from (in its namespace). */
export interface DraClaimTemplates {
  readonly gpus: string;
  readonly channel?: string;
}

/** The resource a GPU workload of the pool requests: the first the pool advertises (nvidia.com/gpu without MIG mixed). */
export function poolGpuResource(pool: ResolvedPool): string {
  return pool.devicePlugin.resources[0]?.name ?? GPU_RESOURCE;
}

export function gpuPodSpec(cluster: ResolvedCluster, pool: ResolvedPool, options: GpuPodOptions = {}): IPodSpec {
  const gpus = canonicalQuantity(options.gpus ?? 1);
  const rdma = (options.rdma ?? cluster.networking.networkOperator.enabled) ? rdmaWorkloadAdditions(cluster) : undefined;
  const claims = options.claims;
  const resources: Record<string, string> = {
    cpu: options.cpu ?? "10m",
    memory: options.memory ?? "16Mi",
    ...(claims === undefined ? { [poolGpuResource(pool)]: gpus } : {}),
    ...(rdma === undefined ? {} : { [rdma.resource]: "1" }),
  };
  // Under DRA the claims replace the extended resource: one pod claim per template, each named in the container.
  const podClaims =
    claims === undefined
      ? []
      : [
          { name: GPU_CLAIM, resourceClaimTemplateName: claims.gpus },
          ...(claims.channel === undefined ? [] : [{ name: CHANNEL_CLAIM, resourceClaimTemplateName: claims.channel }]),
        ];
  const tolerations = workloadTolerations(pool);
  return {
    restartPolicy: options.restartPolicy ?? "Never",
    automountServiceAccountToken: false,
    enableServiceLinks: false,
    nodeSelector: poolNodeSelector(pool),
    // A shared or MIG-single pool: any of the product values GFD may print (see poolProductTerms).
    ...(poolProductTerms(pool).length === 0
      ? {}
      : {
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: poolProductTerms(pool).map((matchExpressions) => ({ matchExpressions })),
              },
            },
          },
        }),
    ...(tolerations.length === 0 ? {} : { tolerations: tolerations.map((t) => ({ ...t })) }),
    securityContext: {
      runAsNonRoot: true,
      runAsUser: options.runAsUser ?? 65535,
      runAsGroup: options.runAsUser ?? 65535,
      seccompProfile: { type: "RuntimeDefault" },
    },
    containers: [
      {
        name: "gpu",
        image: options.image ?? PAUSE_IMAGE,
        imagePullPolicy: "IfNotPresent",
        resources: {
          requests: { ...resources },
          limits: { ...resources },
          ...(podClaims.length === 0 ? {} : { claims: podClaims.map((c) => ({ name: c.name })) }),
        },
        securityContext: {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: rdma === undefined ? { drop: ["ALL"] } : { drop: ["ALL"], add: [rdma.capability] },
        },
      },
    ],
    ...(podClaims.length === 0 ? {} : { resourceClaims: podClaims }),
  };
}

/**
 * The pods of a multi-node NVLink Job stay in one NVLink domain: on nodes GFD labels with a clique (the driver's
 * documented ComputeDomain example, [P] NVIDIA/k8s-dra-driver-gpu v0.4.0 docs/install.md) and, by pod affinity on that
 * label among the Job's pods, on nodes of the same clique (an IMEX domain spans one NVLink clique).
 */
function inOneNvlinkDomain(spec: IPodSpec, jobName: string): IPodSpec {
  const clique = { key: GPU_CLIQUE_LABEL, operator: "Exists" as const };
  const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [{}];
  return {
    ...spec,
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: terms.map((t) => ({ ...t, matchExpressions: [...(t.matchExpressions ?? []), clique] })),
        },
      },
      podAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [
          { labelSelector: { matchLabels: { [JOB_NAME_LABEL]: jobName } }, topologyKey: GPU_CLIQUE_LABEL },
        ],
      },
    },
  };
}

/** Annotations a GPU workload of this cluster carries (the Multus networks when it uses RDMA). */
export function gpuWorkloadAnnotations(cluster: ResolvedCluster, options: GpuPodOptions = {}): Record<string, string> {
  const rdma = (options.rdma ?? cluster.networking.networkOperator.enabled) ? rdmaWorkloadAdditions(cluster) : undefined;
  return rdma === undefined ? {} : { ...rdma.annotations };
}

/** Why an RDMA workload adds a capability: recorded on the workload object, as the security baseline asks (src/policy). */
export const RDMA_CAPABILITY_REASON =
  `${RDMA_CAPABILITY}: RDMA registers (locks) memory with the NIC, which needs ${RDMA_CAPABILITY} ` +
  "(NVIDIA Network Operator); every other capability is dropped";

/** Annotations on the workload object itself: the reasons for its exceptions to the security baseline. */
function securityReasons(cluster: ResolvedCluster, options: GpuPodOptions): Record<string, string> {
  const rdma = (options.rdma ?? cluster.networking.networkOperator.enabled) ? rdmaWorkloadAdditions(cluster) : undefined;
  return rdma === undefined ? {} : { [SECURITY_REASON_ANNOTATIONS.capabilities]: RDMA_CAPABILITY_REASON };
}

export function gpuPod(
  cluster: ResolvedCluster,
  pool: ResolvedPool,
  metadata: { readonly name: string; readonly namespace: string; readonly labels?: Readonly<Record<string, string>> },
  options: GpuPodOptions = {},
): IPod {
  const annotations = { ...gpuWorkloadAnnotations(cluster, options), ...securityReasons(cluster, options) };
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: metadata.name,
      namespace: metadata.namespace,
      labels: commonLabels({ [POOL_LABEL]: pool.name, ...metadata.labels }),
      ...(Object.keys(annotations).length === 0 ? {} : { annotations }),
    },
    spec: gpuPodSpec(cluster, pool, options),
  };
}

/**
 * The documented example: a Job per pool running NVIDIA's CUDA vectorAdd sample on one GPU of the pool,
 * in the first workload namespace (the first tenant's, or "default"). With the Network Operator it also
 * attaches the RDMA rails and adds IPC_LOCK, which only a namespace at the "privileged" Pod Security level admits.
 */
export function exampleGpuJob(cluster: ResolvedCluster, pool: ResolvedPool): IJob {
  const namespace = exampleNamespace(cluster);
  const name = exampleJobName(pool.name);
  // DRA: claims from the pool's example templates (dra.ts); on multi-node NVLink pools, every GPU of each of two nodes
  // of one NVLink domain, in a ComputeDomain.
  const dra = usesDra(cluster);
  const multiNode = dra && multiNodeNvlink(pool);
  const names = exampleClaimNames(name);
  const options: GpuPodOptions = {
    image: CUDA_SAMPLE_IMAGE,
    cpu: "1",
    memory: "2Gi",
    runAsUser: 1000,
    ...(dra ? { gpus: exampleGpusPerPod(pool), claims: { gpus: names.gpus, ...(multiNode ? { channel: names.channel } : {}) } } : {}),
  };
  const annotations = gpuWorkloadAnnotations(cluster, options);
  const reasons = securityReasons(cluster, options);
  const podSpec = gpuPodSpec(cluster, pool, options);
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      name,
      namespace,
      labels: commonLabels({ [POOL_LABEL]: pool.name }),
      ...(Object.keys(reasons).length === 0 ? {} : { annotations: reasons }),
    },
    spec: {
      ...(multiNode
        ? { completionMode: "Indexed", completions: MULTI_NODE_EXAMPLE_NODES, parallelism: MULTI_NODE_EXAMPLE_NODES }
        : {}),
      backoffLimit: 0,
      ttlSecondsAfterFinished: 3600,
      template: {
        metadata: {
          labels: commonLabels({ [POOL_LABEL]: pool.name }),
          ...(Object.keys(annotations).length === 0 ? {} : { annotations }),
        },
        spec: multiNode ? inOneNvlinkDomain(podSpec, name) : podSpec,
      },
    },
  };
}

/** The namespace of the example workloads: the first workload namespace (the first tenant's, or "default"). */
export function exampleNamespace(cluster: ResolvedCluster): string {
  return workloadNamespaces(cluster)[0] ?? "default";
}
