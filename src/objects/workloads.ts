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
}

/** The resource a GPU workload of the pool requests: the first the pool advertises (nvidia.com/gpu without MIG mixed). */
export function poolGpuResource(pool: ResolvedPool): string {
  return pool.devicePlugin.resources[0]?.name ?? GPU_RESOURCE;
}

export function gpuPodSpec(cluster: ResolvedCluster, pool: ResolvedPool, options: GpuPodOptions = {}): IPodSpec {
  const gpus = canonicalQuantity(options.gpus ?? 1);
  const rdma = (options.rdma ?? cluster.networking.networkOperator.enabled) ? rdmaWorkloadAdditions(cluster) : undefined;
  const resources: Record<string, string> = {
    cpu: options.cpu ?? "10m",
    memory: options.memory ?? "16Mi",
    [poolGpuResource(pool)]: gpus,
    ...(rdma === undefined ? {} : { [rdma.resource]: "1" }),
  };
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
        resources: { requests: { ...resources }, limits: { ...resources } },
        securityContext: {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: rdma === undefined ? { drop: ["ALL"] } : { drop: ["ALL"], add: [rdma.capability] },
        },
      },
    ],
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
  const namespace = workloadNamespaces(cluster)[0] ?? "default";
  const options: GpuPodOptions = { image: CUDA_SAMPLE_IMAGE, cpu: "1", memory: "2Gi", runAsUser: 1000 };
  const annotations = gpuWorkloadAnnotations(cluster, options);
  const reasons = securityReasons(cluster, options);
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      name: exampleJobName(pool.name),
      namespace,
      labels: commonLabels({ [POOL_LABEL]: pool.name }),
      ...(Object.keys(reasons).length === 0 ? {} : { annotations: reasons }),
    },
    spec: {
      backoffLimit: 0,
      ttlSecondsAfterFinished: 3600,
      template: {
        metadata: {
          labels: commonLabels({ [POOL_LABEL]: pool.name }),
          ...(Object.keys(annotations).length === 0 ? {} : { annotations }),
        },
        spec: gpuPodSpec(cluster, pool, options),
      },
    },
  };
}
