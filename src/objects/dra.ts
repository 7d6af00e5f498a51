// The objects of a cluster whose GPUs reach pods through Dynamic Resource Allocation (gpuStack: dra) with NVIDIA's DRA
// driver for GPUs. Fields followed, checked 2026-12-01:
//   resource.k8s.io/v1 DeviceClass and ResourceClaimTemplate: Kubernetes v1.34 (k8s.io/kubernetes v1.34.4,
//     api/openapi-spec/v3/apis__resource.k8s.io__v1_openapi.json), typed with kubernetes-models' interfaces;
//   resource.nvidia.com/v1beta1 ComputeDomain: NVIDIA/k8s-dra-driver-gpu v0.4.0 (now kubernetes-sigs/dra-driver-nvidia-gpu),
//     api/nvidia.com/resource/v1beta1/computedomain.go, typed here from those documented fields;
//   the driver's name, device attributes and its own DeviceClasses: the same tag, cmd/gpu-kubelet-plugin/deviceinfo.go
//     and the chart dra-driver-nvidia-gpu 0.4.0, templates/deviceclass-*.yaml.
// aifactory emits one DeviceClass of its own (whole GPUs of the driver) and, per pool, example claims; the driver's
// chart owns its namespace, its kubelet plugins and its classes (gpu.nvidia.com, mig.nvidia.com, vfio.gpu.nvidia.com,
// compute-domain-*.nvidia.com).
//
// Assumptions aifactory cannot check (stated in the README and in the examples' header): ComputeDomains need NVIDIA
// GPU driver 570.158.01 or later (the IMEXDaemonsWithDNSNames gate, on by default) and nodes labelled
// nvidia.com/gpu.clique by GPU Feature Discovery ([P] NVIDIA/k8s-dra-driver-gpu v0.4.0 docs/prerequisites.md).
import type { IDeviceClass } from "kubernetes-models/resource.k8s.io/v1/DeviceClass";
import type { IResourceClaimTemplate } from "kubernetes-models/resource.k8s.io/v1/ResourceClaimTemplate";
import { GPU_CLIQUE_LABEL } from "../model/scheduling.js";
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import { POOL_LABEL, commonLabels } from "./labels.js";
import type { CustomObject } from "./types.js";

export type { IDeviceClass, IResourceClaimTemplate };

export const DRA_API_VERSION = "resource.k8s.io/v1";

/** The DeviceClass aifactory emits: whole GPUs of NVIDIA's driver. Tenant quotas and the example claims name it. */
export const DRA_DEVICE_CLASS = "gpu.aifactory.dev";

/** [P] NVIDIA/k8s-dra-driver-gpu v0.4.0 cmd/gpu-kubelet-plugin: the driver name its ResourceSlices publish devices under. */
export const NVIDIA_GPU_DRIVER = "gpu.nvidia.com";

/**
 * Whole GPUs, as the driver's own gpu.nvidia.com class selects them: its devices carry the attribute
 * `type` ("gpu", "mig" or "vfio") in the driver's attribute domain ([P] NVIDIA/k8s-dra-driver-gpu v0.4.0
 * cmd/gpu-kubelet-plugin/deviceinfo.go; chart dra-driver-nvidia-gpu 0.4.0 templates/deviceclass-gpu.yaml).
 */
/** The `type` attribute of a whole GPU ([P] NVIDIA/k8s-dra-driver-gpu v0.4.0 cmd/gpu-kubelet-plugin/types.go GpuDeviceType). */
export const WHOLE_GPU_TYPE = "gpu";
export const WHOLE_GPU_SELECTOR = `device.driver == '${NVIDIA_GPU_DRIVER}' && device.attributes['${NVIDIA_GPU_DRIVER}'].type == '${WHOLE_GPU_TYPE}'`;

/**
 * The GPU DeviceClasses the driver's chart (0.4.0, resources.gpus.enabled) installs: a claim naming one of them would
 * take GPUs (or MIG devices, or VFIO-bound GPUs) outside aifactory's class, so tenant quotas hold them at 0.
 */
export const NVIDIA_GPU_DEVICE_CLASSES = ["gpu.nvidia.com", "mig.nvidia.com", "vfio.gpu.nvidia.com"] as const;

/**
 * The quota resource of the devices claimed of one class: `<class>.deviceclass.resource.k8s.io/devices`
 * ([P] k8s.io/kubernetes v1.34.4 pkg/quota/v1/evaluator/core/resource_claims.go, V1ResourceByDeviceClass, and
 * k8s.io/api v0.34.4 core/v1/types.go ResourceClaimsPerClass). ResourceQuota charges a claim for every device of every
 * request (ExactCount: its count).
 */
export function deviceClassQuotaKey(deviceClass: string): string {
  return `${deviceClass}.deviceclass.resource.k8s.io/devices`;
}

export const COMPUTE_DOMAIN_API_VERSION = "resource.nvidia.com/v1beta1";
/** CRD name (plural.group) of ComputeDomain. */
export const COMPUTE_DOMAIN_CRD = "computedomains.resource.nvidia.com";

/** The name of the claim, in the example pods, of the pool's GPUs and of the ComputeDomain's IMEX channel. */
export const GPU_CLAIM = "gpus";
export const CHANNEL_CLAIM = "channel";

/**
 * The API server adds the Job's name under this label to every Job's pod template ([P] k8s.io/kubernetes v1.34.4
 * pkg/registry/batch/job/strategy.go, generateSelector; k8s.io/api v0.34.4 batch/v1 JobNameLabel; checked 2026-12-01):
 * the multi-node example's pods find each other by it.
 */
export const JOB_NAME_LABEL = "batch.kubernetes.io/job-name";

/** Nodes of a rack-scale NVLink pool that its multi-node example spans (two nodes of one NVLink domain). */
export const MULTI_NODE_EXAMPLE_NODES = 2;

/** A ComputeDomain, as v0.4.0 documents it: the spec is immutable; numNodes is deprecated and left out (default 0). */
export interface ComputeDomain extends CustomObject {
  readonly apiVersion: typeof COMPUTE_DOMAIN_API_VERSION;
  readonly kind: "ComputeDomain";
  readonly metadata: { readonly name: string; readonly namespace: string; readonly labels: Readonly<Record<string, string>> };
  readonly spec: {
    readonly channel: {
      /** The ResourceClaimTemplate the driver's ComputeDomain controller creates, in the ComputeDomain's namespace. */
      readonly resourceClaimTemplate: { readonly name: string };
      /** One IMEX channel per claim ("Single", the default) or all of them ("All"). */
      readonly allocationMode: "Single" | "All";
    };
  };
}

/**
 * True for pools whose NVLink domain spans several nodes (rack-scale systems such as GB200/GB300/Vera Rubin NVL72):
 * their example is a multi-node Job in one ComputeDomain.
 */
export function multiNodeNvlink(pool: ResolvedPool): boolean {
  return pool.system.form === "rack-scale" && pool.system.nvlinkDomainGpus.value > pool.system.gpusPerNode.value;
}

/** aifactory's DeviceClass: every whole GPU of NVIDIA's driver. No extendedResourceName (alpha DRAExtendedResource in 1.34: dropped by the API server). */
export function draDeviceClass(): IDeviceClass {
  return {
    apiVersion: DRA_API_VERSION,
    kind: "DeviceClass",
    metadata: { name: DRA_DEVICE_CLASS, labels: commonLabels() },
    spec: { selectors: [{ cel: { expression: WHOLE_GPU_SELECTOR } }] },
  };
}

/** A template of claims for `count` whole GPUs of aifactory's class, in the namespace of the pods that use it. */
export function gpuClaimTemplate(pool: ResolvedPool, name: string, namespace: string, count: number): IResourceClaimTemplate {
  return {
    apiVersion: DRA_API_VERSION,
    kind: "ResourceClaimTemplate",
    metadata: { name, namespace, labels: commonLabels({ [POOL_LABEL]: pool.name }) },
    spec: {
      spec: {
        devices: {
          requests: [{ name: GPU_CLAIM, exactly: { deviceClassName: DRA_DEVICE_CLASS, allocationMode: "ExactCount", count } }],
        },
      },
    },
  };
}

/** The ComputeDomain of a multi-node example Job; its controller creates the channel template `channelTemplate`. */
export function computeDomain(pool: ResolvedPool, name: string, namespace: string, channelTemplate: string): ComputeDomain {
  return {
    apiVersion: COMPUTE_DOMAIN_API_VERSION,
    kind: "ComputeDomain",
    metadata: { name, namespace, labels: commonLabels({ [POOL_LABEL]: pool.name }) },
    spec: { channel: { resourceClaimTemplate: { name: channelTemplate }, allocationMode: "Single" } },
  };
}

/** Names of the example objects of a pool's Job. */
export function exampleClaimNames(jobName: string): { readonly gpus: string; readonly computeDomain: string; readonly channel: string } {
  return { gpus: `${jobName}-gpus`, computeDomain: jobName, channel: `${jobName}-channel` };
}

/** How many GPUs each pod of the pool's DRA example claims: one, or every GPU of its node on multi-node NVLink pools. */
export function exampleGpusPerPod(pool: ResolvedPool): number {
  return multiNodeNvlink(pool) ? pool.system.gpusPerNode.value : 1;
}

/** True when the cluster's GPUs reach pods through DRA. */
export function usesDra(cluster: Pick<ResolvedCluster, "gpuStack">): boolean {
  return cluster.gpuStack === "dra";
}

export { GPU_CLIQUE_LABEL };
