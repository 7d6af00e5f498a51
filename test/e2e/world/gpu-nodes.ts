// "The world": the labels, taints and resources that real GPU nodes carry, per catalog system, as NVIDIA's
// GPU Feature Discovery (GFD), Node Feature Discovery (NFD, as the GPU Operator configures it), the kubelet and
// the cloud providers put them there. Kept apart from aifactory's own catalog on purpose: the test bed holds
// aifactory's outputs against these nodes, so nothing here may be derived from aifactory's figures.
//
// Every value carries its public source and the date it was checked. Confidence as in the catalog:
// "primary" vendor document or upstream code; "secondary" public output of real machines (nvidia-smi, node
// dumps) or press; "unconfirmed" no public value (unreleased parts): a stated placeholder, never a guess
// presented as fact.
//
// How GFD makes its labels (NVIDIA/k8s-device-plugin v0.20.0, internal/lm/resource.go, read 2026-12-01):
//   nvidia.com/gpu.product  the NVML device name, characters other than [A-Za-z0-9-_. ] dropped, runs of
//                           spaces joined by "-"; "-SHARED" is appended when GFD runs with a sharing config
//                           whose replicas are > 1 and no rename (not modelled: no GFD here reads aifactory's
//                           config, and a node's product label must not depend on it)
//   nvidia.com/gpu.memory   NVML total memory in MiB, as nvidia-smi prints `memory.total`
//   nvidia.com/gpu.count    GPUs NVML enumerates on the node
//   nvidia.com/gpu.family   from the CUDA compute capability major: 9 hopper, 10 and 12 blackwell, 13 rubin
//   nvidia.com/gpu.clique   "<fabric cluster UUID>.<clique id>" on GPUs attached to a multi-node NVLink fabric
//                           (internal/lm/imex.go): NVL72-class racks; one value per NVLink domain (rack)
//   nvidia.com/gpu.present  "true", set by the GPU Operator on nodes where NFD found an NVIDIA PCI device

export type Confidence = "primary" | "secondary" | "unconfirmed";

export interface Sourced<T> {
  readonly value: T;
  readonly source: string;
  readonly checked: string; // ISO date the source was read
  readonly confidence: Confidence;
}

const CHECKED = "2026-12-01";
const p = <T>(value: T, source: string): Sourced<T> => ({ value, source, checked: CHECKED, confidence: "primary" });
const s = <T>(value: T, source: string): Sourced<T> => ({ value, source, checked: CHECKED, confidence: "secondary" });
const u = <T>(value: T, source: string): Sourced<T> => ({ value, source, checked: CHECKED, confidence: "unconfirmed" });

const GFD_CODE = "NVIDIA/k8s-device-plugin v0.20.0 internal/lm/resource.go (GFD label rules)";
const SMI = "nvidia-smi --query-gpu=name,memory.total on such machines, as published in public repositories";

export interface GpuNodeFacts {
  /** NVML device name; GFD's product label is derived from it. */
  readonly nvmlName: Sourced<string>;
  readonly memoryMiB: Sourced<number>;
  /** GPUs one Kubernetes node (OS instance) has: nvidia.com/gpu.count and nvidia.com/gpu capacity. */
  readonly gpusPerNode: Sourced<number>;
  readonly computeCapability: Sourced<readonly [number, number]>;
  /** Nodes per multi-node NVLink domain, when the system has one (then GFD sets gpu.clique). */
  readonly nvlinkDomainNodes?: Sourced<number>;
  /** CPU architecture of the node, as the kubelet labels kubernetes.io/arch. */
  readonly arch: Sourced<"amd64" | "arm64">;
  /** Managed-cloud node shapes that carry this system, where public. */
  readonly gke?: { readonly machineType: Sourced<string>; readonly accelerator: Sourced<string> };
  readonly eks?: { readonly instanceType: Sourced<string> };
}

/** Per catalog system id (schemas/blueprint.schema.json SystemId). */
export const GPU_NODES: Readonly<Record<string, GpuNodeFacts>> = {
  h100: {
    nvmlName: s("NVIDIA H100 80GB HBM3", `${SMI}: github.com/wilicc/gpu-burn/issues/114`),
    memoryMiB: s(81559, `${SMI}: github.com/wilicc/gpu-burn/issues/114; github.com/modal-labs/modal-client/pull/2797`),
    gpusPerNode: p(8, "NVIDIA DGX H100 user guide: 8 × H100 SXM5 per system"),
    computeCapability: p([9, 0], "NVIDIA CUDA GPUs table (developer.nvidia.com/cuda-gpus): H100 9.0"),
    arch: p("amd64", "NVIDIA DGX H100 user guide: 2 × Intel Xeon Platinum 8480C"),
    gke: {
      machineType: p("a3-highgpu-8g", "cloud.google.com/compute/docs/accelerator-optimized-machines: A3 High, 8 × H100 80GB"),
      accelerator: p("nvidia-h100-80gb", "cloud.google.com/kubernetes-engine/docs/how-to/gpus: GPU types for A3 High"),
    },
    eks: { instanceType: p("p5.48xlarge", "aws.amazon.com/ec2/instance-types/p5: 8 × H100") },
  },
  h200: {
    nvmlName: s("NVIDIA H200", "nvidia-smi -q Product Name: github.com/NVIDIA/mig-parted/issues/120"),
    memoryMiB: s(143771, `${SMI} (several independent repositories; none of them official)`),
    gpusPerNode: p(8, "NVIDIA DGX H200 datasheet: 8 × H200"),
    computeCapability: p([9, 0], "NVIDIA CUDA GPUs table: H200 9.0"),
    arch: p("amd64", "NVIDIA DGX H200 datasheet: Intel Xeon Platinum 8480C"),
    gke: {
      machineType: p("a3-ultragpu-8g", "cloud.google.com/compute/docs/accelerator-optimized-machines: A3 Ultra, 8 × H200"),
      accelerator: p("nvidia-h200-141gb", "cloud.google.com/kubernetes-engine/docs/how-to/gpus: GPU types for A3 Ultra"),
    },
    eks: { instanceType: s("p5e.48xlarge", "aws.amazon.com/ec2/instance-types/p5 (P5e, 8 × H200); listed in github.com/aws/sagemaker-core service-2.json") },
  },
  b200: {
    nvmlName: s("NVIDIA B200", `${SMI}: github.com/NVIDIA/TensorRT-LLM/issues/10278`),
    memoryMiB: s(183359, `${SMI}: github.com/NVIDIA/TensorRT-LLM/issues/10278`),
    gpusPerNode: p(8, "NVIDIA DGX B200 user guide: 8 × B200"),
    computeCapability: p([10, 0], "NVIDIA CUDA GPUs table: B200 10.0"),
    arch: p("amd64", "NVIDIA DGX B200 user guide: 2 × Intel Xeon Platinum 8570"),
    gke: {
      machineType: p("a4-highgpu-8g", "cloud.google.com/compute/docs/accelerator-optimized-machines: A4, 8 × B200"),
      accelerator: p("nvidia-b200", "cloud.google.com/kubernetes-engine/docs/how-to/gpus: GPU types for A4"),
    },
    eks: { instanceType: s("p6-b200.48xlarge", "aws.amazon.com/ec2/instance-types/p6 (8 × B200); github.com/openshift/openshift-docs/pull/98009") },
  },
  b300: {
    nvmlName: s("NVIDIA B300 SXM6 AC", "torch.cuda.get_device_name on B300: github.com/NVIDIA/cosmos-framework/pull/114; github.com/pytorch/ao/pull/3640"),
    memoryMiB: s(275040, `${SMI} (several independent repositories; none of them official)`),
    gpusPerNode: p(8, "NVIDIA DGX B300 datasheet: 8 × B300"),
    computeCapability: s([10, 3], "CUDA 12.9+ release notes: Blackwell Ultra (B300) is sm_103"),
    arch: p("amd64", "NVIDIA DGX B300 datasheet: Intel Xeon 6776P"),
  },
  "gb200-nvl72": {
    nvmlName: s("NVIDIA GB200", "environment reports on GB200 trays: github.com/sgl-project/sglang/issues/11208; github.com/vllm-project/vllm/issues/33543"),
    memoryMiB: s(189471, `${SMI} (several independent repositories; none of them official)`),
    gpusPerNode: p(4, "NVIDIA DGX GB200 user guide: a compute tray has 2 Grace CPUs and 4 Blackwell GPUs, one OS"),
    computeCapability: s([10, 0], "github.com/sgl-project/sglang/issues/11208: GB200 compute capability 10.0"),
    nvlinkDomainNodes: p(18, "NVIDIA DGX GB200 user guide: 18 compute trays share one NVLink domain of 72 GPUs"),
    arch: p("arm64", "NVIDIA Grace CPU (Arm Neoverse V2); github.com/vllm-project/vllm/issues/33543 reports aarch64"),
    gke: {
      machineType: p("a4x-highgpu-4g", "cloud.google.com/compute/docs/accelerator-optimized-machines: A4X, 4 × GB200 per VM"),
      accelerator: p("nvidia-gb200", "cloud.google.com/kubernetes-engine/docs/how-to/gpus: GPU types for A4X"),
    },
    eks: { instanceType: s("p6e-gb200.36xlarge", "aws.amazon.com/ec2/instance-types/p6: P6e-GB200 UltraServers") },
  },
  "gb300-nvl72": {
    nvmlName: s("NVIDIA GB300", "GFD product NVIDIA-GB300 in a GKE A4X Max node profile: github.com/NVIDIA/aicr/pull/1985"),
    memoryMiB: s(284208, `${SMI} (several independent repositories; none of them official)`),
    gpusPerNode: p(4, "NVIDIA GB300 NVL72 reference architecture: 18 compute trays × 4 GPUs"),
    computeCapability: s([10, 3], "CUDA 12.9+ release notes: Blackwell Ultra is sm_103"),
    nvlinkDomainNodes: p(18, "NVIDIA GB300 NVL72: one NVLink domain of 72 GPUs in 18 trays"),
    arch: p("arm64", "NVIDIA Grace CPU (Arm Neoverse V2)"),
    gke: {
      machineType: s("a4x-maxgpu-4g-metal", "GKE A4X Max node profile: github.com/NVIDIA/aicr/pull/1985"),
      accelerator: u("nvidia-gb300", "UNCONFIRMED: GKE accelerator name not found in GKE's documentation"),
    },
  },
  "vera-rubin-nvl72": {
    nvmlName: u("NVIDIA Rubin", "UNCONFIRMED: unreleased; no public NVML name. Placeholder in the form of \"NVIDIA B200\""),
    memoryMiB: u(275040, "UNCONFIRMED: 288 GB HBM4 per Rubin GPU (NVIDIA developer blog \"Inside the NVIDIA Rubin platform\"); placeholder = B300's MiB for its 288 GB"),
    gpusPerNode: s(4, "NVIDIA developer blog \"Inside the NVIDIA Rubin platform\": Vera Rubin NVL72 = 72 Rubin GPUs in 18 compute trays; NVML enumerates packages"),
    computeCapability: u([13, 0], "UNCONFIRMED: GFD v0.20.0 maps compute capability 13 to family \"rubin\"; the minor is a placeholder"),
    nvlinkDomainNodes: s(18, "NVIDIA developer blog \"Inside the NVIDIA Rubin platform\": one NVLink 6 domain per NVL72 rack"),
    arch: p("arm64", "NVIDIA Vera CPU: Arm (88 custom Olympus cores), NVIDIA developer blog \"Inside the NVIDIA Rubin platform\""),
  },
  // The same rack under the name NVIDIA used before GTC 2026 (counting dies): the nodes are the same.
  "vera-rubin-nvl144": {
    nvmlName: u("NVIDIA Rubin", "UNCONFIRMED: unreleased; no public NVML name. Placeholder in the form of \"NVIDIA B200\""),
    memoryMiB: u(275040, "UNCONFIRMED: 288 GB HBM4 per Rubin GPU (NVIDIA developer blog \"Inside the NVIDIA Rubin platform\"); placeholder = B300's MiB for its 288 GB"),
    gpusPerNode: s(4, "NVIDIA developer blog \"Inside the NVIDIA Rubin platform\": Vera Rubin NVL72 = 72 Rubin GPUs in 18 compute trays; NVML enumerates packages"),
    computeCapability: u([13, 0], "UNCONFIRMED: GFD v0.20.0 maps compute capability 13 to family \"rubin\"; the minor is a placeholder"),
    nvlinkDomainNodes: s(18, "NVIDIA developer blog \"Inside the NVIDIA Rubin platform\": one NVLink 6 domain per NVL72 rack"),
    arch: p("arm64", "NVIDIA Vera CPU: Arm (88 custom Olympus cores), NVIDIA developer blog \"Inside the NVIDIA Rubin platform\""),
  },
  "rubin-ultra-nvl576": {
    nvmlName: u("NVIDIA Rubin Ultra", "UNCONFIRMED: unreleased; no public NVML name"),
    memoryMiB: u(1_000_000, "UNCONFIRMED: 1 TB HBM4E per package reported at GTC 2025; placeholder"),
    gpusPerNode: u(4, "UNCONFIRMED: Kyber compute blade layout not published; placeholder"),
    computeCapability: u([13, 0], "UNCONFIRMED: placeholder (GFD v0.20.0: major 13 → rubin)"),
    nvlinkDomainNodes: u(36, "UNCONFIRMED: 144 packages per Kyber rack (GTC 2025) at 4 per blade"),
    arch: p("arm64", "NVIDIA Vera CPU: Arm"),
  },
};

/** GFD's sanitising of an NVML name (GFD v0.20.0 internal/lm/resource.go `sanitise`), re-implemented. */
export function gfdProduct(nvmlName: string): string {
  return nvmlName.replace(/[^A-Za-z0-9\-_. ]/g, "").split(/\s+/).filter((w) => w !== "").join("-");
}

/** GFD's family from the compute capability major (same file, `getArchFamily`), for the majors in the table. */
export function gfdFamily(major: number): string {
  if (major === 9) return "hopper";
  if (major === 10 || major === 12) return "blackwell";
  if (major === 13) return "rubin";
  return "undefined";
}

export const NODE_SOURCES = {
  gpuPresent: p("nvidia.com/gpu.present=true", "NVIDIA/gpu-operator controllers/nodelabeling_controller.go and state_manager.go: kept in sync with NFD's pci-10de label"),
  nfdPci: p("feature.node.kubernetes.io/pci-10de.present=true", "NVIDIA/gpu-operator deployments/gpu-operator/values.yaml: NFD worker with sources.pci.deviceLabelFields [vendor]"),
  kubelet: p("kubernetes.io/hostname, kubernetes.io/os, kubernetes.io/arch (and beta.kubernetes.io/os, /arch)", "kubernetes.io/docs/reference/labels-annotations-taints: set by the kubelet"),
  controlPlane: p("node-role.kubernetes.io/control-plane label and NoSchedule taint", "kubernetes.io/docs/reference/labels-annotations-taints: kubeadm control-plane nodes"),
  gkeGpuTaint: p("nvidia.com/gpu=present:NoSchedule", "cloud.google.com/kubernetes-engine/docs/how-to/gpus: GKE taints GPU node pools"),
  gkeArmTaint: p("kubernetes.io/arch=arm64:NoSchedule", "GKE API TaintConfig.ArchitectureTaintBehavior (default ARM: nodes of Arm node pools get the default Arm taint); cloud.google.com/kubernetes-engine/docs/how-to/prepare-arm-workloads-for-deployment"),
  gkeNodepool: p("cloud.google.com/gke-nodepool=<node pool name>", "cloud.google.com/kubernetes-engine/docs/concepts/node-pools"),
  instanceType: p("node.kubernetes.io/instance-type", "kubernetes.io/docs/reference/labels-annotations-taints: set by the cloud provider"),
  rdma: s("rdma/rdma_shared_device_a: 63 per node", "NVIDIA Network Operator documentation: the RDMA shared device plugin's example config (rdmaHcaMax 63) advertises rdma/rdma_shared_device_a"),
  gkeAccelerator: p("cloud.google.com/gke-accelerator", "cloud.google.com/kubernetes-engine/docs/how-to/gpus"),
} as const;
